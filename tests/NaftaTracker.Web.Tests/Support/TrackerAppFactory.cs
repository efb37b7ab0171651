using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace NaftaTracker.Web.Tests.Support;

/// <summary>The app on a temp SQLite file of its own, seeded from the repository's seeds/ on first start; deleted on dispose.</summary>
public sealed class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "naftatracker-web-tests-" + Guid.NewGuid().ToString("N"));
    private HttpClient? _client;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")};Pooling=False");
        builder.UseSetting("Tracker:SeedsFolder", RepoPaths.Seeds);
        builder.UseSetting("Tracker:LogFolder", Path.Combine(_folder, "logs"));
    }

    public HttpClient Client => _client ??= CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<Page> GetAsync(string url) => await Page.ParseAsync(await Client.GetAsync(url));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed record Page(HttpStatusCode Status, IDocument Document)
{
    public string Text => Document.Body?.TextContent ?? "";
    public string Main => Document.QuerySelector("main")?.TextContent ?? "";

    public static async Task<Page> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(req => req.Content(html));
        return new Page(response.StatusCode, document);
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<TrackerAppFactory>
{
    public const string Name = "web app";
}
