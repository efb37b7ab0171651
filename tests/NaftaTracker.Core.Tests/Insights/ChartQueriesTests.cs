using Microsoft.EntityFrameworkCore;
using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Insights;

namespace NaftaTracker.Core.Tests.Insights;

public class ChartQueriesTests
{
    [Fact]
    public async Task Issue_mentions_count_quote_tags_and_text_outside_quotes_once()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        await ReferenceData.EnsureAsync(db, []);
        // "milk" inside the quote is counted through the quote's tag; "dairy" outside it from the text.
        var text = "Canada defends its dairy sector. Kudlow said “milk is the problem” on Friday.";
        var start = text.IndexOf("milk", StringComparison.Ordinal);
        var extractor = new OneQuote(new ExtractedQuote("milk is the problem", start, start + 19, "Larry Kudlow", SpeakerKind.Person, true, null, ["dairy"]));
        await store.Ingestor(db, extractor).IngestAsync(new ArticleSource(text, "t", new DateOnly(2018, 9, 7), DateKnowledge.Stated, "test"));

        var series = Assert.Single(await new ChartQueries(db).IssueMentionsByMonthAsync());
        Assert.Equal("dairy", series.Key);
        Assert.Equal(2, Assert.Single(series.Months).Count);
        Assert.Empty(await new ChartQueries(db).IssueMentionsByMonthAsync(new DateOnly(2018, 9, 6)));
    }

    [Fact]
    public async Task The_matrix_keeps_each_partys_latest_stance_and_as_of_goes_back_in_time()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var charts = new ChartQueries(db);

        var now = await charts.PositionsMatrixAsync();
        var rulesOfOrigin = now.Rows.Single(r => r.Key == "rules-of-origin");
        Assert.Equal(Stance.Opposes, rulesOfOrigin.Cells["CA"].Stance);
        Assert.Equal(new DateOnly(2017, 11, 21), rulesOfOrigin.Cells["CA"].StatedOn.Date);
        Assert.Equal(["US", "CA", "MX"], now.Parties);

        var before = await charts.PositionsMatrixAsync(new DateOnly(2017, 12, 31));
        Assert.Empty(before.Rows.Single(r => r.Key == "dairy").Cells.Where(c => c.Value.StatedOn.Date.Year == 2018));
    }

    [Fact]
    public async Task Quotes_per_speaker_and_the_timeline_respect_as_of()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var charts = new ChartQueries(db);

        var all = await charts.QuotesPerSpeakerAsync();
        Assert.Equal(await db.Quotes.CountAsync(q => q.SpeakerId != null), all.Sum(s => s.Quotes));
        Assert.Equal(all.OrderByDescending(s => s.Quotes).Select(s => s.Quotes), all.Select(s => s.Quotes));
        Assert.DoesNotContain(await charts.QuotesPerSpeakerAsync(new DateOnly(2017, 12, 31)), s => s.Slug == "larry-kudlow");

        var timeline = await charts.TimelineAsync();
        Assert.Contains(timeline, i => i.Kind == TimelineItemKind.Deadline && i.Date == PartialDate.Day(2018, 10, 1));
        Assert.Contains(timeline, i => i.Kind == TimelineItemKind.Round);
        Assert.Equal(timeline.OrderBy(i => i.Date.Date).Select(i => i.Date.Date), timeline.Select(i => i.Date.Date));
        Assert.All(await charts.TimelineAsync(new DateOnly(2017, 12, 31)), i => Assert.True(i.Date.Date.Year == 2017 || i.Kind == TimelineItemKind.Deadline));
    }

    private sealed class OneQuote(ExtractedQuote quote) : IArticleExtractor
    {
        public ExtractionResult Extract(string text, DateOnly published) => new([quote], [], [], [], [], [], []);
    }
}
