using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class TimelinePageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task As_of_Sept_12_2018_lists_Oct_1_before_Dec_1_with_days_remaining()
    {
        var page = await app.GetAsync("/timeline?asOf=2018-09-12");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var deadlines = page.Document.QuerySelectorAll("li.entry-deadline")
            .Select(li => (Date: li.QuerySelector(".entry-date")!.TextContent.Trim(), Countdown: li.QuerySelector(".countdown")!.TextContent.Trim()))
            .ToList();
        var oct1 = deadlines.FindIndex(d => d.Date == "Oct. 1, 2018");
        var dec1 = deadlines.FindIndex(d => d.Date == "Dec. 1, 2018");
        Assert.True(oct1 >= 0 && dec1 > oct1, $"Oct. 1 should come before Dec. 1: {string.Join(" | ", deadlines)}");
        Assert.Equal("19 days remaining", deadlines[oct1].Countdown);
        Assert.Equal("80 days remaining", deadlines[dec1].Countdown);
    }

    [Fact]
    public async Task The_as_of_marker_sits_between_past_and_upcoming_entries()
    {
        var page = await app.GetAsync("/timeline?asOf=2018-09-12");

        var items = page.Document.QuerySelectorAll("ol.timeline > li").ToList();
        var marker = items.FindIndex(li => li.ClassList.Contains("now-marker"));
        Assert.Contains("As of Sept. 12, 2018", items[marker].TextContent);
        var before = items.Take(marker).Where(li => li.ClassList.Contains("entry")).Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!);
        var after = items.Skip(marker).Where(li => li.ClassList.Contains("entry")).Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!);
        Assert.All(before, d => Assert.True(string.CompareOrdinal(d, "2018-09-12") <= 0, d));
        Assert.All(after, d => Assert.True(string.CompareOrdinal(d, "2018-09-12") > 0, d));
        Assert.NotEmpty(after);
    }

    [Fact]
    public async Task Month_precision_is_shown_as_a_month_never_as_a_day()
    {
        var page = await app.GetAsync("/timeline?asOf=2018-09-12");

        var midterms = page.Document.QuerySelectorAll("li.entry").Single(li => li.TextContent.Contains("US midterm elections"));
        Assert.Equal("November 2018", midterms.QuerySelector(".entry-date")!.TextContent.Trim());
        Assert.Equal("2018-11", midterms.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("days remaining", midterms.TextContent);
        Assert.DoesNotContain("Nov. 1", page.Text);
    }

    [Fact]
    public async Task By_default_the_as_of_date_is_today_so_2018_deadlines_have_passed()
    {
        var page = await app.GetAsync("/timeline");

        var countdowns = page.Document.QuerySelectorAll("li.entry-deadline .countdown").Select(c => c.TextContent.Trim()).ToList();
        Assert.NotEmpty(countdowns);
        Assert.All(countdowns, c => Assert.Equal("passed", c));
        Assert.Contains("today", page.Document.QuerySelector(".now-marker")!.TextContent);
    }

    [Fact]
    public async Task Kind_filter_keeps_only_the_chosen_kinds_and_keeps_them_checked()
    {
        var page = await app.GetAsync("/timeline?asOf=2018-09-12&kind=deadline&kind=round");

        var kinds = page.Document.QuerySelectorAll("li.entry").Select(li => li.ClassList.First(c => c.StartsWith("entry-") && c is not ("entry-past" or "entry-future"))).Distinct().Order();
        Assert.Equal(["entry-deadline", "entry-round"], kinds);
        Assert.True(page.Document.QuerySelector("#kind-round")!.HasAttribute("checked"));
        Assert.False(page.Document.QuerySelector("#kind-threat")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Every_entry_links_to_its_source_sentence()
    {
        var page = await app.GetAsync("/timeline");

        var entries = page.Document.QuerySelectorAll("li.entry");
        Assert.NotEmpty(entries);
        Assert.All(entries, li => Assert.Matches(@"^/articles/\d+#span-\d+-\d+$", li.QuerySelector("a.source-link")!.GetAttribute("href")!));
    }

    [Theory]
    [InlineData("2018-13-45")]
    [InlineData("yesterday")]
    [InlineData("12/09/2018")]
    public async Task Malformed_as_of_is_a_400_saying_what_was_wrong(string asOf)
    {
        var page = await app.GetAsync($"/timeline?asOf={Uri.EscapeDataString(asOf)}");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Invalid as-of date", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains($"“{asOf}”", page.Main);
        Assert.Contains("YYYY-MM-DD", page.Main);
    }

    [Fact]
    public async Task Unknown_kind_is_a_400()
    {
        var page = await app.GetAsync("/timeline?kind=party");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("deadline, round, meeting, statement, threat", page.Main);
    }
}
