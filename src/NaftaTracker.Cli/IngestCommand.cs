using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Input;
using NaftaTracker.Ingestion.Seeds;
using NaftaTracker.Store;

namespace NaftaTracker.Cli;

/// <summary><c>ingest PATH... [--published D] [--title T] [--outlet O] [--url U] [--db FILE]</c>: adds articles to the
/// store. A PATH is an article file, a manifest.yaml, or a folder (its manifest.yaml if it has one, else its files).</summary>
internal static class IngestCommand
{
    public const string CommandLineEvidence = "given on the command line";

    public static Command Create(TextWriter stdout, TextWriter stderr, IArticleExtractor extractor)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files, manifest.yaml files (seeds format), or folders holding either.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = CliApp.PublishedOption("Publication date of the article files given directly (required for them; manifests carry their own).");
        var title = new Option<string>("--title") { Description = "Title of the article (one file only). Default: the HTML page's title, else the first line." };
        var outlet = new Option<string>("--outlet") { Description = "The outlet that published the article(s)." };
        var url = new Option<string>("--url") { Description = "Where the article was published (one file only)." };
        var db = new Option<string>("--db") { Description = "The SQLite database file. Default: ConnectionStrings__Tracker, else the web app's src/NaftaTracker.Web/data/naftatracker.db.", HelpName = "FILE" };
        var connection = new Option<string>("--connection") { Description = "A full SQLite connection string (instead of --db).", HelpName = "CONNECTION-STRING" };

        var command = new Command("ingest", "Add articles to the tracker's store. Idempotent: text already stored is skipped.")
        {
            paths, published, title, outlet, url, db, connection,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new IngestOptions(
                CliApp.TryParseDate(parse.GetValue(published), out var date) ? date : null,
                parse.GetValue(title), parse.GetValue(outlet), parse.GetValue(url), parse.GetValue(CliApp.Verbose));
            var run = new IngestRun(stdout, stderr, extractor, options,
                () => StoreLocator.Resolve(parse.GetValue(connection), parse.GetValue(db),
                    Environment.GetEnvironmentVariable(StoreConnection.EnvironmentVariable), Environment.CurrentDirectory));
            return await run.RunAsync(parse.GetValue(paths)!, ct);
        });
        return command;
    }
}

internal sealed record IngestOptions(DateOnly? Published, string? Title, string? Outlet, string? Url, bool Verbose);

/// <summary>What one PATH on the command line stands for.</summary>
internal abstract record IngestItem(string Path)
{
    public sealed record ArticleFile(string Path) : IngestItem(Path);
    public sealed record Manifest(string Path, string Folder) : IngestItem(Path);
    public sealed record Invalid(string Path, string Reason) : IngestItem(Path);
}

internal sealed class IngestRun(TextWriter stdout, TextWriter stderr, IArticleExtractor extractor, IngestOptions options, Func<string> connectionString)
{
    private DbContextOptions<TrackerDbContext>? _store;
    private bool _storeFailed;
    private int _added, _skipped, _rejected;

    public async Task<int> RunAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        var items = paths.SelectMany(Expand).ToList();
        var files = items.OfType<IngestItem.ArticleFile>().ToList();

        // Usage problems are found before anything is read or stored.
        if (files.Count > 0 && options.Published is null)
        {
            stderr.WriteLine($"error: --published YYYY-MM-DD is required for article files outside a manifest ({Names(files)}).");
            stderr.WriteLine("Run 'ingest --help' for usage.");
            return CliApp.Usage;
        }
        if (files.Count > 1 && (options.Title is not null || options.Url is not null))
        {
            stderr.WriteLine($"error: --title and --url describe one article, but {files.Count} article files were given ({Names(files)}).");
            return CliApp.Usage;
        }
        if (files.Count == 0 && (options.Published ?? (object?)options.Title ?? options.Url) is not null)
            stderr.WriteLine("warning: --published, --title and --url apply to article files given directly; manifest entries carry their own.");

        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            switch (item)
            {
                case IngestItem.Invalid invalid: Reject(invalid.Path, invalid.Reason); break;
                case IngestItem.Manifest manifest: await IngestManifestAsync(manifest, ct); break;
                case IngestItem.ArticleFile file: await IngestFileAsync(file.Path, ct); break;
            }
        }

        stdout.WriteLine($"{_added} added, {_skipped} skipped, {_rejected} rejected.");
        return _rejected > 0 ? CliApp.Rejected : CliApp.Ok;
    }

    private IEnumerable<IngestItem> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            var manifest = System.IO.Path.Combine(path, SeedSetLoader.ManifestName);
            if (File.Exists(manifest)) return [new IngestItem.Manifest(manifest, path)];
            var files = Directory.EnumerateFiles(path)
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.') && !IsYaml(f))
                .Order(StringComparer.Ordinal)
                .Select(f => (IngestItem)new IngestItem.ArticleFile(f))
                .ToList();
            return files.Count > 0 ? files : [new IngestItem.Invalid(path, "is a folder with no article files and no manifest.yaml")];
        }
        if (File.Exists(path) && string.Equals(System.IO.Path.GetFileName(path), SeedSetLoader.ManifestName, StringComparison.OrdinalIgnoreCase))
            return [new IngestItem.Manifest(path, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!)];
        if (File.Exists(path) && IsYaml(path))
            return [new IngestItem.Invalid(path, $"is a YAML file but not a {SeedSetLoader.ManifestName}; name it so, in the folder of its articles")];
        if (!File.Exists(path)) return [new IngestItem.Invalid(path, "not found")];
        return [new IngestItem.ArticleFile(path)];
    }

    private async Task IngestFileAsync(string path, CancellationToken ct)
    {
        var read = ArticleFileReader.Read(path);
        if (read.IsRejected)
        {
            Reject(path, read.Rejection!);
            return;
        }
        var article = read.Article!;
        var title = options.Title ?? article.Title ?? ArticleText.FirstLine(article.Text);
        var source = new ArticleSource(article.Text, title, options.Published!.Value, DateKnowledge.Stated, IngestCommand.CommandLineEvidence,
            options.Outlet, options.Url, System.IO.Path.GetFileName(path)) { Warnings = article.Warnings };
        if (options.Verbose)
            stderr.WriteLine($"  {path}: {article.Encoding}{(article.FromHtml ? ", HTML stripped to text" : "")}, {article.Text.Length:N0} characters, title \"{title}\"");
        await IngestAsync(path, source, null, ct);
    }

    private async Task IngestManifestAsync(IngestItem.Manifest manifest, CancellationToken ct)
    {
        SeedSet seeds;
        try
        {
            // The whole manifest (every article file and every curated span) is checked before anything is stored.
            seeds = SeedSetLoader.Load(manifest.Folder);
        }
        catch (SeedDataException ex)
        {
            Reject(manifest.Path, $"{ex.Message} (nothing from this manifest was stored)");
            return;
        }
        if (!await EnsureStoreAsync(seeds.People, ct)) { Reject(manifest.Path, "the store could not be opened"); return; }
        if (options.Verbose) stderr.WriteLine($"  {manifest.Path}: {seeds.Articles.Count} articles, {seeds.People.Count} known people");
        foreach (var article in seeds.Articles)
            await IngestAsync(System.IO.Path.Combine(manifest.Folder, article.Source.SourceFile!), article.Source, article.Facts, ct);
    }

    private async Task IngestAsync(string label, ArticleSource source, CuratedFacts? facts, CancellationToken ct)
    {
        if (!await EnsureStoreAsync([], ct)) { Reject(label, "the store could not be opened"); return; }
        foreach (var warning in source.Warnings) stderr.WriteLine($"warning: {label}: {warning}");

        IngestOutcome outcome;
        // A fresh context per article: a failed article leaves nothing tracked that the next one would save.
        await using (var db = new TrackerDbContext(_store!))
        {
            try
            {
                var ingestor = new ArticleIngestor(db, extractor, new CliLogger<ArticleIngestor>(stderr, options.Verbose));
                outcome = await ingestor.IngestAsync(source, facts, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Reject(label, $"could not be stored: {Innermost(ex).Message}");
                if (options.Verbose) stderr.WriteLine(ex);
                return;
            }
        }

        switch (outcome.Status)
        {
            case IngestStatus.Added:
                _added++;
                stdout.WriteLine($"added    {label} as article {outcome.ArticleId}: {Counts(outcome)}");
                break;
            case IngestStatus.Skipped:
                _skipped++;
                stdout.WriteLine($"skipped  {label}: already stored as article {outcome.ArticleId}");
                break;
            default:
                Reject(label, outcome.Reason);
                break;
        }
    }

    /// <summary>Opens the store on first use: migrates it and makes sure the reference data (and known people) are there.</summary>
    private async Task<bool> EnsureStoreAsync(IEnumerable<CuratedPerson> knownPeople, CancellationToken ct)
    {
        var people = knownPeople.ToList();
        if (_storeFailed) return false;
        if (_store is not null && people.Count == 0) return true;
        string? location = null;
        try
        {
            if (_store is null)
            {
                var connection = connectionString();
                location = StoreConnection.DataSourceOf(connection) ?? "(in memory)";
                if (options.Verbose) stderr.WriteLine($"  store: {location}");
                var store = new DbContextOptionsBuilder<TrackerDbContext>().UseSqlite(connection).Options;
                await using var db = new TrackerDbContext(store);
                await db.Database.MigrateAsync(ct);
                await ReferenceData.EnsureAsync(db, people, ct);
                _store = store;
            }
            else
            {
                await using var db = new TrackerDbContext(_store);
                await ReferenceData.EnsureAsync(db, people, ct);
            }
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _storeFailed = _store is null;
            stderr.WriteLine($"error: cannot open the store{(location is null ? "" : $" at {location}")}: {Innermost(ex).Message}");
            if (options.Verbose) stderr.WriteLine(ex);
            return false;
        }
    }

    private void Reject(string path, string reason)
    {
        _rejected++;
        stderr.WriteLine($"rejected {path}: {reason}");
    }

    private static string Counts(IngestOutcome o)
    {
        var counts = $"{o.Quotes} quotes, {o.NewPeople} new people, {o.Deadlines} deadlines, {o.Events} events";
        return o.Positions > 0 ? $"{counts}, {o.Positions} positions" : counts;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }

    private static bool IsYaml(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";

    private static string Names(IReadOnlyList<IngestItem.ArticleFile> files) =>
        string.Join(", ", files.Take(3).Select(f => f.Path)) + (files.Count > 3 ? $" and {files.Count - 3} more" : "");
}
