using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Store;

namespace NaftaTracker.Web.Tests.Support;

/// <summary>The app in memory on its own SQLite file, seeded from seeds/, plus one article with a quote by
/// Larry Kudlow tagged dairy (ingested with a one-quote extractor), so quote features have data even while
/// the placeholder extractor extracts none.</summary>
public sealed class FeedsAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-web-feeds-").FullName;

    public const string KudlowText = "Larry Kudlow, the White House economic adviser, told reporters on Monday that it’s “m-i-l-k” that still blocks a deal with Ottawa.";
    public int KudlowArticleId { get; private set; }
    public int KudlowQuoteId { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Tracker:LogFolder", Path.Combine(_folder, "logs"));
    }

    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var start = KudlowText.IndexOf("m-i-l-k", StringComparison.Ordinal);
        var extractor = new OneQuoteExtractor(new ExtractedQuote("m-i-l-k", start, start + 7, "Larry Kudlow", SpeakerKind.Person, true, null, ["dairy"]));
        var outcome = await new ArticleIngestor(db, extractor, NullLogger<ArticleIngestor>.Instance).IngestAsync(
            new ArticleSource(KudlowText, "Kudlow: milk still blocks a deal", new DateOnly(2018, 9, 10), DateKnowledge.Stated, "test article"));
        KudlowArticleId = outcome.ArticleId!.Value;
        KudlowQuoteId = db.Quotes.Single(q => q.ArticleId == KudlowArticleId).Id;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var client = CreateClient();
        var html = await client.GetStringAsync(url);
        return new HtmlParser().ParseDocument(html);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private sealed class OneQuoteExtractor(ExtractedQuote quote) : IArticleExtractor
    {
        public ExtractionResult Extract(string text, DateOnly published) => new([quote], [], [], [], [], [], []);
    }
}
