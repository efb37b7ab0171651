using NaftaTracker.Queries;

namespace NaftaTracker.Web.Components.Shared;

/// <summary>Links that add or remove one facet value while keeping every other query parameter (sort, asOf, other filters);
/// the page number is dropped because the result set changes.</summary>
public static class FacetLinks
{
    /// <summary>Facets whose parameter may repeat (any of the values); the others hold one value.</summary>
    public static readonly IReadOnlySet<string> MultiValued = new HashSet<string> { "negotiator", "kind" };

    public static List<KeyValuePair<string, string?>> Current(HttpContext? http) =>
        (http?.Request.Query.AsEnumerable() ?? [])
            .Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .ToList();

    public static string Toggle(HttpContext? http, string path, string name, string value, bool selected)
    {
        var pairs = Current(http);
        if (MultiValued.Contains(name))
        {
            pairs.RemoveAll(p => p.Key == name && string.Equals(p.Value, value, StringComparison.OrdinalIgnoreCase));
            if (!selected) pairs.Add(new(name, value));
        }
        else
        {
            pairs.RemoveAll(p => p.Key == name);
            if (!selected) pairs.Add(new(name, value));
        }
        return Href.Exact(path, pairs);
    }

    public static string Toggle(HttpContext? http, string path, Facet facet, FacetValue value) =>
        Toggle(http, path, facet.Name, value.Value, value.Selected);
}
