using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

internal readonly record struct IssueHit(int Start, int End, string Key);

/// <summary>Tags issue mentions with the taxonomy's synonyms: case-insensitive, on word boundaries, tolerant of
/// spaces versus hyphens ("five-year sunset") and straight versus curly apostrophes.</summary>
internal static class IssueTagger
{
    private static readonly (string Key, Regex Pattern)[] Patterns = IssueTaxonomy.All
        .Select(i => (i.Key, new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join("|", i.Synonyms.OrderByDescending(s => s.Length).Select(ToPattern)) + @")(?![\p{L}\p{N}])",
            RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
        .ToArray();

    private static string ToPattern(string synonym)
    {
        var parts = synonym.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(p => Regex.Escape(p).Replace("'", "['’]"));
        return string.Join(synonym.Contains("m-i-l-k") ? "-" : @"[\s\-]+", parts);
    }

    public static List<IssueHit> Tag(string text)
    {
        var hits = new List<IssueHit>();
        foreach (var (key, pattern) in Patterns)
            foreach (Match m in pattern.Matches(text))
                hits.Add(new IssueHit(m.Index, m.Index + m.Length, key));
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>Issue keys mentioned within [start, end), in taxonomy order.</summary>
    public static List<string> KeysIn(List<IssueHit> hits, int start, int end)
    {
        var keys = new HashSet<string>();
        foreach (var h in hits)
        {
            if (h.Start >= end) break;
            if (h.End > start) keys.Add(h.Key);
        }
        return IssueTaxonomy.All.Select(i => i.Key).Where(keys.Contains).ToList();
    }
}
