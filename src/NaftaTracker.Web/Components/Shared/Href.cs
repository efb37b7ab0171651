using Microsoft.AspNetCore.WebUtilities;

namespace NaftaTracker.Web.Components.Shared;

/// <summary>Builds links that carry filter state in the query string; null, blank and empty values are left out.
/// Internal links keep the request's as-of date (<see cref="AsOfContext"/>) unless the caller passes "asOf" itself
/// (pass ("asOf", null) to drop it).</summary>
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
        if (AsOfContext.Current is { } asOf && path.StartsWith('/') && !path.StartsWith("//") && query.All(q => q.Key != "asOf"))
            pairs.Add(new("asOf", asOf));
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>A link to <paramref name="path"/> with the given query pairs exactly as they are (no ambient as-of added).</summary>
    public static string Exact(string path, IEnumerable<KeyValuePair<string, string?>> query) => QueryHelpers.AddQueryString(path, query);

    /// <summary>An in-page link: the current path and query plus #anchor. A bare "#anchor" would resolve against
    /// &lt;base href="/"&gt; and navigate to the overview.</summary>
    public static string Here(HttpContext? http, string anchor) =>
        (http is null ? "" : OriginalRequest.Path(http) + OriginalRequest.QueryString(http)) + "#" + anchor;

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
