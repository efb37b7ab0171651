namespace NaftaTracker.Extraction;

// Placeholder so the bench compiles on the eval branch; dropped at merge in favour of the extraction branch's real class.
public sealed class ArticleExtractor : IArticleExtractor { public ExtractionResult Extract(string text, DateOnly published) => throw new NotImplementedException("replaced by the extraction branch"); }
