using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Dates that something must happen by: "need to present an agreed-upon text to the U.S. Congress by Oct. 1",
/// "the Dec. 1 deadline", "midterm elections in November".</summary>
internal static partial class DeadlineFinder
{
    [GeneratedRegex(@"(?<![\p{L}])(?:by|before|until|no\s+later\s+than|deadline\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CueBefore();

    // Only adjectives and a possessive go into the label: "Mexico's presidential election", not "holds a presidential election".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<mid>midterms?(?:\s+(?:congressional\s+)?elections?)?)|(?<el>(?:\p{Lu}[\p{L}.]*(?:’s|'s)\s+)?(?:(?:presidential|congressional|provincial|federal|general|legislative|parliamentary|state|snap)\s+)?elections?))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Election();

    /// <summary>"a Friday deadline", "the Oct. 1 deadline", "deadline of Dec. 1": the date names the deadline itself.</summary>
    [GeneratedRegex(@"^(?:’s|'s)?[\s\p{Pd}]*(?:[\p{L}.]+-imposed\s+)?deadlines?(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineRightAfter();

    [GeneratedRegex(@"(?<![\p{L}])deadlines?\s+(?:of|on|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DeadlineRightBefore();

    [GeneratedRegex(@"(?<![\p{L}])deadlines?\s+(?<what>(?:for|to)\s+[^,;:.—]+?|set\s+by\s+[^,;:.—]+?)(?=\s+(?:came|passed|expired|looms|is|was|has|had|would|will|and|but)(?![\p{L}])|[,;:.—]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineNoun();

    [GeneratedRegex(@"(?<![\p{L}.])[\p{L}.]+(?:-[\p{L}.]+)*-imposed\s+deadline", RegexOptions.IgnoreCase)]
    private static partial Regex ImposedDeadline();

    [GeneratedRegex(@"(?<![\p{L}])(?:goal|aim|target|hope|plan|intention)\s+of\s+(?<vp>\p{L}+ing\s+[^,;:]+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GerundGoal();

    [GeneratedRegex(@"(?<![\p{L}])(?:Congress|Parliament|Senate|House\s+of\s+Commons|lawmakers|legislat\w*|ratif\w*|approv\w*|vote)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Legislative();

    [GeneratedRegex(@"(?<![\p{L}])(?:need|needs|needed|have|has|had|must|aim|aims|want|wants|hope|hopes|plan|plans|goal\s+is|is|are|trying|try|expected|deadline)\s+to\s+(?<vp>[^,;:]+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbPhrase();

    [GeneratedRegex(@"(?<![\p{L}])(?:can|could|will|would|should|must|to)\s+(?<vp>[^,;:]+?)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex LastVerbPhrase();

    public static List<ExtractedDeadline> Find(ArticleContext ctx, List<ExtractedDate> dates, List<IssueHit> issues)
    {
        var deadlines = new List<ExtractedDeadline>();
        var text = ctx.Clean;
        foreach (var date in dates)
        {
            if (ctx.SentenceAt(date.Start) is not { } s) continue;
            var sentence = text.AsSpan(s.Start, s.End - s.Start);
            var near = WordStart(text, Math.Max(s.Start, date.Start - 40), s.Start);
            var election = Election().Match(text, near, Math.Min(s.End, date.End + 40) - near);
            // "until next year, after the midterm elections in November": the election belongs to the nearer date.
            if (election.Success && dates.Any(d => d != date && d.Start >= s.Start && d.End <= s.End && Distance(d, election) < Distance(date, election)))
                election = Match.Empty;
            var lookback = Math.Max(s.Start, date.Start - 25);
            var cue = CueBefore().Match(text, lookback, date.Start - lookback);
            // a date can run past its sentence's end ("in May\n1994" across a line break)
            var namesDeadline = DeadlineRightAfter().IsMatch(text.AsSpan(date.End, Math.Max(0, Math.Min(s.End, date.End + 30) - date.End)))
                || DeadlineRightBefore().Match(text, lookback, date.Start - lookback).Success;
            if (!election.Success && !cue.Success && !namesDeadline) continue;
            if (date.Value.Precision == DatePrecision.Year && !cue.Success) continue;

            var kind = election.Success ? DeadlineKind.Election : Legislative().IsMatch(sentence) ? DeadlineKind.Legislative : DeadlineKind.Negotiation;
            var label = election.Success ? ElectionLabel(election) : ActionLabel(text, s, cue.Success ? cue.Index : date.Start);
            if (string.IsNullOrWhiteSpace(label) || deadlines.Any(d => d.Due == date.Value && d.Label == label)) continue;
            deadlines.Add(new ExtractedDeadline(label, date.Value, kind, new TextSpan(s.Start, s.End), IssueTagger.KeysIn(issues, s.Start, s.End)));
        }
        return deadlines;
    }

    private static string ElectionLabel(Match election) =>
        election.Groups["mid"].Success ? "US midterm elections" : Capitalise(string.Join(' ', election.Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    private static int Distance(ExtractedDate d, Match m) =>
        d.End <= m.Index ? m.Index - d.End : d.Start >= m.Index + m.Length ? d.Start - (m.Index + m.Length) : 0;

    private static int WordStart(string text, int i, int floor)
    {
        while (i > floor && char.IsLetter(text[i - 1])) i--;
        return i;
    }

    /// <summary>"need to [present an agreed-upon text to the U.S. Congress] by Oct. 1", else the clause before the cue.</summary>
    private static string ActionLabel(string text, Sentence s, int cueStart)
    {
        var clauseStart = s.Start;
        for (var i = cueStart - 1; i > s.Start; i--)
            if (text[i] is ',' or ';' or ':' or '—' or '“' or '”' or '"' || text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !SentenceSplitter.IsAbbreviation(text, i)) { clauseStart = i + 1; break; }
        var vp = VerbPhrase().Match(text, clauseStart, cueStart - clauseStart);
        if (!vp.Success) vp = GerundGoal().Match(text, clauseStart, cueStart - clauseStart);
        if (!vp.Success) vp = LastVerbPhrase().Match(text, clauseStart, cueStart - clauseStart);
        // No verb phrase to name the deadline: what the sentence calls it ("deadline for a deal", "U.S.-imposed deadline"), else plain "Deadline".
        var label = vp.Success ? vp.Groups["vp"].Value : NounLabel(text[s.Start..s.End]);
        label = label.Trim().TrimEnd(',', '.', ';');
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "";
        return Capitalise(string.Join(' ', words.Take(14)));
    }

    private static string NounLabel(string sentence)
    {
        if (ImposedDeadline().Match(sentence) is { Success: true } imposed) return imposed.Value;
        if (DeadlineNoun().Match(sentence) is { Success: true } noun) return "Deadline " + noun.Groups["what"].Value;
        return "Deadline";
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
