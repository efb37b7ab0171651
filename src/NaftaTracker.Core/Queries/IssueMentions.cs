using System.Text.RegularExpressions;
using NaftaTracker.Extraction;

namespace NaftaTracker.Queries;

/// <summary>Whether a sentence mentions an issue, by the taxonomy's synonyms (case-insensitive, whole words).</summary>
public static class IssueMentions
{
    private static readonly Dictionary<string, Regex> Patterns = IssueTaxonomy.All.ToDictionary(
        d => d.Key,
        d => new Regex(@"(?<!\w)(" + string.Join("|", d.Synonyms.Select(Regex.Escape)) + @")(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    public static bool Mentions(string text, string issueKey) =>
        Patterns.TryGetValue(issueKey, out var p) && p.IsMatch(text);
}
