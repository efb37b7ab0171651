using System.Globalization;
using System.Text;

namespace NaftaTracker.Evaluation;

/// <summary>The comparison keys the scorer matches on.</summary>
public static class TextNormalizer
{
    private const string QuoteMarks = "\"'“”‘’«»„‚‹›「」";
    private const string TrailingPunctuation = ",.;:!?…";

    /// <summary>Quote key: whitespace collapsed; leading whitespace and quotation marks trimmed;
    /// trailing whitespace, punctuation (, . ; : ! ? …) and quotation marks trimmed.</summary>
    public static string QuoteKey(string text)
    {
        var s = CollapseWhitespace(text);
        var start = 0;
        while (start < s.Length && (char.IsWhiteSpace(s[start]) || QuoteMarks.Contains(s[start]))) start++;
        var end = s.Length;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || QuoteMarks.Contains(s[end - 1]) || TrailingPunctuation.Contains(s[end - 1]))) end--;
        return s[start..end];
    }

    /// <summary>Speaker key: trimmed, whitespace collapsed, diacritics removed, curly apostrophes straightened, upper-cased (Malmström = malmstrom).</summary>
    public static string SpeakerKey(string? speaker)
    {
        if (string.IsNullOrWhiteSpace(speaker)) return "";
        var decomposed = CollapseWhitespace(speaker).Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC).ToUpperInvariant();
    }

    /// <summary>Date-text key: trimmed, whitespace collapsed, upper-cased.</summary>
    public static string DateKey(string text) => CollapseWhitespace(text).ToUpperInvariant();

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s.Trim())
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
