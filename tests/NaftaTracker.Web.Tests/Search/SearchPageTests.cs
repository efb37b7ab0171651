using System.Net;
using AngleSharp.Html.Parser;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Search;

[Collection(WebAppCollection.Name)]
public class SearchPageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task Dairy_finds_the_dairy_issue_and_the_m_i_l_k_quote_with_links_to_their_sources()
    {
        var doc = (await app.GetAsync("/search?q=dairy")).Document;

        var hits = doc.QuerySelectorAll("li.search-hit");
        var issue = Assert.Single(hits, h => h.GetAttribute("data-kind") == "issue");
        Assert.Equal("/issues/dairy", issue.QuerySelector("a.hit-title")!.GetAttribute("href"));
        Assert.Equal("Dairy", issue.QuerySelector("a.hit-title mark")!.TextContent);

        var kudlow = await app.KudlowMilkAsync();
        var quote = Assert.Single(hits, h => h.GetAttribute("data-kind") == "quote" && h.QuerySelector(".hit-snippet")!.TextContent.Contains("m-i-l-k"));
        Assert.Equal($"/articles/{kudlow.ArticleId}#q-{kudlow.QuoteId}", quote.QuerySelector("a.hit-title")!.GetAttribute("href"));
        Assert.Contains("Larry Kudlow", quote.QuerySelector("a.hit-title")!.TextContent);
        Assert.Contains("Dairy market access", quote.QuerySelector(".hit-tags")!.TextContent);

        var facets = doc.QuerySelectorAll(".search-facets a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/search?q=dairy&kind=quote", facets);
        Assert.Contains("/search?q=dairy&kind=issue", facets);
    }

    [Fact]
    public async Task A_kind_facet_keeps_the_query_and_narrows_the_results()
    {
        var doc = (await app.GetAsync("/search?q=dairy&kind=issue")).Document;

        Assert.All(doc.QuerySelectorAll("li.search-hit"), h => Assert.Equal("issue", h.GetAttribute("data-kind")));
        Assert.Equal("page", doc.QuerySelector(".search-facets a.active")!.GetAttribute("aria-current"));
        Assert.Equal("dairy", doc.QuerySelector("#search-q")!.GetAttribute("value"));
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
    [InlineData("dairy\" OR \"x")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("")]
    public async Task Hostile_input_gives_results_or_a_message_never_an_error(string input)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(input));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.True(doc.QuerySelectorAll("li.search-hit").Length > 0 || doc.QuerySelector(".search-message") is not null);
        Assert.Null(doc.QuerySelector("main script"));
    }

    [Fact]
    public async Task A_kind_with_no_hits_says_so()
    {
        var doc = (await app.GetAsync("/search?q=dairy&kind=deadline")).Document;
        Assert.Empty(doc.QuerySelectorAll("li.search-hit"));
        Assert.Contains("No deadlines match", doc.QuerySelector(".search-message")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll(".search-facets a"));
    }

    [Fact]
    public async Task Quote_hits_show_their_issue_tags()
    {
        var doc = (await app.GetAsync("/search?q=dairy&kind=quote")).Document;
        Assert.All(doc.QuerySelectorAll("li.search-hit"), h => Assert.Contains("Dairy market access", h.QuerySelector(".hit-tags")!.TextContent));
    }

    [Fact]
    public async Task Very_long_input_is_capped_not_rejected()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("dairy ", 2000))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("(((")]
    public async Task No_usable_word_says_to_type_one(string input)
    {
        var doc = (await app.GetAsync("/search?q=" + Uri.EscapeDataString(input))).Document;
        Assert.Equal("Type a word to search.", doc.QuerySelector(".search-message")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unicode_input_matches_without_diacritics()
    {
        var doc = (await app.GetAsync("/search?q=" + Uri.EscapeDataString("Malmström"))).Document;
        Assert.NotEmpty(doc.QuerySelectorAll("li.search-hit"));
    }

    [Fact]
    public async Task As_of_hides_later_articles_and_a_bad_date_is_a_400_page()
    {
        var doc = (await app.GetAsync("/search?q=milk&asOf=2018-09-09")).Document;
        Assert.DoesNotContain(doc.QuerySelectorAll("li.search-hit"), h => h.TextContent.Contains("m-i-l-k") && h.GetAttribute("data-kind") == "quote");

        using var client = app.CreateClient();
        var response = await client.GetAsync("/search?q=milk&asOf=soon");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a date", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_header_has_a_search_form_on_every_page()
    {
        var doc = (await app.GetAsync("/")).Document;
        var form = doc.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Contains(doc.QuerySelectorAll("nav[aria-label=Main] a"), a => a.GetAttribute("href") == "/charts");
        Assert.Contains(doc.QuerySelectorAll("nav[aria-label=Main] a"), a => a.GetAttribute("href") == "/search");
    }
}
