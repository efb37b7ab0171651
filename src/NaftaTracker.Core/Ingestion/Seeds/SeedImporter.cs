using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Brings a store up to date: migrations, reference data, and the seed articles when the store has none.</summary>
public sealed class SeedImporter(TrackerDbContext db, ArticleIngestor ingestor, ILogger<SeedImporter> logger)
{
    public async Task<IReadOnlyList<IngestOutcome>> InitializeAsync(string seedsFolder, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (await db.Articles.AnyAsync(ct))
        {
            await ReferenceData.EnsureAsync(db, [], ct);
            return [];
        }

        // Validate the whole seed set before writing anything, so a bad span leaves the store untouched.
        var seeds = SeedSetLoader.Load(seedsFolder);
        await ReferenceData.EnsureAsync(db, seeds.People, ct);
        logger.LogInformation("Seeding an empty store from {SeedsFolder}: {Count} articles", seedsFolder, seeds.Articles.Count);

        var outcomes = new List<IngestOutcome>();
        foreach (var article in seeds.Articles)
            outcomes.Add(await ingestor.IngestAsync(article.Source, article.Facts, ct));
        return outcomes;
    }
}
