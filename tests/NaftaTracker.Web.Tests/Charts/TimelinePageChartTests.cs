using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Charts;

[Collection(WebAppCollection.Name)]
public class TimelinePageChartTests(TrackerAppFactory app)
{
    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?kind=deadline")]
    [InlineData("/timeline?country=CA&asOf=2018-09-11")]
    public async Task The_timeline_page_draws_the_entries_it_lists(string url)
    {
        var doc = (await app.GetAsync(url)).Document;

        var entries = doc.QuerySelectorAll("ol.timeline li.entry");
        var marks = doc.QuerySelectorAll("#timeline-chart g.timeline-item");
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Length, marks.Length);
        Assert.Equal("group", doc.QuerySelector("#timeline-chart svg")!.GetAttribute("role"));
        if (url.Contains("kind=deadline")) Assert.All(marks, m => Assert.Equal("Deadline", m.GetAttribute("data-kind")));
        if (url.Contains("asOf=2018-09-11")) Assert.Equal("2018-09-11", doc.QuerySelector("#timeline-chart g.as-of")!.GetAttribute("data-date"));
    }
}
