using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;

namespace NaftaTracker.Cli.Tests;

public sealed class IngestTests : IDisposable
{
    private readonly CliHarness _cli = new();
    public void Dispose() => _cli.Dispose();

    private async Task<List<Article>> StoredArticlesAsync()
    {
        await using var db = _cli.OpenStore();
        return await db.Articles.OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task Ingesting_a_file_twice_adds_it_once()
    {
        var path = _cli.Write("autos.txt", Articles.Autos);

        var first = await _cli.IngestAsync(path, "--published", "2018-08-29", "--outlet", "Invented Daily", "--url", "https://example.org/autos");
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@$"^added    {Regex(path)} as article 1: \d+ quotes, \d+ new people, \d+ deadlines, \d+ events\n", first.Stdout);
        Assert.EndsWith("1 added, 0 skipped, 0 rejected.\n", first.Stdout);

        var second = await _cli.IngestAsync(path, "--published", "2018-08-29");
        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith($"skipped  {path}: already stored as article 1\n", second.Stdout);
        Assert.EndsWith("0 added, 1 skipped, 0 rejected.\n", second.Stdout);

        var article = Assert.Single(await StoredArticlesAsync());
        Assert.Equal("Lighthizer sees progress on autos as Canada holds firm on dairy", article.Title);
        Assert.Equal(new DateOnly(2018, 8, 29), article.PublishedOn);
        Assert.Equal(DateKnowledge.Stated, article.DateKnowledge);
        Assert.Equal("given on the command line", article.DateEvidence);
        Assert.Equal("Invented Daily", article.Outlet);
        Assert.Equal("https://example.org/autos", article.Url);
        Assert.Equal("autos.txt", article.SourceFile);
        Assert.Equal(Articles.Autos, article.Text);
    }

    [Fact]
    public async Task Title_option_overrides_the_first_line()
    {
        var path = _cli.Write("dairy.txt", Articles.Dairy);
        var run = await _cli.IngestAsync(path, "--published", "2018-09-12", "--title", "Freeland on dairy");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Freeland on dairy", Assert.Single(await StoredArticlesAsync()).Title);
    }

    [Fact]
    public async Task A_folder_with_a_manifest_is_ingested_with_its_metadata_and_curation()
    {
        _cli.Write("set/a.txt", Articles.Dairy);
        _cli.Write("set/b.html", Articles.HtmlPage);
        _cli.Write("set/manifest.yaml", """
            articles:
              - file: a.txt
                title: Freeland holds the line on dairy
                outlet: Invented Post
                published: 2018-09-12
                dateKnowledge: inferred
                dateEvidence: The talks resumed that week.
                dateQuote: "Foreign Affairs Minister Chrystia Freeland said Wednesday"
              - file: b.html
                published: 2018-08-28
                dateEvidence: Dateline of the page.
            """);
        _cli.Write("set/curation.yaml", """
            people:
              - { name: Chrystia Freeland, role: "Foreign Affairs Minister", party: CA, aliases: [Freeland] }
            positions:
              - article: a.txt
                issue: dairy
                party: CA
                stance: defends
                summary: Supply management is not on the table
                evidence: "supply management was not on the table"
            """);

        var run = await _cli.IngestAsync(Path.Combine(_cli.Dir, "set"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"added    {Path.Combine(_cli.Dir, "set", "a.txt")} as article 1:", run.Stdout);
        Assert.Contains("1 positions", run.Stdout);
        Assert.Contains($"added    {Path.Combine(_cli.Dir, "set", "b.html")} as article 2:", run.Stdout);
        var articles = await StoredArticlesAsync();
        Assert.Equal(2, articles.Count);
        Assert.Equal(("Freeland holds the line on dairy", "Invented Post", new DateOnly(2018, 9, 12), DateKnowledge.Inferred),
            (articles[0].Title, articles[0].Outlet, articles[0].PublishedOn, articles[0].DateKnowledge));
        Assert.Contains("Foreign Affairs Minister Chrystia Freeland said Wednesday", articles[0].DateEvidence);
        Assert.Equal("Guajardo: deal within reach", articles[1].Title); // the page's <title>
        Assert.Equal(Articles.HtmlPageText, articles[1].Text);

        await using (var db = _cli.OpenStore())
        {
            var position = Assert.Single(await db.Positions.ToListAsync());
            Assert.Equal(articles[0].Id, position.ArticleId);
            Assert.Equal(Stance.Defends, position.Stance);
            Assert.True(await db.People.AnyAsync(p => p.Name == "Chrystia Freeland"));
        }

        // The manifest itself can be named, and a second run is a no-op.
        var again = await _cli.IngestAsync(Path.Combine(_cli.Dir, "set", "manifest.yaml"));
        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("0 added, 2 skipped, 0 rejected.\n", again.Stdout);
        Assert.Equal(2, (await StoredArticlesAsync()).Count);
    }

    [Fact]
    public async Task A_manifest_with_a_bad_entry_is_rejected_whole()
    {
        _cli.Write("set/a.txt", Articles.Dairy);
        _cli.Write("set/b.txt", Articles.Culture);
        _cli.Write("set/manifest.yaml", """
            articles:
              - { file: a.txt, published: 2018-09-12, dateEvidence: x }
              - { file: b.txt, published: 12 September 2018, dateEvidence: x }
            """);

        var run = await _cli.IngestAsync(Path.Combine(_cli.Dir, "set"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("rejected", run.Stderr);
        Assert.Contains("manifest.yaml", run.Stderr);
        Assert.Contains("articles[1] (b.txt)", run.Stderr);
        Assert.Contains("nothing from this manifest was stored", run.Stderr);
        Assert.False(File.Exists(_cli.DbPath)); // nothing to store, so the store was not even opened
    }

    [Fact]
    public async Task A_rejected_file_among_good_ones_exits_1_and_the_good_ones_are_added()
    {
        var good1 = _cli.Write("1-autos.txt", Articles.Autos);
        var bad = _cli.Write("2-bad.bin", [0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x7F, 0x00]);
        var good2 = _cli.Write("3-dairy.txt", Articles.Dairy);

        var run = await _cli.IngestAsync(good1, bad, good2, "--published", "2018-08-29");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"added    {good1} as article 1", run.Stdout);
        Assert.Contains($"added    {good2} as article 2", run.Stdout);
        Assert.Contains($"rejected {bad}: looks binary", run.Stderr);
        Assert.EndsWith("2 added, 0 skipped, 1 rejected.\n", run.Stdout);
        var articles = await StoredArticlesAsync();
        Assert.Equal(["1-autos.txt", "3-dairy.txt"], articles.Select(a => a.SourceFile));
    }

    [Fact]
    public async Task A_folder_without_a_manifest_ingests_its_files()
    {
        _cli.Write("folder/a.txt", Articles.Autos);
        _cli.Write("folder/b.txt", Articles.Culture);
        _cli.Write("folder/.hidden", "ignored");

        var run = await _cli.IngestAsync(Path.Combine(_cli.Dir, "folder"), "--published", "2018-08-29");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a.txt", "b.txt"], (await StoredArticlesAsync()).Select(a => a.SourceFile));
    }

    [Fact]
    public async Task Article_files_without_published_are_a_usage_error_and_nothing_is_created()
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.IngestAsync(path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--published", run.Stderr);
        Assert.Contains("autos.txt", run.Stderr);
        Assert.False(File.Exists(_cli.DbPath));
    }

    [Fact]
    public async Task Malformed_published_is_a_usage_error()
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.IngestAsync(path, "--published", "2018-02-30");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'2018-02-30' is not a date of the form YYYY-MM-DD", run.Stderr);
        Assert.False(File.Exists(_cli.DbPath));
    }

    [Fact]
    public async Task Title_with_several_files_is_a_usage_error()
    {
        var a = _cli.Write("a.txt", Articles.Autos);
        var b = _cli.Write("b.txt", Articles.Dairy);
        var run = await _cli.IngestAsync(a, b, "--published", "2018-08-29", "--title", "One title");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--title", run.Stderr);
        Assert.False(File.Exists(_cli.DbPath));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "is empty" },
        { "binary.dat", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], "looks binary" },
        { "big.txt", Enumerable.Repeat((byte)'y', (int)Ingestion.Input.ArticleFileReader.MaxBytes + 1).ToArray(), "is too large: 2.0 MiB (2,097,153 bytes), over the 2 MiB" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_input_is_rejected_and_leaves_no_row(string name, byte[] bytes, string reason)
    {
        var path = _cli.Write(name, bytes);
        var good = _cli.Write("good.txt", Articles.Culture);

        var run = await _cli.IngestAsync(path, good, "--published", "2018-08-29");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"rejected {path}: {reason}", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["good.txt"], (await StoredArticlesAsync()).Select(a => a.SourceFile));
    }

    [Fact]
    public async Task Missing_path_is_rejected()
    {
        var run = await _cli.IngestAsync(Path.Combine(_cli.Dir, "nope.txt"), "--published", "2018-08-29");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt: not found", run.Stderr);
    }

    [Fact]
    public async Task Utf16_windows_1252_and_html_are_stored_decoded()
    {
        var u16 = _cli.Write("u16.txt", Articles.Utf16LeWithBom(Articles.Dairy));
        var w1252 = _cli.Write("w1252.txt", Articles.Windows1252Quote());
        var html = _cli.Write("page.html", Articles.HtmlPage);

        var run = await _cli.IngestAsync(u16, w1252, html, "--published", "2018-08-29");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {w1252}: not valid UTF-8", run.Stderr);
        var articles = await StoredArticlesAsync();
        Assert.Equal(Articles.Dairy, articles[0].Text);
        Assert.Equal(Articles.Windows1252Decoded, articles[1].Text);
        Assert.Equal("Trudeau holds the line", articles[1].Title);
        Assert.Equal(Articles.HtmlPageText, articles[2].Text);
        Assert.Equal("Guajardo: deal within reach", articles[2].Title);
        Assert.DoesNotContain("SCRIPT_CONTENT", articles[2].Text);
    }

    [Fact]
    public async Task The_same_text_in_two_encodings_is_one_article()
    {
        var utf8 = _cli.Write("a.txt", Articles.Dairy);
        var u16 = _cli.Write("b.txt", Articles.Utf16LeWithBom(Articles.Dairy.Replace("\n", "\r\n")));

        var run = await _cli.IngestAsync(utf8, u16, "--published", "2018-09-12");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"skipped  {u16}: already stored as article 1", run.Stdout);
        Assert.Single(await StoredArticlesAsync());
    }

    private static string Regex(string s) => System.Text.RegularExpressions.Regex.Escape(s);
}
