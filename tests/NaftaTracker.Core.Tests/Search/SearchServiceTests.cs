using Microsoft.EntityFrameworkCore;
using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Search;

namespace NaftaTracker.Core.Tests.Search;

public class SearchServiceTests
{
    [Fact]
    public async Task Dairy_finds_the_dairy_issue_with_its_link()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();

        var results = await new SearchService(db).SearchAsync("dairy");

        var issue = Assert.Single(results.Hits, h => h.Kind == SearchKinds.Issue);
        Assert.Equal("/issues/dairy", issue.Href);
        Assert.Contains(issue.Title, s => s.Marked && s.Text == "Dairy");
        Assert.Contains(results.Hits, h => h.Kind == SearchKinds.Article);
    }

    [Fact]
    public async Task Dairy_finds_Kudlows_m_i_l_k_quote_through_its_issue_tag()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var kudlow = await db.Quotes.Where(q => q.Text.Contains("m-i-l-k")).Select(q => new { q.Id, q.ArticleId }).SingleAsync();

        var results = await new SearchService(db).SearchAsync("dairy", SearchKinds.Quote);

        var hit = Assert.Single(results.Hits, h => h.RefId == kudlow.Id);
        Assert.Equal($"/articles/{kudlow.ArticleId}#q-{kudlow.Id}", hit.Href);
        Assert.Contains("m-i-l-k", string.Concat(hit.Snippet.Select(s => s.Text)));
        Assert.Contains("Dairy market access", hit.IssueTags);
    }

    [Fact]
    public async Task A_quote_tagged_dairy_is_found_by_dairy_even_when_its_words_are_not()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        await ReferenceData.EnsureAsync(db, []);
        await SearchIndexer.EnsureAsync(db);
        var text = "White House economic adviser Larry Kudlow said on Friday that it’s “m-i-l-k” that continues to block a deal.";
        var start = text.IndexOf("m-i-l-k", StringComparison.Ordinal);
        var extractor = new OneQuoteExtractor(new ExtractedQuote("m-i-l-k", start, start + 7, "Larry Kudlow", SpeakerKind.Person, true, null, ["dairy"]));
        await store.Ingestor(db, extractor).IngestAsync(new ArticleSource(text, "Kudlow on milk", new DateOnly(2018, 9, 7), DateKnowledge.Stated, "test"));

        var results = await new SearchService(db).SearchAsync("dairy", SearchKinds.Quote);

        var hit = Assert.Single(results.Hits);
        Assert.Equal("m-i-l-k", string.Concat(hit.Snippet.Select(s => s.Text)));
        Assert.Equal("Larry Kudlow", string.Concat(hit.Title.Select(s => s.Text)));
        Assert.StartsWith("/articles/", hit.Href);
        Assert.Contains("#q-", hit.Href);
        Assert.Single((await new SearchService(db).SearchAsync("m-i-l-k", SearchKinds.Quote)).Hits);
    }

    [Fact]
    public async Task A_new_article_is_searchable_as_soon_as_it_is_ingested()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var search = new SearchService(db);
        Assert.Empty((await search.SearchAsync("zamboni")).Hits);

        var outcome = await store.Ingestor(db).IngestAsync(new ArticleSource(
            "Negotiators discussed the zamboni tariff schedule late on Thursday in Ottawa.", "Zamboni talks",
            new DateOnly(2018, 9, 20), DateKnowledge.Stated, "test"));

        var hit = Assert.Single((await search.SearchAsync("zamboni")).Hits);
        Assert.Equal(SearchKinds.Article, hit.Kind);
        Assert.Equal($"/articles/{outcome.ArticleId}", hit.Href);
        Assert.Contains(hit.Snippet, s => s.Marked && s.Text == "zamboni");
        Assert.Empty((await search.SearchAsync("zamboni", asOf: new DateOnly(2018, 9, 19))).Hits);
    }

    [Fact]
    public async Task Evidence_spans_link_to_their_sentence_and_prefix_matching_works()
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var deadline = await db.Deadlines.SingleAsync(d => d.Due.Date == new DateOnly(2018, 10, 1));

        var results = await new SearchService(db).SearchAsync("Congr", SearchKinds.Deadline);

        var hit = Assert.Single(results.Hits, h => h.RefId == deadline.Id);
        Assert.Equal($"/articles/{deadline.ArticleId}#span-{deadline.Evidence.Start}-{deadline.Evidence.End}", hit.Href);
    }

    [Fact]
    public async Task An_article_left_out_of_the_index_is_indexed_when_the_store_is_next_opened()
    {
        using var store = await TestStore.SeededAsync();
        await using (var db = store.NewContext())
        {
            var id = await db.Articles.Where(a => a.Text.Contains("Chapter 19")).Select(a => a.Id).FirstAsync();
            await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE ArticleId = {id}");
        }
        await using (var db = store.NewContext())
        {
            var before = (await new SearchService(db).SearchAsync("dairy", SearchKinds.Article)).Hits.Count;
            await ReferenceData.EnsureAsync(db, []);
            Assert.Equal(before + 1, (await new SearchService(db).SearchAsync("dairy", SearchKinds.Article)).Hits.Count);
        }
    }

    [Fact]
    public async Task A_store_made_before_the_index_is_indexed_at_start_up()
    {
        using var store = await TestStore.SeededAsync();
        await using (var db = store.NewContext())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchEntries");
        await using (var db = store.NewContext())
        {
            Assert.Equal(0, (await new SearchService(db).SearchAsync("dairy")).Total);
            await SearchIndexer.EnsureAsync(db);
            Assert.NotEqual(0, (await new SearchService(db).SearchAsync("dairy")).Total);
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("dairy AND")]
    [InlineData("OR")]
    [InlineData("NEAR(")]
    [InlineData("(((")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("^")]
    [InlineData("col:dairy")]
    [InlineData("m-i-l-k")]
    [InlineData("Malmström")]
    public async Task Hostile_input_never_throws(string input)
    {
        using var store = await TestStore.SeededAsync();
        await using var db = store.NewContext();
        var results = await new SearchService(db).SearchAsync(input);
        Assert.True(results.Hits.Count > 0 || results.Message is not null);
    }

    private sealed class OneQuoteExtractor(ExtractedQuote quote) : IArticleExtractor
    {
        public ExtractionResult Extract(string text, DateOnly published) => new([quote], [], [], [], [], [], []);
    }
}
