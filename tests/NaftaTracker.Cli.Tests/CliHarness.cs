using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NaftaTracker.Cli;
using NaftaTracker.Extraction;
using NaftaTracker.Store;

namespace NaftaTracker.Cli.Tests;

public sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the CLI in-process against files in a temporary folder and a temporary SQLite database file.</summary>
public sealed class CliHarness : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("naftatracker-cli-").FullName;
    public string DbPath => Path.Combine(Dir, "store", "tracker.db");

    public string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<CliRun> RunAsync(params string[] args) => await RunWithAsync(null, args);

    public async Task<CliRun> RunWithAsync(IArticleExtractor? extractor, params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = extractor is null
            ? await CliApp.RunAsync(args, stdout, stderr)
            : await CliApp.RunAsync(args, stdout, stderr, extractor);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs <c>ingest</c> against this harness's database.</summary>
    public Task<CliRun> IngestAsync(params string[] args) => RunAsync(["ingest", .. args, "--db", DbPath]);

    public TrackerDbContext OpenStore() =>
        new(new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString()).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { }
    }
}
