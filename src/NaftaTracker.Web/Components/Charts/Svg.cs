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

    /// <summary>Fill and text colour per stance; the stance is always also written as text in the cell.</summary>
    public static (string Fill, string Text) StanceColours(Stance stance) => stance switch
    {
        Stance.Demands => ("#f4c7a1", "#5a2a00"),
        Stance.Opposes => ("#f2b8b5", "#5c0b07"),
        Stance.Defends => ("#b9d3ee", "#0b2e59"),
        Stance.Concedes => ("#c3e6c3", "#0f4010"),
        _ => ("#e2e3e5", "#2b2f33"),
    };

    public static string PartyName(string? code) => code is null ? "All parties" : NaftaTracker.Ingestion.Parties.Names.GetValueOrDefault(code, code);
}
