using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

internal enum Tense { Unknown, Past, Future }

/// <summary>Guesses whether a date lies ahead or behind from the words of its clause: "will meet Friday" (future),
/// "resume their talks Friday" (future), "met on Friday" (past), "by Oct. 1" (future).</summary>
internal static partial class TenseGuesser
{
    [GeneratedRegex(@"(?<![\p{L}])(?:will|won’t|won't|’ll|'ll|shall|going\s+to|scheduled|slated|set\s+to|plans?\s+to|planned\s+for|expected|expects?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|could|would|might|may|upcoming|resumes?|starts?|begins?|meets?|convenes?|reconvenes?|next|due|deadline|ahead\s+of|as\s+soon\s+as|coming|can|must|need\s+to|needs\s+to|runs|continues?|takes\s+place|kicks\s+off|arrives|travels|heads|wraps\s+up|concludes|convenes|returns|lands|ends|opens)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    // Past: auxiliaries, common irregular pasts, and lower-case -ed forms ("reached", not "United", "need" or "proceed").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:was|were|had|did|said|told|ago|last|earlier)|went|came|met|spoke|held|left|took|made|gave|began|sent|won|lost|struck|saw|fell|rose|broke|wrote|(?<!\bbe\s+)\p{Ll}*[a-df-z]ed)(?![\p{L}])")]
    private static partial Regex PastWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:by|before|until|till|no\s+later\s+than|ahead\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DeadlinePreposition();

    public static Tense Guess(string text, int sentenceStart, int sentenceEnd, int dateStart, int dateEnd)
    {
        var lookback = Math.Max(sentenceStart, dateStart - 20);
        if (DeadlinePreposition().IsMatch(text.AsSpan(lookback, dateStart - lookback))) return Tense.Future;
        var clauseStart = ClauseStart(text, sentenceStart, dateStart);
        // "have said the deal is unlikely … until after Nov. 6": the reported clause has its own tense
        var reporting = LastMatchEnd(ReportingVerb(), text, clauseStart, dateStart);
        if (reporting > 0 && QuoteFinder.CountWords(text, reporting, dateStart) >= 3) clauseStart = reporting;
        var clauseEnd = ClauseEnd(text, sentenceEnd, dateEnd);
        // The tense word nearest the date decides: "the agreement reached Monday" is past even after "would be able to join".
        var future = LastMatch(FutureWords(), text, clauseStart, dateStart);
        var past = LastMatch(PastWords(), text, clauseStart, dateStart);
        if (future >= 0 || past >= 0) return future >= past ? Tense.Future : Tense.Past;
        var futureAfter = FutureWords().Match(text, dateEnd, clauseEnd - dateEnd);
        var pastAfter = PastWords().Match(text, dateEnd, clauseEnd - dateEnd);
        // "…the end of March, two officials said": the attribution says nothing about the date
        while (pastAfter.Success && pastAfter.Value is "said" or "told") pastAfter = pastAfter.NextMatch();
        if (futureAfter.Success && (!pastAfter.Success || futureAfter.Index < pastAfter.Index)) return Tense.Future;
        if (pastAfter.Success) return Tense.Past;
        return Tense.Unknown;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:said|says|told|added|warned|argued|insisted|acknowledged)(?:\s+that)?(?![\p{L}])")]
    private static partial Regex ReportingVerb();

    private static int LastMatchEnd(Regex regex, string text, int start, int end)
    {
        var last = -1;
        for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch()) last = m.Index + m.Length;
        return last;
    }

    private static int LastMatch(Regex regex, string text, int start, int end)
    {
        var last = -1;
        for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch()) last = m.Index;
        return last;
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
