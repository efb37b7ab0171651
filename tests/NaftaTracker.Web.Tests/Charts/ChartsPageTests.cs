using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NaftaTracker.Insights;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Charts;

[Collection(WebAppCollection.Name)]
public class ChartsPageTests(TrackerAppFactory app)
{
    private async Task<T> QueryAsync<T>(Func<ChartQueries, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChartQueries>());
    }

    private static void AssertAccessible(IElement figure)
    {
        var svg = figure.QuerySelector("svg")!;
        // An SVG whose marks are links is a group (role="img" would hide the links from assistive technology).
        Assert.Equal(svg.QuerySelector("a") is null ? "img" : "group", svg.GetAttribute("role"));
        foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' '))
            Assert.NotNull(figure.Owner!.GetElementById(id));
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(figure.QuerySelector("figcaption"));
        Assert.Equal("Data table", figure.QuerySelector("details > summary")!.TextContent);
        Assert.NotNull(figure.QuerySelector("details table"));
    }

    [Fact]
    public async Task The_bar_chart_shows_quotes_per_negotiator()
    {
        var expected = await QueryAsync(q => q.QuotesPerSpeakerAsync());
        var figure = (await app.GetAsync("/charts")).Document.GetElementById("chart-quotes")!;

        AssertAccessible(figure);
        var bars = figure.QuerySelectorAll("g.bar").Select(b => (b.GetAttribute("data-label")!, int.Parse(b.GetAttribute("data-value")!))).ToList();
        // Speakers without a party (a government or agency such as "Ottawa" or "Reuters") are labelled by name alone.
        Assert.Equal(expected.Select(s => (s.PartyCode is null ? s.Name : $"{s.Name} ({s.PartyCode})", s.Quotes)), bars);
        Assert.Contains(("Larry Kudlow (US)", expected.Single(s => s.Slug == "larry-kudlow").Quotes), bars);
        var rows = figure.QuerySelectorAll("details tbody tr").Select(r => (r.QuerySelector("th")!.TextContent.Trim(), int.Parse(r.QuerySelector("td")!.TextContent))).ToList();
        Assert.Equal(bars, rows);
    }

    [Fact]
    public async Task The_monthly_chart_has_a_panel_per_mentioned_issue_with_the_counts()
    {
        var expected = await QueryAsync(q => q.IssueMentionsByMonthAsync());
        var figure = (await app.GetAsync("/charts")).Document.GetElementById("chart-mentions")!;

        AssertAccessible(figure);
        Assert.Contains(expected, s => s.Key == "dairy" && s.Months.Single(m => m.Month == new DateOnly(2018, 9, 1)).Count >= 2);
        var panels = figure.QuerySelectorAll("g.panel");
        Assert.Equal(expected.Select(s => s.Key), panels.Select(p => p.GetAttribute("data-issue")));
        foreach (var series in expected)
        {
            var panel = panels.Single(p => p.GetAttribute("data-issue") == series.Key);
            var columns = panel.QuerySelectorAll("g.column").Select(c => (c.GetAttribute("data-month")!, int.Parse(c.GetAttribute("data-value")!)));
            Assert.Equal(series.Months.Select(m => (m.Month.ToString("yyyy-MM"), m.Count)), columns);
            var row = figure.QuerySelector($"details tr[data-issue={series.Key}]")!;
            Assert.Equal(series.Total.ToString(), row.QuerySelectorAll("td").Last().TextContent);
        }
    }

    [Fact]
    public async Task The_positions_matrix_shows_the_latest_stance_as_text_with_its_date()
    {
        var figure = (await app.GetAsync("/charts")).Document.GetElementById("chart-positions")!;

        AssertAccessible(figure);
        var cell = figure.QuerySelector("g.matrix-row[data-issue=chapter-19] .matrix-cell[data-party=US]")!;
        Assert.Equal("Demands", cell.GetAttribute("data-stance"));
        Assert.Contains("Demands", cell.TextContent);
        Assert.Contains("Sept. 11, 2018", cell.TextContent);
        Assert.Matches(@"^/articles/\d+#span-\d+-\d+$", cell.GetAttribute("href"));
        Assert.Contains("no position", figure.QuerySelector("g.matrix-row[data-issue=labour] .matrix-cell[data-party=US]")!.TextContent);
        Assert.Contains("Defends", figure.QuerySelector("details tr[data-issue=dairy] td[data-party=CA]")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_draws_rounds_events_and_deadlines_with_month_ticks_and_an_as_of_line()
    {
        var expected = await QueryAsync(q => q.TimelineAsync());
        var figure = (await app.GetAsync("/charts?asOf=2018-09-07")).Document.GetElementById("chart-timeline")!;
        var everything = (await app.GetAsync("/charts")).Document.GetElementById("chart-timeline")!;

        AssertAccessible(everything);
        Assert.Equal(expected.Count(i => i.Kind == TimelineItemKind.Round), everything.QuerySelectorAll("g.timeline-item.round rect.mark-round").Length);
        Assert.Equal(expected.Count(i => i.Kind == TimelineItemKind.Deadline), everything.QuerySelectorAll("g.timeline-item.deadline path.mark-deadline").Length);
        Assert.Equal(expected.Count(i => i.Kind == TimelineItemKind.Event), everything.QuerySelectorAll("g.timeline-item.event circle.mark-event").Length);
        Assert.Contains(everything.QuerySelectorAll("g.month-tick"), t => t.GetAttribute("data-month") == "2018-10");
        Assert.Contains("day unknown", everything.QuerySelector("g.timeline-item[data-date='2018-11']")!.TextContent);
        Assert.Null(everything.QuerySelector("g.as-of"));

        Assert.Equal("2018-09-07", figure.QuerySelector("g.as-of")!.GetAttribute("data-date"));
        // The vertical variant (shown on phones) has the same items and one as-of line, after the last item reported by then.
        Assert.Equal(figure.QuerySelectorAll("g.timeline-item").Length, figure.QuerySelectorAll("g.timeline-v-item").Length);
        var vAsOf = Assert.Single(figure.QuerySelectorAll("g.v-as-of"));
        Assert.Contains("Sept. 7, 2018", vAsOf.TextContent);
        Assert.Equal(everything.QuerySelectorAll("g.timeline-item").Length, everything.QuerySelectorAll("g.timeline-v-item").Length);
        Assert.Empty(everything.QuerySelectorAll("g.v-as-of"));
        Assert.DoesNotContain(figure.QuerySelectorAll("g.timeline-item"), i => i.TextContent.Contains("Freeland meets Lighthizer in Washington"));
    }

    [Fact]
    public async Task As_of_limits_every_chart_and_a_bad_date_is_a_400_page()
    {
        var expected = await QueryAsync(q => q.QuotesPerSpeakerAsync(new DateOnly(2017, 12, 31)));
        var doc = (await app.GetAsync("/charts?asOf=2017-12-31")).Document;
        var bars = doc.QuerySelectorAll("#chart-quotes g.bar").Select(b => int.Parse(b.GetAttribute("data-value")!)).ToList();
        Assert.Equal(expected.Select(s => s.Quotes), bars);
        Assert.DoesNotContain(doc.QuerySelectorAll("#chart-quotes g.bar"), b => b.GetAttribute("data-label")!.StartsWith("Larry Kudlow"));
        Assert.DoesNotContain(doc.QuerySelectorAll("#chart-mentions g.column"), c => c.GetAttribute("data-month")!.StartsWith("2018"));

        using var client = app.CreateClient();
        var response = await client.GetAsync("/charts?asOf=31/12/2017");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error-panel", await response.Content.ReadAsStringAsync());
    }
}
