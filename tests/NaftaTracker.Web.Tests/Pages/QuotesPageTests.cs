using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class QuotesPageTests(TrackerAppFactory app)
{
    // Needs the real extractor (quotes come only from extraction, not from curation).
    [Fact]
    public async Task Negotiator_filter_shows_Freelands_quotes_and_nobody_elses()
    {
        var page = await app.GetAsync("/quotes?negotiator=chrystia-freeland");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cards = page.Document.QuerySelectorAll("article.quote-card");
        Assert.Contains(cards, c => c.QuerySelector(".quote-text")!.TextContent.Contains(
            "It is a truism of trade negotiations that nothing is done until everything is done."));
        Assert.All(cards, c => Assert.Equal("Chrystia Freeland", c.QuerySelector(".quote-speaker")!.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/quotes?negotiator=chrystia-freeland&negotiator=larry-kudlow&country=&issue=&article=&type=&sort=newest&asOf=")]
    [InlineData("/issues?country=&asOf=")]
    [InlineData("/timeline?kind=deadline&country=&asOf=")]
    [InlineData("/people?country=&asOf=")]
    public async Task A_form_submitted_with_blank_fields_means_no_filter(string url)
    {
        // What a browser sends when the user leaves the other fields alone.
        var page = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector(".error-panel"));
    }

    [Fact]
    public async Task Quote_cards_link_to_their_sentence_and_the_speakers_other_quotes()
    {
        var page = await app.GetAsync("/quotes");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var card in page.Document.QuerySelectorAll("article.quote-card"))
        {
            Assert.Matches(@"^/articles/\d+#q-\d+$", card.QuerySelector("a.source-link")!.GetAttribute("href")!);
            Assert.NotNull(card.QuerySelector("time[datetime]"));
        }
        Assert.Matches(@"^\d+ quotes?", page.Document.QuerySelector(".result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unknown_negotiator_is_a_404_pointing_to_people()
    {
        var page = await app.GetAsync("/quotes?negotiator=chrystia-freeland&negotiator=john-doe");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("No such negotiator", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("“john-doe”", page.Main);
        Assert.DoesNotContain("“chrystia-freeland”", page.Main);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/people']"));
        Assert.Empty(page.Document.QuerySelectorAll("article.quote-card"));
    }

    [Fact]
    public async Task Unknown_country_is_a_400()
    {
        var page = await app.GetAsync("/quotes?country=Narnia");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Unknown country", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Valid codes: US, CA, MX", page.Main);
    }

    [Theory]
    [InlineData("/quotes?asOf=2018-02-30", "Invalid as-of date")]
    [InlineData("/quotes?issue=softwood", "Unknown issue")]
    [InlineData("/quotes?type=rumour", "Unknown quote type")]
    [InlineData("/quotes?article=first", "Invalid article")]
    public async Task Other_bad_filters_are_a_400_saying_what_was_wrong(string url, string title)
    {
        var page = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(title, page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Filters_are_kept_in_the_form_so_a_link_reproduces_the_view()
    {
        var page = await app.GetAsync("/quotes?country=ca&issue=dairy&type=direct&sort=oldest");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("get", page.Document.QuerySelector("form.filter-form")!.GetAttribute("method"));
        Assert.Equal("CA", page.Document.QuerySelector("#country option[selected]")!.GetAttribute("value"));
        Assert.Equal("dairy", page.Document.QuerySelector("#issue option[selected]")!.GetAttribute("value"));
        Assert.Equal("direct", page.Document.QuerySelector("#type option[selected]")!.GetAttribute("value"));
        Assert.Equal("oldest", page.Document.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }
}
