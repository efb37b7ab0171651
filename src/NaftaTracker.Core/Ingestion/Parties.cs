namespace NaftaTracker.Ingestion;

/// <summary>The parties the tracker knows, by code.</summary>
public static class Parties
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["US"] = "United States",
        ["CA"] = "Canada",
        ["MX"] = "Mexico",
        ["EU"] = "European Union",
    };

    /// <summary>The three NAFTA parties, in the order the dashboard shows them.</summary>
    public static readonly IReadOnlyList<string> Nafta = ["US", "CA", "MX"];

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);
}
