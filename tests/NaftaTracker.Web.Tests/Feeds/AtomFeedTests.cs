using System.Net;
using System.Xml.Linq;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Feeds;

[Collection(WebAppCollection.Name)]
public class AtomFeedTests(TrackerAppFactory app)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XElement> GetFeedAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" }) Assert.NotNull(feed.Element(Atom + required));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).StartsWith("http://localhost/feed.atom"));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated", "author", "content", "summary" }) Assert.NotNull(entry.Element(Atom + required));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.Matches(@"Z$", entry.Element(Atom + "updated")!.Value);
            Assert.Equal("text", (string?)entry.Element(Atom + "content")!.Attribute("type"));
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && ((string)l.Attribute("href")!).StartsWith("http://localhost/articles/"));
        }
        return feed;
    }

    private static IReadOnlyList<XElement> Entries(XElement feed) => feed.Elements(Atom + "entry").ToList();

    [Fact]
    public async Task The_feed_has_quotes_and_events_newest_first_with_stable_ids()
    {
        var kudlow = await app.KudlowMilkAsync();
        var feed = await GetFeedAsync("/feed.atom");
        var entries = Entries(feed);

        var quote = Assert.Single(entries, e => e.Element(Atom + "id")!.Value == $"tag:naftatracker,2018:quote-{kudlow.QuoteId}");
        Assert.Equal("m-i-l-k", quote.Element(Atom + "content")!.Value);
        Assert.Equal("Larry Kudlow", quote.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal($"http://localhost/articles/{kudlow.ArticleId}#q-{kudlow.QuoteId}", quote.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(kudlow.SaidOn.ToString("yyyy-MM-dd") + "T00:00:00Z", quote.Element(Atom + "updated")!.Value);
        Assert.Contains(entries, e => e.Element(Atom + "id")!.Value.StartsWith("tag:naftatracker,2018:event-"));

        var dates = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(dates.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
    }

    [Fact]
    public async Task Negotiator_country_issue_and_asOf_filter_the_entries()
    {
        var kudlowQuote = await app.KudlowMilkAsync();
        var kudlowFeed = await GetFeedAsync("/feed.atom?negotiator=larry-kudlow");
        Assert.Contains(kudlowFeed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == "http://localhost/quotes?negotiator=larry-kudlow");
        var kudlow = Entries(kudlowFeed);
        Assert.NotEmpty(kudlow);
        Assert.All(kudlow, e => Assert.Equal("Larry Kudlow", e.Element(Atom + "author")!.Element(Atom + "name")!.Value));

        var two = Entries(await GetFeedAsync("/feed.atom?negotiator=larry-kudlow&negotiator=donald-trump"));
        Assert.Contains(two, e => e.Element(Atom + "author")!.Element(Atom + "name")!.Value == "Donald Trump");
        Assert.True(two.Count > kudlow.Count);

        var canada = Entries(await GetFeedAsync("/feed.atom?country=CA"));
        Assert.DoesNotContain(canada, e => e.Element(Atom + "id")!.Value.EndsWith($"quote-{kudlowQuote.QuoteId}"));

        var dairy = Entries(await GetFeedAsync("/feed.atom?issue=dairy"));
        Assert.Contains(dairy, e => e.Element(Atom + "id")!.Value.EndsWith($"quote-{kudlowQuote.QuoteId}"));
        Assert.DoesNotContain(dairy, e => e.Element(Atom + "title")!.Value.Contains("Oval Office"));

        var early = Entries(await GetFeedAsync("/feed.atom?asOf=2017-12"));
        Assert.NotEmpty(early);
        Assert.All(early, e => Assert.StartsWith("2017-", e.Element(Atom + "updated")!.Value));
    }

    [Theory]
    [InlineData("/feed.atom?negotiator=nobody-at-all")]
    [InlineData("/feed.atom?country=XX")]
    [InlineData("/feed.atom?issue=nope")]
    [InlineData("/feed.atom?asOf=2018-13-45")]
    public async Task Unknown_filters_are_a_400_problem(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
