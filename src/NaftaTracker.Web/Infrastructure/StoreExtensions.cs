using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Seeds;
using NaftaTracker.Store;

namespace NaftaTracker.Web.Infrastructure;

public static class StoreExtensions
{
    public const string ConnectionName = "Tracker";

    /// <summary>EF Core on SQLite from ConnectionStrings:Tracker; a relative Data Source is resolved against the content root.</summary>
    public static WebApplicationBuilder AddTrackerStore(this WebApplicationBuilder builder)
    {
        var connection = ResolveConnectionString(builder.Configuration.GetConnectionString(ConnectionName), builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<TrackerDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        builder.Services.AddScoped<ArticleIngestor>();
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("store");
        return builder;
    }

    public static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/naftatracker.db" : configured);
        if (csb.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source) && csb.Mode != SqliteOpenMode.Memory)
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, source));
        if (Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } folder && csb.Mode != SqliteOpenMode.Memory)
            Directory.CreateDirectory(folder);
        return csb.ToString();
    }

    /// <summary>Applies migrations and, on an empty store, ingests the seed articles (Tracker:SeedsFolder, default seeds/ beside the app).</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        var folder = app.Configuration["Tracker:SeedsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().InitializeAsync(folder);
    }
}
