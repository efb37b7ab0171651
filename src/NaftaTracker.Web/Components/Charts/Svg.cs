using System.Globalization;
using NaftaTracker.Domain;
using NaftaTracker.Queries;

namespace NaftaTracker.Web.Components.Charts;

/// <summary>Small helpers shared by the SVG charts: invariant number formatting and the stance palette.</summary>
public static class Svg
{
    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
    public static string ShortMonth(DateOnly month) => month.ToString("MMM ’yy", CultureInfo.InvariantCulture);
    public static string Day(DateOnly day) => DateText.Format(day);

    /// <summary>Fill, text and border colour per stance, the same as the site's stance chips (Shared/StanceChip);
    /// the stance is always also written as text in the cell.</summary>
    public static (string Fill, string Text) StanceColours(Stance stance) => stance switch
    {
        Stance.Demands => ("#fde8e4", "#8a1c0b"),
        Stance.Opposes => ("#f3e8fd", "#5b1f8a"),
        Stance.Defends => ("#e3eefc", "#0d3f7a"),
        Stance.Concedes => ("#e4f5e9", "#14532d"),
        _ => ("#eef0f3", "#3b4351"),
    };

    public static string StanceBorder(Stance stance) => stance switch
    {
        Stance.Demands => "#f3b3a6",
        Stance.Opposes => "#d6b8f0",
        Stance.Defends => "#a9c6ef",
        Stance.Concedes => "#a7d8b5",
        _ => "#cfd4dc",
    };

    public static string PartyName(string? code) => code is null ? "All parties" : NaftaTracker.Ingestion.Parties.Names.GetValueOrDefault(code, code);
}
