using System.Globalization;

namespace NaftaTracker.Domain;

public enum DatePrecision { Day = 0, Month = 1, Year = 2 }

/// <summary>A date known only to some precision: "Oct. 1, 2018" (day), "November 2018" (month), "2018" (year).
/// <see cref="Date"/> is the first day of the period for month and year precision.</summary>
public readonly record struct PartialDate(DateOnly Date, DatePrecision Precision) : IComparable<PartialDate>
{
    public static PartialDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), DatePrecision.Day);
    public static PartialDate Month(int year, int month) => new(new DateOnly(year, month, 1), DatePrecision.Month);
    public static PartialDate Year(int year) => new(new DateOnly(year, 1, 1), DatePrecision.Year);

    /// <summary>Last day the period covers: the date itself, the month's end or the year's end.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Day => Date,
        DatePrecision.Month => Date.AddMonths(1).AddDays(-1),
        _ => Date.AddYears(1).AddDays(-1),
    };

    /// <summary>ISO form at its precision: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Human form at its precision: "1 October 2018", "November 2018", "2018".</summary>
    public string ToDisplay() => Precision switch
    {
        DatePrecision.Day => Date.ToString("MMM d, yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    public static bool TryParseIso(string? text, out PartialDate value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d)) { value = new(d, DatePrecision.Day); return true; }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out d) && text.Length == 7) { value = new(d, DatePrecision.Month); return true; }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var y) && y is >= 1 and <= 9999) { value = Year(y); return true; }
        return false;
    }

    public int CompareTo(PartialDate other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => ToIso();
}
