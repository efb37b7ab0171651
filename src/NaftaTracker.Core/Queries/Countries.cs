using NaftaTracker.Ingestion;

namespace NaftaTracker.Queries;

/// <summary>Validation of the party codes filters accept (US, CA, MX, EU; case-insensitive).</summary>
public static class Countries
{
    public static IReadOnlyList<string> Codes { get; } = Parties.Names.Keys.ToList();

    public static string ValidList => string.Join(", ", Codes);

    /// <summary>True for null/blank (no filter, <paramref name="code"/> null) and for a known code (upper-cased).</summary>
    public static bool TryNormalize(string? input, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(input)) return true;
        var upper = input.Trim().ToUpperInvariant();
        if (!Parties.IsKnown(upper)) return false;
        code = upper;
        return true;
    }

    public static string NameOf(string code) => Parties.Names.TryGetValue(code, out var name) ? name : code;
}
