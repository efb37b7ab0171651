using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

internal enum Tense { Unknown, Past, Future }

/// <summary>Guesses whether a date lies ahead or behind from the words of its clause: "will meet Friday" (future),
/// "resume their talks Friday" (future), "met on Friday" (past), "by Oct. 1" (future).</summary>
internal static partial class TenseGuesser
{
    [GeneratedRegex(@"(?<![\p{L}])(?:will|won’t|won't|’ll|'ll|shall|going\s+to|scheduled|slated|set\s+to|plans?\s+to|planned\s+for|expected|expects?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|could|would|might|may|upcoming|resumes?|starts?|begins?|meets?|convenes?|reconvenes?|next|due|deadline|ahead\s+of|as\s+soon\s+as|coming|can|must|need\s+to|needs\s+to)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:was|were|had|did|said|told|ago|last|earlier|\p{L}+ed)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PastWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:by|before|until|till|no\s+later\s+than|ahead\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlinePreposition();

    public static Tense Guess(string text, int sentenceStart, int sentenceEnd, int dateStart, int dateEnd)
    {
        var lookback = Math.Max(sentenceStart, dateStart - 20);
        if (DeadlinePreposition().IsMatch(text.AsSpan(lookback, dateStart - lookback))) return Tense.Future;
        var clauseStart = ClauseStart(text, sentenceStart, dateStart);
        var clauseEnd = ClauseEnd(text, sentenceEnd, dateEnd);
        var before = text.AsSpan(clauseStart, dateStart - clauseStart);
        var after = text.AsSpan(dateEnd, clauseEnd - dateEnd);
        if (FutureWords().IsMatch(before)) return Tense.Future;
        if (PastWords().IsMatch(before)) return Tense.Past;
        if (FutureWords().IsMatch(after)) return Tense.Future;
        if (PastWords().IsMatch(after)) return Tense.Past;
        return Tense.Unknown;
    }

    /// <summary>Start of the clause holding a date; a clause of one or two words ("On Friday,") reaches one further back.</summary>
    private static int ClauseStart(string text, int sentenceStart, int position)
    {
        var floor = Math.Max(sentenceStart, position - 150);
        for (var i = position - 1; i >= floor; i--)
            if (text[i] is ',' or ';' or ':' or '—' or '(' or '\u0001' or '“' or '”' or '"')
                return QuoteFinder.CountWords(text, i + 1, position) <= 1 && i > floor ? floor : i + 1;
        return floor;
    }

    private static int ClauseEnd(string text, int sentenceEnd, int position)
    {
        var ceiling = Math.Min(sentenceEnd, position + 120);
        for (var i = position; i < ceiling; i++)
            if (text[i] is ',' or ';' or ':' or '—' or ')' or '\u0001' or '“' or '”' or '"' && QuoteFinder.CountWords(text, position, i) > 1)
                return i;
        return ceiling;
    }
}
