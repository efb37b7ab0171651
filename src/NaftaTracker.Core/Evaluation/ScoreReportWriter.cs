using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NaftaTracker.Evaluation;

/// <summary>Renders a <see cref="ScoreReport"/> as a readable table or as JSON.</summary>
public static class ScoreReportWriter
{
    public static string Table(ScoreReport report, bool misses = false)
    {
        var sb = new StringBuilder();
        var w = Math.Max(9, report.Articles.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        sb.AppendLine($"{"Group".PadRight(w)} Arts | Quote P   R    F1  | Direct F1 | Indir F1 | Speaker acc | Date text P  R  | Date acc | Issue P  R");
        foreach (var g in report.Groups) Row(sb, w, g.Group, g.Articles, g.Scores);
        sb.AppendLine();
        sb.AppendLine("Per article");
        foreach (var a in report.Articles) Row(sb, w, a.Name, 1, a.Scores, a.Error);
        sb.AppendLine();
        var o = report.Overall;
        sb.AppendLine($"Targets: quote F1 {o.Quotes.F1:0.000} (>= 0.95) {Mark(o.Quotes.F1 >= 0.95)}, speaker acc {Pct(o.Speakers.Value)} (>= 0.92) {Mark(o.Speakers.Value >= 0.92)}, date acc {Pct(o.DateValues.Value)} (>= 0.90) {Mark(o.DateValues.Value >= 0.90)}");
        var errors = report.Articles.Count(a => a.Error is not null);
        if (errors > 0) sb.AppendLine($"Extractor threw on {errors} article(s), scored as empty: {report.Articles.First(a => a.Error is not null).Error}");
        if (misses)
        {
            sb.AppendLine();
            sb.AppendLine($"Misses ({report.Misses.Count})");
            foreach (var m in report.Misses)
                sb.AppendLine($"  {m.Article.PadRight(w)} {m.Kind,-14} expected: {m.Expected ?? "-"}  got: {m.Actual ?? "-"}");
        }
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, int width, string name, int articles, Scores s, string? error = null)
    {
        sb.Append(CultureInfo.InvariantCulture,
            $"{name.PadRight(width)} {articles,4} | {s.Quotes.Precision:0.00} {s.Quotes.Recall:0.00} {s.Quotes.F1:0.00} | {s.DirectQuotes.F1,9:0.00} | {s.IndirectQuotes.F1,8:0.00} | {Pct(s.Speakers.Value),5} {s.Speakers.Correct,2}/{s.Speakers.Total,-3} | {s.DateTexts.Precision,10:0.00} {s.DateTexts.Recall:0.00} | {Pct(s.DateValues.Value),8} | {s.Issues.Precision,7:0.00} {s.Issues.Recall:0.00}");
        sb.AppendLine(error is null ? "" : "  (extractor error)");
    }

    private static string Pct(double? v) => v is null ? "n/a" : v.Value.ToString("0.000", CultureInfo.InvariantCulture);
    private static string Mark(bool met) => met ? "met" : "NOT met";

    public static string Json(ScoreReport report)
    {
        var o = new
        {
            groups = report.Groups.Select(g => new { group = g.Group, articles = g.Articles, scores = Flat(g.Scores) }),
            articles = report.Articles.Select(a => new { name = a.Name, group = a.Group, error = a.Error, scores = Flat(a.Scores) }),
            misses = report.Misses.Select(m => new { article = m.Article, kind = m.Kind.ToString(), expected = m.Expected, actual = m.Actual }),
        };
        return JsonSerializer.Serialize(o, Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static object Flat(Scores s) => new
    {
        quotes = P(s.Quotes),
        directQuotes = P(s.DirectQuotes),
        indirectQuotes = P(s.IndirectQuotes),
        speakerAccuracy = new { value = s.Speakers.Value, correct = s.Speakers.Correct, total = s.Speakers.Total },
        dateTexts = P(s.DateTexts),
        dateAccuracy = new { value = s.DateValues.Value, correct = s.DateValues.Correct, total = s.DateValues.Total },
        issues = P(s.Issues),
    };

    private static object P(Prf p) => new { precision = p.Precision, recall = p.Recall, f1 = p.F1, matched = p.Matched, predicted = p.Predicted, gold = p.Gold };
}
