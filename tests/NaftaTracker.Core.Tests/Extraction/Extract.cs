using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

internal static class Extract
{
    public static readonly DateOnly Tuesday = new(2018, 9, 11);

    public static ExtractionResult From(string text, DateOnly? published = null) =>
        ArticleExtractor.ExtractCore(text, published ?? Tuesday);

    public static ExtractedQuote Quote(this ExtractionResult r, string start) =>
        Assert.Single(r.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));
}
