using System.Security.Cryptography;
using System.Text;

namespace NaftaTracker.Ingestion;

/// <summary>The canonical form of an article's text, which every stored offset indexes.</summary>
public static class ArticleText
{
    /// <summary>Drops a byte-order mark and turns CRLF and CR into LF; nothing else changes.</summary>
    public static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>SHA-256 of the normalised text with surrounding whitespace trimmed, lower-case hex.</summary>
    public static string Hash(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText.Trim())));

    /// <summary>The first line of the text, as a fallback title.</summary>
    public static string FirstLine(string text, int max = 160)
    {
        var line = text.TrimStart().Split('\n', 2)[0].Trim();
        return line.Length <= max ? line : line[..max].TrimEnd() + "…";
    }
}
