using Microsoft.AspNetCore.WebUtilities;

namespace NaftaTracker.Web.Components.Shared;

/// <summary>Builds links that carry filter state in the query string; null, blank and empty values are left out.</summary>
public static class Href
{
    public static string To(string path, params (string Key, object? Value)[] query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        foreach (var (key, value) in query)
        {
            IEnumerable<string?> values = value switch
            {
                null => [],
                string s => [s],
                IEnumerable<string> many => many,
                _ => [Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)],
            };
            pairs.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new KeyValuePair<string, string?>(key, v)));
        }
        return QueryHelpers.AddQueryString(path, pairs);
    }

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
