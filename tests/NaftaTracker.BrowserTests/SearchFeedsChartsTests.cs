using System.Text;
using Microsoft.Playwright;
using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public class SearchFeedsChartsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Searching_from_the_header_finds_the_dairy_issue()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.FillAsync("#header-q", "dairy");
        await page.Locator("header form[role=search] button").ClickAsync();
        await page.WaitForURLAsync("**/search?q=dairy");

        var issue = page.Locator("li.search-hit[data-kind=issue] a.hit-title");
        Assert.Equal("/issues/dairy", await issue.GetAttributeAsync("href"));
        Assert.Equal("Dairy", await issue.Locator("mark").InnerTextAsync());
        Assert.True(await page.Locator(".search-facets a").CountAsync() >= 2);
        await BrowserFixture.ScreenshotAsync(page, "search-dairy");

        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("((( * ^ \""));
        Assert.Equal("Type a word to search.", (await page.Locator(".search-message").InnerTextAsync()).Trim());

        var phone = await fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/search?q=m-i-l-k");
        Assert.True(await phone.Locator("li.search-hit[data-kind=quote]").CountAsync() >= 1);
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 400, "no sideways scrolling on a phone");
        await BrowserFixture.ScreenshotAsync(phone, "search-phone");
    }

    [Fact]
    public async Task The_calendar_link_gives_a_valid_calendar_with_the_Oct_1_deadline()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/charts");
        var href = await page.Locator("a.ics-link").GetAttributeAsync("href");

        var response = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"]);
        var text = Encoding.UTF8.GetString(await response.BodyAsync());

        var physical = text.TrimEnd('\r', '\n').Split("\r\n");
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75 && !l.Contains('\n')));
        var lines = new List<string>();
        foreach (var l in physical) { if (l.StartsWith(' ')) lines[^1] += l[1..]; else lines.Add(l); }
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
        Assert.Contains("DTSTART;VALUE=DATE:20181001", lines);
    }

    [Fact]
    public async Task The_charts_render_as_visible_svg()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/charts?asOf=2018-09-11");
        Assert.Equal(200, response!.Status);

        foreach (var id in new[] { "chart-timeline", "chart-mentions", "chart-positions" })
        {
            var svgs = await page.Locator($"#{id} svg:is([role=img],[role=group]):visible").AllAsync();
            Assert.NotEmpty(svgs);
            foreach (var svg in svgs)
            {
                var box = await svg.BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box!.Width > 100 && box.Height > 50, $"{id} svg is {box.Width}x{box.Height}");
            }
        }
        Assert.True(await page.Locator("#chart-timeline g.timeline-item").CountAsync() > 5);
        Assert.Equal(1, await page.Locator("#chart-timeline g.as-of:visible").CountAsync());
        var diamond = await page.Locator("#chart-timeline path.mark-deadline").First.BoundingBoxAsync();
        Assert.True(diamond!.Width > 5);
        await BrowserFixture.ScreenshotAsync(page, "charts");

        await page.Locator("#chart-positions details summary").ClickAsync();
        Assert.True(await page.Locator("#chart-positions details table").IsVisibleAsync());

        var phone = await fixture.NewPageAsync(390, 844);
        await phone.GotoAsync("/charts");
        // On a phone the timeline switches to its vertical variant: every item readable without scrolling sideways.
        Assert.False(await phone.Locator("#chart-timeline .timeline-h").IsVisibleAsync());
        var vertical = await phone.Locator("#chart-timeline .timeline-v svg").BoundingBoxAsync();
        Assert.True(vertical!.Width > 300 && vertical.Height > 300);
        Assert.Equal(await phone.Locator("#chart-timeline g.timeline-item").CountAsync(), await phone.Locator("#chart-timeline g.timeline-v-item").CountAsync());
        var label = await phone.Locator("#chart-timeline g.timeline-v-item .timeline-label").First.BoundingBoxAsync();
        Assert.True(label!.X >= 0 && label.X + label.Width <= 390, "labels fit the screen");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 400, "the page itself does not overflow");
        await BrowserFixture.ScreenshotAsync(phone, "charts-phone");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
        await phone.Locator("#chart-timeline").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "timeline-chart-phone.png") });
    }

    [Fact]
    public async Task The_timeline_page_shows_the_chart_above_the_list()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/timeline?asOf=2018-09-11");

        var box = await page.Locator("#timeline-chart .timeline-h svg").BoundingBoxAsync();
        Assert.True(box!.Width > 300 && box.Height > 100);
        var list = await page.Locator("ol.timeline").BoundingBoxAsync();
        Assert.True(box.Y < list!.Y, "the chart comes before the list");
        Assert.Equal(await page.Locator("ol.timeline li.entry").CountAsync(), await page.Locator("#timeline-chart g.timeline-item").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "timeline-with-chart");
    }
}
