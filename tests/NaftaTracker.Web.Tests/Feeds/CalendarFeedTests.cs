using System.Net;
using System.Text;
using NaftaTracker.Feeds;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Feeds;

[Collection(WebAppCollection.Name)]
public class CalendarFeedTests(TrackerAppFactory app)
{
    private async Task<(HttpResponseMessage Response, ICalendarParser.Component Calendar)> GetAsync(string url)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, ICalendarParser.Parse(await response.Content.ReadAsByteArrayAsync()));
    }

    private static IEnumerable<ICalendarParser.Component> Events(ICalendarParser.Component calendar) => calendar.Children.Where(c => c.Name == "VEVENT");

    [Fact]
    public async Task The_calendar_is_valid_and_carries_the_Oct_1_2018_deadline_as_an_all_day_event()
    {
        var (response, calendar) = await GetAsync("/deadlines.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("GREGORIAN", calendar.Value("CALSCALE"));
        Assert.Equal("PUBLISH", calendar.Value("METHOD"));
        Assert.NotNull(calendar.Value("X-WR-CALNAME"));

        var oct1 = Assert.Single(Events(calendar), e => e.Value("SUMMARY")!.Contains("Agreed text to the U.S. Congress"));
        Assert.Equal("DATE", oct1["DTSTART"]!.Parameters["VALUE"]);
        Assert.Equal("20181001", oct1.Value("DTSTART"));
        Assert.Equal("20181002", oct1.Value("DTEND"));
        Assert.Matches(@"^deadline-\d+@naftatracker$", oct1.Value("UID"));
        Assert.Matches(@"^\d{8}T\d{6}Z$", oct1.Value("DTSTAMP"));
        var description = ICalendarParser.Unescape(oct1.Value("DESCRIPTION")!);
        Assert.Contains("Congress", description);
        Assert.Matches(@"http://localhost/articles/\d+#span-\d+-\d+", description);
        Assert.StartsWith("http://localhost/articles/", oct1.Value("URL"));
    }

    [Fact]
    public async Task A_month_precision_deadline_spans_its_month_and_says_so()
    {
        var (_, calendar) = await GetAsync("/deadlines.ics");

        var midterms = Assert.Single(Events(calendar), e => e.Value("SUMMARY")!.Contains("midterm"));
        Assert.Equal("20181101", midterms.Value("DTSTART"));
        Assert.Equal("20181201", midterms.Value("DTEND"));
        Assert.Contains("(month: November 2018", ICalendarParser.Unescape(midterms.Value("SUMMARY")!));
    }

    [Fact]
    public async Task Rounds_and_meetings_are_in_but_statements_and_threats_are_not()
    {
        var (_, calendar) = await GetAsync("/deadlines.ics");
        var summaries = Events(calendar).Select(e => ICalendarParser.Unescape(e.Value("SUMMARY")!)).ToList();

        Assert.Contains(summaries, s => s.StartsWith("Fourth of seven planned rounds"));
        Assert.Contains(summaries, s => s.StartsWith("Negotiating teams to meet again in Washington (month: December 2017"));
        Assert.DoesNotContain(summaries, s => s.Contains("threatens"));
        Assert.Equal(summaries.Count, Events(calendar).Select(e => e.Value("UID")).Distinct().Count());
    }

    [Fact]
    public async Task Country_keeps_that_partys_items_and_those_of_all_parties()
    {
        var (_, all) = await GetAsync("/deadlines.ics");
        var (_, ca) = await GetAsync("/deadlines.ics?country=CA");
        var (_, us) = await GetAsync("/deadlines.ics?country=us");

        var caSummaries = Events(ca).Select(e => e.Value("SUMMARY")!).ToList();
        Assert.DoesNotContain(caSummaries, s => s.Contains("midterm"));          // party US
        Assert.Contains(caSummaries, s => s.Contains("Congress"));               // no party: concerns all
        Assert.Contains(Events(us), e => e.Value("SUMMARY")!.Contains("midterm"));
        Assert.True(Events(ca).Count() < Events(all).Count());
    }

    [Fact]
    public async Task Issue_and_asOf_filter_the_calendar()
    {
        var (_, before) = await GetAsync("/deadlines.ics?asOf=2017-12-31");
        Assert.NotEmpty(Events(before));
        Assert.DoesNotContain(Events(before), e => e.Value("DTSTART")!.StartsWith("2018"));

        var (_, dairy) = await GetAsync("/deadlines.ics?issue=dairy");
        Assert.DoesNotContain(Events(dairy), e => e.Value("SUMMARY")!.Contains("midterm"));
    }

    [Theory]
    [InlineData("/deadlines.ics?country=ZZ", "Unknown country")]
    [InlineData("/deadlines.ics?issue=bananas", "Unknown issue")]
    [InlineData("/deadlines.ics?asOf=yesterday", "Malformed asOf")]
    public async Task Unknown_filters_are_a_400_problem(string url, string title)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public void The_writer_folds_on_utf8_boundaries_and_escapes_text()
    {
        var summary = "Malmström; tariffs, \"steel\" \\ aluminium\nnext line " + new string('é', 60) + " 🇨🇦 end";
        var text = ICalendarWriter.Write("Test", [new CalendarEvent("x@naftatracker", summary, new DateOnly(2018, 10, 1), new DateOnly(2018, 10, 2), summary, null, [])],
            new DateTimeOffset(2018, 9, 1, 12, 0, 0, TimeSpan.Zero));
        var calendar = ICalendarParser.Parse(Encoding.UTF8.GetBytes(text));

        var e = Assert.Single(calendar.Children);
        Assert.Equal(summary, ICalendarParser.Unescape(e.Value("SUMMARY")!));
        Assert.Contains(@"Malmström\; tariffs\,", e.Value("SUMMARY"));
        Assert.Equal("20180901T120000Z", e.Value("DTSTAMP"));
    }
}
