using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Seeds;
using NaftaTracker.Store;

namespace NaftaTracker.Core.Tests.Support;

/// <summary>A migrated in-memory SQLite store that lives as long as the instance.</summary>
public sealed class TestStore : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TestStore()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public TrackerDbContext NewContext() =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(_connection).Options);

    public ArticleIngestor Ingestor(TrackerDbContext db, IArticleExtractor? extractor = null) =>
        new(db, extractor ?? new ArticleExtractor(), NullLogger<ArticleIngestor>.Instance);

    /// <summary>A store seeded from the repository's seeds/ folder, as the app does on first start.</summary>
    public static async Task<TestStore> SeededAsync()
    {
        var store = new TestStore();
        await using var db = store.NewContext();
        await new SeedImporter(db, store.Ingestor(db), NullLogger<SeedImporter>.Instance).InitializeAsync(RepoPaths.Seeds);
        return store;
    }

    public void Dispose() => _connection.Dispose();
}
