using Microsoft.EntityFrameworkCore;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Seeds;
using NaftaTracker.Store;

namespace NaftaTracker.Web.Infrastructure;

public static class StoreExtensions
{
    public const string ConnectionName = StoreConnection.Name;

    /// <summary>EF Core on SQLite from ConnectionStrings:Tracker; a relative Data Source is resolved against the content root.</summary>
    public static WebApplicationBuilder AddTrackerStore(this WebApplicationBuilder builder)
    {
        var connection = ResolveConnectionString(builder.Configuration.GetConnectionString(ConnectionName), builder.Environment.ContentRootPath);
        builder.Services.AddDbContext<TrackerDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddSingleton<IArticleExtractor, ArticleExtractor>();
        builder.Services.AddScoped<ArticleIngestor>();
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<ArticleSubmissions>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("store");
        return builder;
    }

    public static string ResolveConnectionString(string? configured, string contentRoot) =>
        StoreConnection.Resolve(configured, contentRoot);

    /// <summary>Applies migrations and, on an empty store, ingests the seed articles (Tracker:SeedsFolder, default seeds/ beside the app).</summary>
    public static async Task InitializeStoreAsync(this WebApplication app)
    {
        var folder = app.Configuration["Tracker:SeedsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "seeds");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().InitializeAsync(folder);
    }
}
