using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class IssueDetailPageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task Chapter_19_shows_each_partys_stance_with_its_evidence_and_source()
    {
        var page = await app.GetAsync("/issues/chapter-19");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Chapter 19 dispute panels", page.Document.QuerySelector("h1")!.TextContent.Trim());
        var canada = page.Document.QuerySelector(".party-card-ca")!;
        Assert.Contains("Wants to keep the Chapter 19 panels", canada.TextContent);
        Assert.Contains("Canada wants to keep", canada.QuerySelector("blockquote")!.TextContent);
        Assert.Matches(@"^/articles/\d+#span-\d+-\d+$", canada.QuerySelector("a.source-link")!.GetAttribute("href")!);
        Assert.Contains("Wants the Chapter 19 anti-dumping panels removed", page.Document.QuerySelector(".party-card-us")!.TextContent);
        Assert.Contains("No stance reported", page.Document.QuerySelector(".party-card-mx")!.TextContent);
    }

    [Fact]
    public async Task Dairy_lists_its_position_history_and_related_timeline_entries()
    {
        var page = await app.GetAsync("/issues/dairy");

        var history = page.Document.QuerySelectorAll("table.history tbody tr");
        Assert.Equal(2, history.Length);
        Assert.Contains("Kudlow says \"m-i-l-k\" is blocking a deal", page.Document.QuerySelector("ul.related")!.TextContent);
    }

    [Fact]
    public async Task Unknown_issue_key_is_a_404_naming_the_key()
    {
        var page = await app.GetAsync("/issues/softwood-lumber");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("No such issue", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("“softwood-lumber”", page.Main);
    }
}
