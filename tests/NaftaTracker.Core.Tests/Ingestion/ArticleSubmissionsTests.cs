using Microsoft.EntityFrameworkCore;
using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Core.Tests.Ingestion;

public class ArticleSubmissionsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static async Task<(SubmissionResult Result, int Articles)> SubmitAsync(ArticleSubmission input)
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        var result = await new ArticleSubmissions(store.Ingestor(db), new FixedClock(Today)).SubmitAsync(input);
        return (result, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task A_pasted_html_page_is_stripped_to_text_and_titled_from_the_page()
    {
        const string html = "<html><head><title>Guajardo upbeat</title><script>var x = \"not a quote at all, really\";</script></head>"
            + "<body><p>\"We are closer than ever to a deal,\" Mexican Economy Minister Ildefonso Guajardo said on Friday.</p></body></html>";

        var (result, articles) = await SubmitAsync(new ArticleSubmission(html, "2018-03-02"));

        Assert.True(result.IsValid);
        Assert.Equal(IngestStatus.Added, result.Outcome!.Status);
        Assert.Equal(1, result.Outcome.Quotes);
        Assert.Equal(1, articles);
    }

    [Fact]
    public async Task The_title_defaults_to_the_first_line_and_the_date_evidence_says_where_it_came_from()
    {
        using var store = new TestStore();
        await using var db = store.NewContext();
        var submissions = new ArticleSubmissions(store.Ingestor(db), new FixedClock(Today));

        await submissions.SubmitAsync(new ArticleSubmission("Talks resume in Washington\n\nNegotiators met again.", " 2018-09-05 ", Url: "https://example.org/a?b=1"));

        var article = await db.Articles.SingleAsync();
        Assert.Equal("Talks resume in Washington", article.Title);
        Assert.Equal(new DateOnly(2018, 9, 5), article.PublishedOn);
        Assert.Equal("given in the add-article form on 2026-12-01", article.DateEvidence);
        Assert.Equal("https://example.org/a?b=1", article.Url);
    }

    [Fact]
    public async Task Text_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var (result, articles) = await SubmitAsync(new ArticleSubmission(new string('a', (int)ArticleFileReader.MaxBytes + 1), "2018-09-05"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Text", problem.Field);
        Assert.Contains("too large", problem.Message);
        Assert.Contains("2 MiB", problem.Message);
        Assert.Equal(0, articles);
    }

    [Fact]
    public async Task Binary_content_is_refused()
    {
        var (result, articles) = await SubmitAsync(new ArticleSubmission("PK\u0003\u0004\0\0\0binary", "2018-09-05"));

        Assert.Contains("looks binary", Assert.Single(result.Problems).Message);
        Assert.Equal(0, articles);
    }

    [Theory]
    [InlineData("2018-02-30", "Published", "is not a date")]
    [InlineData("1989-12-31", "Published", "between 1990-01-01 and today (2026-12-01)")]
    [InlineData("2026-12-02", "Published", "between 1990-01-01 and today (2026-12-01)")]
    public async Task Impossible_dates_are_refused(string published, string field, string message)
    {
        var (result, articles) = await SubmitAsync(new ArticleSubmission("Some text about NAFTA.", published));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(message, problem.Message);
        Assert.Equal(0, articles);
    }

    [Theory]
    [InlineData("ftp://example.org/a")]
    [InlineData("example.org/article")]
    public async Task Links_must_be_web_addresses(string url)
    {
        var (result, _) = await SubmitAsync(new ArticleSubmission("Some text about NAFTA.", "2018-09-05", Url: url));

        Assert.Equal("Url", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public async Task An_overlong_title_is_refused_with_its_length()
    {
        var (result, _) = await SubmitAsync(new ArticleSubmission("Some text.", "2018-09-05", Title: new string('t', 301)));

        Assert.Equal("Title is 301 characters long; the limit is 300.", Assert.Single(result.Problems).Message);
    }
}
