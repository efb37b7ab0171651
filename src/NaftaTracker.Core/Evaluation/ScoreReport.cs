namespace NaftaTracker.Evaluation;

/// <summary>Counts behind a precision/recall/F1. With nothing predicted and nothing to find both are 1;
/// with nothing predicted but something to find precision is 0 (and vice versa for recall).</summary>
public readonly record struct Prf(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted > 0 ? (double)Matched / Predicted : Gold == 0 ? 1 : 0;
    public double Recall => Gold > 0 ? (double)Matched / Gold : Predicted == 0 ? 1 : 0;
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
    public static Prf operator +(Prf a, Prf b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);
}

/// <summary>Correct out of Total; <see cref="Value"/> is null when there is nothing to judge.</summary>
public readonly record struct Accuracy(int Correct, int Total)
{
    public double? Value => Total > 0 ? (double)Correct / Total : null;
    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);
}

public enum MissKind { MissedQuote, SpuriousQuote, WrongSpeaker, MissedDate, SpuriousDate, WrongDate, MissedIssue, SpuriousIssue, BadOffset, ExtractorError }

/// <summary>One failure a developer can act on. Expected/Actual are human-readable.</summary>
public sealed record Miss(string Article, MissKind Kind, string? Expected, string? Actual);

/// <summary>All the scores of one article, or of a group when summed (micro-averaged).</summary>
public sealed record Scores(
    Prf Quotes,
    Prf DirectQuotes,
    Prf IndirectQuotes,
    Accuracy Speakers,
    Prf DateTexts,
    Accuracy DateValues,
    Prf Issues)
{
    public static readonly Scores Zero = new(default, default, default, default, default, default, default);

    public static Scores operator +(Scores a, Scores b) => new(
        a.Quotes + b.Quotes, a.DirectQuotes + b.DirectQuotes, a.IndirectQuotes + b.IndirectQuotes,
        a.Speakers + b.Speakers, a.DateTexts + b.DateTexts, a.DateValues + b.DateValues, a.Issues + b.Issues);
}

public sealed record ArticleScore(string Name, string Group, Scores Scores, string? Error);

public sealed record GroupScore(string Group, int Articles, Scores Scores);

public sealed record ScoreReport(IReadOnlyList<ArticleScore> Articles, IReadOnlyList<Miss> Misses)
{
    /// <summary>Micro-averaged scores per group (e.g. seed, synthetic) followed by "all".</summary>
    public IReadOnlyList<GroupScore> Groups =>
    [
        .. Articles.GroupBy(a => a.Group).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupScore(g.Key, g.Count(), g.Aggregate(Scores.Zero, (s, a) => s + a.Scores))),
        new GroupScore("all", Articles.Count, Overall),
    ];

    public Scores Overall => Articles.Aggregate(Scores.Zero, (s, a) => s + a.Scores);
}
