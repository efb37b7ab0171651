namespace NaftaTracker.Extraction;

/// <summary>A sticking point and the words that signal it. Matching is case-insensitive on word boundaries.</summary>
public sealed record IssueDefinition(string Key, string Title, string Description, IReadOnlyList<string> Synonyms);

/// <summary>The documented taxonomy of sticking points (docs/taxonomy.md).</summary>
public static class IssueTaxonomy
{
    public static readonly IReadOnlyList<IssueDefinition> All =
    [
        new("dairy", "Dairy market access",
            "Canada's supply-managed dairy sector and US demands for access to it.",
            ["dairy", "milk", "m-i-l-k", "supply management", "supply-managed", "dairy farmers", "cheese", "poultry", "class 7"]),
        new("chapter-19", "Chapter 19 dispute panels",
            "The binational panels that review anti-dumping and countervailing duty decisions.",
            ["chapter 19", "chapter-19", "anti-dumping dispute panels", "dispute panels", "dispute resolution mechanism", "dispute settlement panels", "binational panels", "countervailing duty"]),
        new("culture", "Cultural exemption",
            "Canada's exemption for its cultural industries: broadcasting, publishing, film.",
            ["culture", "cultural exemption", "cultural industries", "cultural exception", "cultural sector"]),
        new("rules-of-origin", "Auto rules of origin",
            "How much of a vehicle must be made in North America, or in the US, to trade duty free.",
            ["rules of origin", "rule of origin", "regional vehicle content", "regional value content", "domestic content", "auto content", "made in america", "made in the u.s.a"]),
        new("sunset-clause", "Sunset clause",
            "A clause that would end the agreement unless the parties renew it every few years.",
            ["sunset clause", "sunset provision", "expiration clause", "sunset expiration", "five-year sunset", "five year sunset"]),
        new("procurement", "Government procurement (Buy American)",
            "Access for Canadian and Mexican firms to US federal and state government contracts.",
            ["buy american", "procurement", "government contracts", "public contracts"]),
        new("ip-pharma", "Intellectual property and pharma patents",
            "Patent and data-protection terms, notably for pharmaceuticals and biologics.",
            ["intellectual property", "pharmaceutical patents", "drug patents", "patent protection", "biologics", "copyright"]),
        new("isds", "Investor-state dispute settlement",
            "Chapter 11's tribunals where investors can sue governments.",
            ["investor-state", "investment dispute settlement", "chapter 11", "isds", "investor protections"]),
        new("labour", "Labour and worker rights",
            "Wages and worker rights, chiefly Mexico's.",
            ["worker rights", "workers' rights", "labour standards", "labor standards", "labor rights", "labour rights", "wages"]),
    ];

    public static IssueDefinition? Find(string key) => All.FirstOrDefault(i => i.Key == key);
}
