using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Brings a store up to date: migrations, reference data, and the seed articles that are not stored yet
/// (so a store that received articles from the CLI before the dashboard's first start still gets the seeds).</summary>
public sealed class SeedImporter(TrackerDbContext db, ArticleIngestor ingestor, ILogger<SeedImporter> logger)
{
    public async Task<IReadOnlyList<IngestOutcome>> InitializeAsync(string seedsFolder, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        var hasArticles = await db.Articles.AnyAsync(ct);
        if (hasArticles && !File.Exists(Path.Combine(seedsFolder, SeedSetLoader.ManifestName)))
        {
            await ReferenceData.EnsureAsync(db, [], ct);
            return [];
        }

        // Validate the whole seed set before writing anything, so a bad span leaves the store untouched.
        var seeds = SeedSetLoader.Load(seedsFolder);
        var hashes = seeds.Articles.Select(a => ArticleText.Hash(ArticleText.Normalize(a.Source.Text))).ToList();
        var missing = hashes.Count - await db.Articles.CountAsync(a => hashes.Contains(a.ContentHash), ct);
        await ReferenceData.EnsureAsync(db, missing == 0 ? [] : seeds.People, ct);
        if (missing == 0) return [];

        logger.LogInformation("Seeding from {SeedsFolder}: {Missing} of {Count} seed articles are not in the store yet",
            seedsFolder, missing, hashes.Count);
        var outcomes = new List<IngestOutcome>();
        foreach (var article in seeds.Articles)
            outcomes.Add(await ingestor.IngestAsync(article.Source, article.Facts, ct));
        return outcomes;
    }
}
