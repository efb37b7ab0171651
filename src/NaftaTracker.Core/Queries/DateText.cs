using System.Globalization;
using NaftaTracker.Domain;

namespace NaftaTracker.Queries;

/// <summary>Dates as a newsroom writes them, at their precision: "Oct. 1, 2018", "November 2018", "2018". Never a fake day.</summary>
public static class DateText
{
    private static readonly string[] Months = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static string Format(DateOnly date) => $"{Months[date.Month - 1]} {date.Day}, {date.Year}";

    public static string Format(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => Format(date.Date),
        DatePrecision.Month => date.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Strict yyyy-MM-dd, the only form the as-of filter accepts.</summary>
    public static bool TryParseIsoDay(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
