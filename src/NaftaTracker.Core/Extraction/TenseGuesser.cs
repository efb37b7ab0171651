using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

internal enum Tense { Unknown, Past, Future }

/// <summary>Guesses whether a date lies ahead or behind from the words of its clause: "will meet Friday" (future),
/// "resume their talks Friday" (future), "met on Friday" (past), "by Oct. 1" (future).</summary>
internal static partial class TenseGuesser
{
    [GeneratedRegex(@"(?<![\p{L}])(?:will|won’t|won't|’ll|'ll|shall|going\s+to|scheduled|slated|set\s+to|plans?\s+to|planned\s+for|expected|expects?\s+to|aims?\s+to|hopes?\s+to|is\s+to|are\s+to|could|would|might|may|upcoming|resumes?|starts?|begins?|meets?|convenes?|reconvenes?|next|due|deadline|ahead\s+of|as\s+soon\s+as|coming|can|must|need\s+to|needs\s+to|runs|continues?|takes\s+place|kicks\s+off|arrives|travels|heads|wraps\s+up|concludes|convenes|returns|lands|ends|opens|takes\s+office|wins?|holds|hosts|leaves|visits|signs|faces|expires|votes|prepares?\s+to|intends?\s+to|poised\s+to)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();

    // A present copula before the date ("the vote is in January") points ahead, unlike one after it ("… Thursday, X said the panels are").
    [GeneratedRegex(@"(?<![\p{L}])(?:is|are)(?![\p{L}])")]
    private static partial Regex PresentCopula();

    [GeneratedRegex(@"(?<![\p{L}])since\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SincePreposition();


    // Past: auxiliaries, common irregular pasts, and lower-case -ed forms ("reached", not "United", "need" or "proceed").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?i:was|were|had|did|said|told|ago|last|earlier)|went|came|met|spoke|held|left|took|made|gave|began|sent|won|lost|struck|saw|fell|rose|broke|wrote|laid|led|paid|kept|brought|bought|thought|sold|stood|spent|built|sought|fought|found|got|heard|knew|grew|threw|drew|flew|chose|drove|shook|became|ran|sat|(?<!\b(?:be|is|are|being)\s+)\p{Ll}*[a-df-z]ed)(?![\p{L}])")]
    private static partial Regex PastWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:by|before|until|till|no\s+later\s+than|ahead\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DeadlinePreposition();

    public static Tense Guess(string text, int sentenceStart, int sentenceEnd, int dateStart, int dateEnd)
    {
        var lookback = Math.Max(sentenceStart, dateStart - 20);
        var clauseStart = ClauseStart(text, sentenceStart, dateStart);
        // "by Oct. 1" is ahead, unless the clause is in the past: "who was economy secretary until Saturday"
        if (DeadlinePreposition().IsMatch(text.AsSpan(lookback, dateStart - lookback)))
            return PastAuxiliary().IsMatch(text.AsSpan(clauseStart, dateStart - clauseStart)) ? Tense.Past : Tense.Future;
        if (SincePreposition().IsMatch(text.AsSpan(lookback, dateStart - lookback))) return Tense.Past;
        // "have said the deal is unlikely … until after Nov. 6": the reported clause has its own tense
        // …but "told a business audience in November" has no clause between: the date is the telling's.
        var reporting = LastMatchEnd(ReportingVerb(), text, clauseStart, dateStart);
        if (reporting > 0 && QuoteFinder.CountWords(text, reporting, dateStart) >= 3 && ClauseVerb().IsMatch(text.AsSpan(reporting, dateStart - reporting)))
            clauseStart = reporting;
        var clauseEnd = ClauseEnd(text, sentenceEnd, dateEnd);
        // The tense word nearest the date decides: "the agreement reached Monday" is past even after "would be able to join".
        var future = Math.Max(LastMatch(FutureWords(), text, clauseStart, dateStart), LastMatch(PresentCopula(), text, clauseStart, dateStart));
        var past = LastMatch(PastWords(), text, clauseStart, dateStart);
        // "reached shortly before a midnight deadline Sunday": a deadline noun takes the tense of the verb before it
        if (future > past && past >= 0 && IsDeadlineNoun(text, future)) return Tense.Past;
        if (future >= 0 || past >= 0) return future >= past ? Tense.Future : Tense.Past;
        // "Freeland, speaking in Quebec City on Sunday, said …": the date belongs to the speaking
        if (SaidRightAfter().IsMatch(text, dateEnd)) return Tense.Past;
        var futureAfter = FutureWords().Match(text, dateEnd, clauseEnd - dateEnd);
        var pastAfter = PastWords().Match(text, dateEnd, clauseEnd - dateEnd);
        // "…the end of March, two officials said": the attribution says nothing about the date — unless the date sits
        // in an introductory phrase without a verb ("Flying back from Buenos Aires on Saturday, Trump told reporters …")
        var introductory = future < 0 && past < 0 && clauseStart == sentenceStart || IntroductoryParticiple().IsMatch(text.AsSpan(sentenceStart, dateStart - sentenceStart));
        while (!introductory && pastAfter.Success && pastAfter.Value is "said" or "told") pastAfter = pastAfter.NextMatch();
        if (futureAfter.Success && (!pastAfter.Success || futureAfter.Index < pastAfter.Index)) return Tense.Future;
        if (pastAfter.Success) return Tense.Past;
        return Tense.Unknown;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:said|says|told|added|warned|argued|insisted|acknowledged)(?:\s+that)?(?![\p{L}])")]
    private static partial Regex ReportingVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?:was|were|had)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex PastAuxiliary();

    [GeneratedRegex(@"^\s*(?:\p{Lu}\p{Ll}+ing|After|Before|Speaking|Returning|Flying|Arriving)\b[^,]*$")]
    private static partial Regex IntroductoryParticiple();

    [GeneratedRegex(@"(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|shall|do|does|did|won’t|won't|isn’t|isn't|\p{Ll}+ed|\p{Ll}+s\s+to)(?![\p{L}])")]
    private static partial Regex ClauseVerb();

    [GeneratedRegex(@"\G\s*,\s*(?:said|told)(?![\p{L}])")]
    private static partial Regex SaidRightAfter();

    private static bool IsDeadlineNoun(string text, int at) =>
        text.AsSpan(at).StartsWith("deadline", StringComparison.OrdinalIgnoreCase);

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
