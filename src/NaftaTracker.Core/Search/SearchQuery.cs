using System.Text;

namespace NaftaTracker.Search;

/// <summary>User input turned into a safe FTS5 MATCH expression. The input never reaches FTS5 as syntax:
/// it is split into tokens of letters, digits, apostrophes and hyphens, each token is quoted as an FTS5
/// string, tokens are joined with spaces (implicit AND) and the last one is prefix-matched.</summary>
public sealed record SearchQuery(string Input, IReadOnlyList<string> Tokens)
{
    public const int MaxInputLength = 200;
    public const int MaxTokens = 12;

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>The MATCH expression, e.g. <c>"dairy" "tariff"*</c>; empty when there is no usable token.</summary>
    public string MatchExpression =>
        IsEmpty ? "" : string.Join(' ', Tokens.Select((t, i) => i == Tokens.Count - 1 ? $"\"{t}\"*" : $"\"{t}\""));

    public static SearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxInputLength) text = text[..MaxInputLength];
        var tokens = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            // A token needs at least one letter or digit: "-", "'" or "--" alone are dropped.
            var token = current.ToString().Trim('-', '\'');
            current.Clear();
            if (token.Any(char.IsLetterOrDigit) && tokens.Count < MaxTokens && !tokens.Contains(token, StringComparer.OrdinalIgnoreCase))
                tokens.Add(token);
        }
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value is '\'' or '-' || rune.Value == '\u2019' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark)
                current.Append(rune.Value == '\u2019' ? "'" : rune.ToString());
            else
                Flush();
        }
        Flush();
        return new SearchQuery(text, tokens);
    }
}
