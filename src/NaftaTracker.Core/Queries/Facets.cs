using System.Globalization;

namespace NaftaTracker.Queries;

/// <summary>One value of a facet: how many rows have it under the other active filters, and whether it is selected.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <param name="Name">The query parameter the facet sets, e.g. "negotiator".</param>
public sealed record Facet(string Name, string Title, IReadOnlyList<FacetValue> Values);

public static class FacetCounting
{
    /// <summary>Counts rows per key (a row may have several keys), most frequent first, then by label; selected values always listed.</summary>
    public static Facet Build<T>(string name, string title, IEnumerable<T> rows, Func<T, IEnumerable<(string Value, string Label)>> keys,
        IEnumerable<string> selected, bool chronological = false)
    {
        var chosen = selected.ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, (string Label, int Count)>(StringComparer.Ordinal);
        foreach (var row in rows)
            foreach (var (value, label) in keys(row).Distinct())
                counts[value] = counts.TryGetValue(value, out var c) ? (c.Label, c.Count + 1) : (label, 1);
        foreach (var value in chosen.Where(v => !counts.ContainsKey(v))) counts[value] = (value, 0);
        var values = counts.Select(kv => new FacetValue(kv.Key, kv.Value.Label, kv.Value.Count, chosen.Contains(kv.Key)));
        values = chronological
            ? values.OrderBy(v => v.Value, StringComparer.Ordinal)
            : values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal);
        return new Facet(name, title, values.ToList());
    }

    /// <summary>"2018-09" → "September 2018".</summary>
    public static string MonthLabel(string key) =>
        DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : key;

    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Strict YYYY-MM, the form the month filter accepts; the first day of that month.</summary>
    public static bool TryParseMonth(string? text, out DateOnly month)
    {
        month = default;
        var t = text?.Trim();
        return t is { Length: 7 } && DateOnly.TryParseExact(t + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }
}
