using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NaftaTracker.BrowserTests.Support;

/// <summary>The real app on Kestrel at a free loopback port, with its own SQLite file seeded from seeds/.</summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-browser-").FullName;

    public LiveServer()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Tracker:LogFolder", Path.Combine(_folder, "logs"));
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
