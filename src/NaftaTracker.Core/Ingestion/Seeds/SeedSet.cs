namespace NaftaTracker.Ingestion.Seeds;

public sealed record SeedArticle(ArticleSource Source, CuratedFacts Facts);

/// <summary>Everything in a seeds folder, validated: the articles with their curated facts, and the known people.</summary>
public sealed record SeedSet(IReadOnlyList<SeedArticle> Articles, IReadOnlyList<CuratedPerson> People);
