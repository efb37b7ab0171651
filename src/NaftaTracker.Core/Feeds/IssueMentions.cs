using System.Text.RegularExpressions;
using NaftaTracker.Extraction;

namespace NaftaTracker.Feeds;

/// <summary>Whether a text mentions an issue: its key, title or one of the taxonomy's synonyms, on word boundaries.</summary>
public static class IssueMentions
{
    public static bool Mentions(string? text, string issueKey)
    {
        if (string.IsNullOrEmpty(text) || IssueTaxonomy.Find(issueKey) is not { } def) return false;
        return Terms(def).Any(t => Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(t)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    private static IEnumerable<string> Terms(IssueDefinition def) => def.Synonyms.Append(def.Title).Append(def.Key.Replace('-', ' '));
}
