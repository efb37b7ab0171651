using NaftaTracker.Domain;
using NaftaTracker.Evaluation;
using NaftaTracker.Extraction;

namespace NaftaTracker.Core.Tests.Evaluation;

/// <summary>Throwaway test doubles: they exist only to exercise the scorer, never as an extractor.</summary>
internal sealed class GoldExtractor(IEnumerable<EvalArticle> articles) : IArticleExtractor
{
    private readonly Dictionary<string, EvalArticle> _byText = articles.ToDictionary(a => a.Text);

    public ExtractionResult Extract(string text, DateOnly published)
    {
        var a = _byText[text];
        var quotes = Locate(text, a.Quotes.Select(q => q.Text))
            .Zip(a.Quotes, (s, q) => new ExtractedQuote(q.Text, s, s + q.Text.Length, q.Speaker, null, q.Direct, null, [])).ToList();
        var dates = Locate(text, a.Dates.Select(d => d.Text))
            .Zip(a.Dates, (s, d) => new ExtractedDate(d.Text, s, s + d.Text.Length, d.Value)).ToList();
        var issues = a.Issues.Select(k => new ExtractedIssue(k, [])).ToList();
        return new ExtractionResult(quotes, dates, [], issues, [], [], []);
    }

    /// <summary>Offsets of each text, taking successive occurrences for repeated texts.</summary>
    private static IEnumerable<int> Locate(string text, IEnumerable<string> parts)
    {
        var next = new Dictionary<string, int>();
        foreach (var p in parts)
        {
            var at = text.IndexOf(p, next.GetValueOrDefault(p), StringComparison.Ordinal);
            next[p] = at + 1;
            yield return at;
        }
    }
}

internal sealed class EmptyExtractor : IArticleExtractor
{
    public ExtractionResult Extract(string text, DateOnly published) => Scorer.Empty;
}

/// <summary>Builds predictions against an article text with honest offsets.</summary>
internal static class Predict
{
    public static ExtractedQuote Quote(string text, string quote, string? speaker, bool direct = true)
    {
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return new ExtractedQuote(quote, at, at + quote.Length, speaker, null, direct, null, []);
    }

    public static ExtractedDate Date(string text, string date, PartialDate value)
    {
        var at = text.IndexOf(date, StringComparison.Ordinal);
        return new ExtractedDate(date, at, at + date.Length, value);
    }

    public static ExtractionResult Result(IEnumerable<ExtractedQuote>? quotes = null, IEnumerable<ExtractedDate>? dates = null, IEnumerable<string>? issues = null) =>
        new([.. quotes ?? []], [.. dates ?? []], [], [.. (issues ?? []).Select(k => new ExtractedIssue(k, []))], [], [], []);
}

internal sealed class ThrowingExtractor : IArticleExtractor
{
    public ExtractionResult Extract(string text, DateOnly published) => throw new InvalidOperationException("extractor failed");
}
