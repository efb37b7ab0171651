using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class OverviewPageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task As_of_Sept_12_2018_the_next_deadline_is_Oct_1_with_19_days_remaining()
    {
        var page = await app.GetAsync("/?asOf=2018-09-12");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var next = page.Document.QuerySelector(".next-deadline")!;
        Assert.Contains("Agreed text to the U.S. Congress", next.TextContent);
        Assert.Contains("Oct. 1, 2018", next.TextContent);
        Assert.Equal("19 days remaining", next.QuerySelector(".countdown")!.TextContent.Trim());
    }

    [Fact]
    public async Task Shows_counts_and_open_sticking_points_with_each_partys_stance()
    {
        var page = await app.GetAsync("/");

        var counts = page.Document.QuerySelectorAll(".counts li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("5 articles", counts);
        var timeline = await app.GetAsync("/timeline?kind=deadline");
        Assert.Contains($"{timeline.Document.QuerySelectorAll("li.entry-deadline").Length} deadlines", counts);
        var dairy = page.Document.QuerySelectorAll(".issue-row").Single(r => r.TextContent.Contains("Dairy market access"));
        Assert.Contains("Demands", dairy.TextContent);
        Assert.Contains("Defends", dairy.TextContent);
        Assert.Contains("No upcoming deadline", page.Document.QuerySelector(".next-deadline")!.TextContent);
    }

    [Fact]
    public async Task Nav_marks_the_current_page()
    {
        var page = await app.GetAsync("/timeline");

        var active = page.Document.QuerySelectorAll("nav[aria-label=Main] a.active").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Timeline"], active);
    }
}
