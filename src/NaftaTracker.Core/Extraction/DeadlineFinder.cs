using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Dates that something must happen by: "need to present an agreed-upon text to the U.S. Congress by Oct. 1",
/// "the Dec. 1 deadline", "midterm elections in November".</summary>
internal static partial class DeadlineFinder
{
    [GeneratedRegex(@"(?<![\p{L}])(?:by|before|until|no\s+later\s+than|deadline\s+of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"(?<![\p{L}])deadlines?(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineWord();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<mid>midterms?(?:\s+(?:congressional\s+)?elections?)?)|(?<el>(?:(?:[\p{L}’']+\s+){0,2})(?:elections?|vote|ballot)))(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Election();

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
            var near = Math.Max(s.Start, date.Start - 40);
            var election = Election().Match(text, near, Math.Min(s.End, date.End + 40) - near);
            var lookback = Math.Max(s.Start, date.Start - 25);
            var cue = CueBefore().Match(text, lookback, date.Start - lookback);
            var hasDeadlineWord = DeadlineWord().IsMatch(sentence);
            if (!election.Success && !cue.Success && !hasDeadlineWord) continue;
            if (date.Value.Precision == DatePrecision.Year && !cue.Success) continue;

            var kind = election.Success ? DeadlineKind.Election : Legislative().IsMatch(sentence) ? DeadlineKind.Legislative : DeadlineKind.Negotiation;
            var label = election.Success ? ElectionLabel(election, ctx) : ActionLabel(text, s, cue.Success ? cue.Index : date.Start);
            if (string.IsNullOrWhiteSpace(label) || deadlines.Any(d => d.Due == date.Value && d.Label == label)) continue;
            deadlines.Add(new ExtractedDeadline(label, date.Value, kind, new TextSpan(s.Start, s.End), IssueTagger.KeysIn(issues, s.Start, s.End)));
        }
        return deadlines;
    }

    private static string ElectionLabel(Match election, ArticleContext ctx)
    {
        if (election.Groups["mid"].Success || election.Value.Contains("midterm", StringComparison.OrdinalIgnoreCase)) return "US midterm elections";
        var words = election.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.ToLowerInvariant() is "of" or "the" or "in" or "a" or "an" or "ahead" or "before" or "after" or "to" or "for" or "and");
        return Capitalise(string.Join(' ', words));
    }

    /// <summary>"need to [present an agreed-upon text to the U.S. Congress] by Oct. 1", else the clause before the cue.</summary>
    private static string ActionLabel(string text, Sentence s, int cueStart)
    {
        var clauseStart = s.Start;
        for (var i = cueStart - 1; i > s.Start; i--)
            if (text[i] is ',' or ';' or ':' or '—' or '“' or '”' or '"' || text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && !SentenceSplitter.IsAbbreviation(text, i)) { clauseStart = i + 1; break; }
        var vp = VerbPhrase().Match(text, clauseStart, cueStart - clauseStart);
        if (!vp.Success) vp = LastVerbPhrase().Match(text, clauseStart, cueStart - clauseStart);
        var label = vp.Success ? vp.Groups["vp"].Value : text[clauseStart..cueStart];
        label = label.Trim().TrimEnd(',', '.', ';');
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "";
        return Capitalise(string.Join(' ', words.Take(14)));
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
