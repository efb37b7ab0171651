using Microsoft.EntityFrameworkCore;
using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Domain;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Seeds;

namespace NaftaTracker.Core.Tests.Ingestion;

public class SeedImportTests
{
    [Fact]
    public async Task Every_stored_quote_and_evidence_span_is_verbatim_in_its_article()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var texts = await db.Articles.ToDictionaryAsync(a => a.Id, a => a.Text);

        var quotes = await db.Quotes.Select(q => new { q.ArticleId, q.Start, q.End, q.Text }).ToListAsync();
        var spans = (await db.Positions.Select(p => new { p.ArticleId, p.Evidence.Start, p.Evidence.End, p.Evidence.Text }).ToListAsync())
            .Concat(await db.Deadlines.Select(d => new { d.ArticleId, d.Evidence.Start, d.Evidence.End, d.Evidence.Text }).ToListAsync())
            .Concat(await db.Events.Select(e => new { e.ArticleId, e.Evidence.Start, e.Evidence.End, e.Evidence.Text }).ToListAsync())
            .ToList();

        Assert.NotEmpty(spans);
        foreach (var q in quotes) Assert.Equal(q.Text, texts[q.ArticleId][q.Start..q.End]);
        foreach (var s in spans) Assert.Equal(s.Text, texts[s.ArticleId][s.Start..s.End]);
    }

    [Fact]
    public async Task Seeds_give_the_chapter_19_positions_and_the_fall_2018_deadlines()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();

        var ch19 = await db.Positions.Where(p => p.Issue!.Key == "chapter-19")
            .Select(p => new { p.Party!.Code, p.Stance, p.Summary }).ToListAsync();
        Assert.Contains(ch19, p => p.Code == "US" && p.Stance == Stance.Demands && p.Summary.Contains("removed"));
        Assert.Contains(ch19, p => p.Code == "CA" && p.Stance == Stance.Defends && p.Summary.Contains("keep"));

        var deadlines = (await db.Deadlines.ToListAsync()).Select(d => d.Due).ToList();
        Assert.Contains(PartialDate.Day(2018, 10, 1), deadlines);
        Assert.Contains(PartialDate.Day(2018, 12, 1), deadlines);
        Assert.Contains(PartialDate.Month(2018, 11), deadlines);

        var rounds = await db.Events.Where(e => e.Kind == EventKind.Round).Select(e => e.RoundNumber).ToListAsync();
        Assert.Contains(4, rounds);
        Assert.Contains(5, rounds);
    }

    [Fact]
    public async Task A_store_that_got_an_article_before_the_first_start_still_gets_the_seeds_and_a_restart_adds_nothing()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        await ReferenceData.EnsureAsync(db, []);
        await store.Ingestor(db).IngestAsync(new ArticleSource("\"We will keep talking,\" Guajardo said on Monday.\n", "Earlier", new DateOnly(2018, 9, 10), DateKnowledge.Stated, "given"));
        var importer = new SeedImporter(db, store.Ingestor(db), Microsoft.Extensions.Logging.Abstractions.NullLogger<SeedImporter>.Instance);

        var first = await importer.InitializeAsync(RepoPaths.Seeds);
        var restart = await importer.InitializeAsync(RepoPaths.Seeds);

        Assert.Equal(5, first.Count(o => o.Status == IngestStatus.Added));
        Assert.Empty(restart);
        Assert.Equal(6, await db.Articles.CountAsync());
        Assert.Contains(await db.Quotes.Select(q => q.Text).ToListAsync(), t => t.Contains("nothing is done until everything is done"));
    }

    [Fact]
    public async Task A_seeded_store_starts_without_its_seeds_folder()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var importer = new SeedImporter(db, store.Ingestor(db), Microsoft.Extensions.Logging.Abstractions.NullLogger<SeedImporter>.Instance);

        Assert.Empty(await importer.InitializeAsync(Path.Combine(Path.GetTempPath(), "no-seeds-here-" + Guid.NewGuid().ToString("N"))));
        Assert.Equal(5, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Ingesting_the_same_text_twice_adds_it_once()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        await ReferenceData.EnsureAsync(db, []);
        var source = new ArticleSource("Talks resumed on Monday.\n", "Test", new DateOnly(2018, 9, 10), DateKnowledge.Stated, "given");

        var first = await store.Ingestor(db).IngestAsync(source);
        var second = await store.Ingestor(db).IngestAsync(source with { Text = "Talks resumed on Monday.\r\n" });

        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Skipped, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(1, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task An_empty_article_is_rejected_and_nothing_is_stored()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        var outcome = await store.Ingestor(db).IngestAsync(
            new ArticleSource(" \n\t", "Empty", new DateOnly(2018, 9, 10), DateKnowledge.Stated, "given"));

        Assert.Equal(IngestStatus.Rejected, outcome.Status);
        Assert.Contains("empty", outcome.Reason);
        Assert.Equal(0, await db.Articles.CountAsync());
    }
}
