namespace NaftaTracker.Extraction;

// Placeholder until the extraction branch lands: extracts nothing, so only curated facts are stored.
public sealed class ArticleExtractor : IArticleExtractor
{
    public ExtractionResult Extract(string text, DateOnly published) => new([], [], [], [], [], [], []);
}
