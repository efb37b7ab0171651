using NaftaTracker.Extraction;

namespace NaftaTracker.Evaluation;

/// <summary>Scores an <see cref="IArticleExtractor"/> against an <see cref="EvalSet"/>.
/// Quotes match one-to-one on <see cref="TextNormalizer.QuoteKey"/>; dates on <see cref="TextNormalizer.DateKey"/>.</summary>
public static class Scorer
{
    public static ScoreReport Score(IArticleExtractor extractor, EvalSet set)
    {
        var articles = new List<ArticleScore>();
        var misses = new List<Miss>();
        foreach (var article in set.Articles)
        {
            ExtractionResult result;
            try { result = extractor.Extract(article.Text, article.Published); }
            catch (Exception e)
            {
                var error = $"{e.GetType().Name}: {e.Message}";
                misses.Add(new Miss(article.Name, MissKind.ExtractorError, null, error));
                var (empty, emptyMisses) = ScoreArticle(article, Empty);
                articles.Add(empty with { Error = error });
                misses.AddRange(emptyMisses);
                continue;
            }
            var (score, articleMisses) = ScoreArticle(article, result);
            articles.Add(score);
            misses.AddRange(articleMisses);
        }
        return new ScoreReport(articles, misses);
    }

    public static readonly ExtractionResult Empty = new([], [], [], [], [], [], []);

    public static (ArticleScore Score, List<Miss> Misses) ScoreArticle(EvalArticle article, ExtractionResult result)
    {
        var misses = new List<Miss>();
        void Add(MissKind kind, string? expected, string? actual) => misses.Add(new Miss(article.Name, kind, expected, actual));

        foreach (var q in result.Quotes)
            if (!SpanHolds(article.Text, q.Start, q.End, q.Text)) Add(MissKind.BadOffset, $"quote text == article[{q.Start}..{q.End}]", q.Text);
        foreach (var d in result.Dates)
            if (!SpanHolds(article.Text, d.Start, d.End, d.Text)) Add(MissKind.BadOffset, $"date text == article[{d.Start}..{d.End}]", d.Text);

        // Quotes, all: prefer pairs agreeing on speaker and directness, then on directness, then text alone.
        var gold = article.Quotes;
        var pred = result.Quotes;
        var goldKeys = gold.Select(g => TextNormalizer.QuoteKey(g.Text)).ToArray();
        var predKeys = pred.Select(p => TextNormalizer.QuoteKey(p.Text)).ToArray();
        var pairs = Matching.Match(gold.Count, pred.Count,
            (g, p) => goldKeys[g] == predKeys[p] && gold[g].Direct == pred[p].Direct && SameSpeaker(gold[g].Speaker, pred[p].Speaker),
            (g, p) => goldKeys[g] == predKeys[p] && gold[g].Direct == pred[p].Direct,
            (g, p) => goldKeys[g] == predKeys[p]);
        var quotes = new Prf(pairs.Count(p => p >= 0), pred.Count, gold.Count);
        var direct = SubsetPrf(gold, pred, goldKeys, predKeys, true);
        var indirect = SubsetPrf(gold, pred, goldKeys, predKeys, false);

        var speakers = default(Accuracy);
        var predMatched = new bool[pred.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            var p = pairs[g];
            if (p < 0) { Add(MissKind.MissedQuote, Describe(gold[g]), null); continue; }
            predMatched[p] = true;
            if (gold[g].Speaker is null) continue;
            var ok = SameSpeaker(gold[g].Speaker, pred[p].Speaker);
            speakers += new Accuracy(ok ? 1 : 0, 1);
            if (!ok) Add(MissKind.WrongSpeaker, Describe(gold[g]), pred[p].Speaker ?? "(none)");
        }
        for (var p = 0; p < pred.Count; p++)
            if (!predMatched[p]) Add(MissKind.SpuriousQuote, null, $"{(pred[p].Direct ? "direct" : "indirect")} \"{pred[p].Text}\" — {pred[p].Speaker ?? "(no speaker)"}");

        // Dates: prefer same text and value, then same text.
        var gd = article.Dates;
        var pd = result.Dates;
        var gdKeys = gd.Select(d => TextNormalizer.DateKey(d.Text)).ToArray();
        var pdKeys = pd.Select(d => TextNormalizer.DateKey(d.Text)).ToArray();
        var datePairs = Matching.Match(gd.Count, pd.Count,
            (g, p) => gdKeys[g] == pdKeys[p] && gd[g].Value == pd[p].Value,
            (g, p) => gdKeys[g] == pdKeys[p]);
        var dateValues = default(Accuracy);
        var datePredMatched = new bool[pd.Count];
        for (var g = 0; g < gd.Count; g++)
        {
            var p = datePairs[g];
            var ok = p >= 0 && gd[g].Value == pd[p].Value;
            dateValues += new Accuracy(ok ? 1 : 0, 1);
            if (p < 0) { Add(MissKind.MissedDate, $"\"{gd[g].Text}\" = {gd[g].Value}", null); continue; }
            datePredMatched[p] = true;
            if (!ok) Add(MissKind.WrongDate, $"\"{gd[g].Text}\" = {gd[g].Value}", pd[p].Value.ToString());
        }
        for (var p = 0; p < pd.Count; p++)
            if (!datePredMatched[p]) Add(MissKind.SpuriousDate, null, $"\"{pd[p].Text}\" = {pd[p].Value}");
        var dateTexts = new Prf(datePairs.Count(p => p >= 0), pd.Count, gd.Count);

        // Issues: set comparison over keys.
        var goldIssues = article.Issues.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var predIssues = result.Issues.Select(i => i.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var k in goldIssues.Except(predIssues, StringComparer.OrdinalIgnoreCase).Order()) Add(MissKind.MissedIssue, k, null);
        foreach (var k in predIssues.Except(goldIssues, StringComparer.OrdinalIgnoreCase).Order()) Add(MissKind.SpuriousIssue, null, k);
        var issues = new Prf(goldIssues.Intersect(predIssues, StringComparer.OrdinalIgnoreCase).Count(), predIssues.Count, goldIssues.Count);

        var scores = new Scores(quotes, direct, indirect, speakers, dateTexts, dateValues, issues);
        return (new ArticleScore(article.Name, article.Group, scores, null), misses);
    }

    public static bool SameSpeaker(string? gold, string? predicted) =>
        TextNormalizer.SpeakerKey(gold) == TextNormalizer.SpeakerKey(predicted);

    private static Prf SubsetPrf(IReadOnlyList<GoldQuote> gold, IReadOnlyList<ExtractedQuote> pred, string[] goldKeys, string[] predKeys, bool direct)
    {
        var g = Enumerable.Range(0, gold.Count).Where(i => gold[i].Direct == direct).Select(i => goldKeys[i]).ToArray();
        var p = Enumerable.Range(0, pred.Count).Where(i => pred[i].Direct == direct).Select(i => predKeys[i]).ToArray();
        var pairs = Matching.Match(g.Length, p.Length, (a, b) => g[a] == p[b]);
        return new Prf(pairs.Count(x => x >= 0), p.Length, g.Length);
    }

    private static bool SpanHolds(string text, int start, int end, string value) =>
        start >= 0 && end <= text.Length && end - start == value.Length && string.CompareOrdinal(text, start, value, 0, value.Length) == 0;

    private static string Describe(GoldQuote q) => $"{(q.Direct ? "direct" : "indirect")} \"{q.Text}\" — {q.Speaker ?? "(no speaker)"}";
}

/// <summary>Greedy one-to-one matching in passes: each pass pairs still-unmatched items satisfying its predicate, in order.</summary>
public static class Matching
{
    /// <returns>For each gold index, the matched predicted index or -1.</returns>
    public static int[] Match(int goldCount, int predCount, params Func<int, int, bool>[] passes)
    {
        var goldToPred = Enumerable.Repeat(-1, goldCount).ToArray();
        var taken = new bool[predCount];
        foreach (var pass in passes)
            for (var g = 0; g < goldCount; g++)
            {
                if (goldToPred[g] >= 0) continue;
                for (var p = 0; p < predCount; p++)
                    if (!taken[p] && pass(g, p)) { goldToPred[g] = p; taken[p] = true; break; }
            }
        return goldToPred;
    }
}
