using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class IssuesPageTests(TrackerAppFactory app)
{
    [Theory]
    [InlineData("CA")]
    [InlineData("ca")]
    public async Task Country_CA_shows_Canadas_stance_on_dairy_and_chapter_19_with_evidence(string code)
    {
        var page = await app.GetAsync($"/issues?country={code}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var dairy = page.Document.QuerySelector("#issue-dairy td[data-party=CA]")!;
        Assert.Contains("Defends", dairy.QuerySelector(".stance-chip")!.TextContent);
        Assert.Contains("defend the country’s dairy industry", dairy.QuerySelector("blockquote")!.TextContent);

        var chapter19 = page.Document.QuerySelector("#issue-chapter-19 td[data-party=CA]")!;
        Assert.Contains("Defends", chapter19.QuerySelector(".stance-chip")!.TextContent);
        var evidence = chapter19.QuerySelector("blockquote")!.TextContent;
        Assert.Contains("which the U.S. wants to remove and Canada wants to keep", evidence);
        var source = chapter19.QuerySelector("a.source-link")!.GetAttribute("href")!;
        Assert.Matches(@"^/articles/\d+#span-\d+-\d+$", source);
    }

    [Fact]
    public async Task Highlighted_party_is_shown_side_by_side_with_the_others()
    {
        var page = await app.GetAsync("/issues?country=CA");

        var headers = page.Document.QuerySelectorAll("table.issue-matrix thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Issue", "CA Canada", "US United States", "MX Mexico"], headers);
        var usChapter19 = page.Document.QuerySelector("#issue-chapter-19 td[data-party=US]")!;
        Assert.Contains("Demands", usChapter19.TextContent);
        Assert.Null(usChapter19.QuerySelector("blockquote"));
    }

    [Fact]
    public async Task Without_a_country_every_issue_shows_all_three_parties()
    {
        var page = await app.GetAsync("/issues");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rules = page.Document.QuerySelector("#issue-rules-of-origin")!;
        Assert.Equal(["US", "CA", "MX"], rules.QuerySelectorAll("td").Select(td => td.GetAttribute("data-party")!).ToList());
        Assert.Contains("No stance reported", page.Document.QuerySelector("#issue-labour td[data-party=US]")!.TextContent);
    }

    [Fact]
    public async Task As_of_before_a_position_was_reported_hides_it()
    {
        var page = await app.GetAsync("/issues?asOf=2017-12-31");

        Assert.Contains("No stance reported", page.Document.QuerySelector("#issue-dairy td[data-party=CA]")!.TextContent);
        Assert.Contains("Demands", page.Document.QuerySelector("#issue-rules-of-origin td[data-party=US]")!.TextContent);
    }

    [Fact]
    public async Task Unknown_country_is_a_400_listing_the_valid_codes()
    {
        var page = await app.GetAsync("/issues?country=XX");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Unknown country", page.Document.QuerySelector("h1")!.TextContent);
        var message = page.Document.QuerySelector(".error-message")!.TextContent;
        Assert.Contains("“XX”", message);
        Assert.Contains("US, CA, MX", message);
        Assert.Null(page.Document.QuerySelector("table"));
    }
}
