using System.Globalization;
using System.Text;

namespace NaftaTracker.Ingestion;

/// <summary>Keys for matching names: case-, accent- and whitespace-insensitive ("Malmström" = "malmstrom").</summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = name.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c)) { if (!lastWasSpace && sb.Length > 0) sb.Append(' '); lastWasSpace = true; continue; }
            sb.Append(char.ToLowerInvariant(c == '’' ? '\'' : c));
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>URL slug: "Chrystia Freeland" → "chrystia-freeland".</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in Of(name))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "unnamed";
    }
}
