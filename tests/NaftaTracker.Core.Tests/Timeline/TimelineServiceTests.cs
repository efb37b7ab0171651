using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Store;
using NaftaTracker.Timeline;

namespace NaftaTracker.Core.Tests.Timeline;

public sealed class TimelineServiceTests : IDisposable
{
    private static readonly DateOnly Sept12 = new(2018, 9, 12);
    private readonly TestStore _store = new();
    private readonly TrackerDbContext _db;

    public TimelineServiceTests()
    {
        _db = _store.NewContext();
        var early = Article("early", new DateOnly(2017, 11, 21));
        var late = Article("late", new DateOnly(2018, 9, 7));
        _db.Deadlines.AddRange(
            Deadline(late, "Text to Congress", PartialDate.Day(2018, 10, 1)),
            Deadline(late, "Deal by December", PartialDate.Day(2018, 12, 1)),
            Deadline(late, "Midterms", PartialDate.Month(2018, 11)),
            Deadline(early, "Year-end goal", PartialDate.Year(2017)));
        _db.Events.AddRange(
            Event(early, EventKind.Round, "Fifth round ends", PartialDate.Day(2017, 11, 21)),
            Event(early, EventKind.Meeting, "Teams meet next month", PartialDate.Month(2017, 12)),
            Event(late, EventKind.Threat, "Trump threatens", PartialDate.Day(2018, 9, 7)),
            Event(late, EventKind.Meeting, "Meeting on the first", PartialDate.Day(2018, 11, 1)));
        _db.SaveChanges();
    }

    private TimelineService Service(DateOnly today) => new(_store.NewContext(), new FixedClock(today));

    [Fact]
    public async Task Entries_are_in_date_order_at_their_precision()
    {
        var view = await Service(new DateOnly(2026, 11, 22)).GetAsync(new TimelineFilter());

        Assert.Equal(
            ["Year-end goal", "Fifth round ends", "Teams meet next month", "Trump threatens", "Text to Congress",
             "Meeting on the first", "Midterms", "Deal by December"],
            view.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task As_of_counts_days_to_day_precision_deadlines_and_marks_the_rest_passed()
    {
        var view = await Service(new DateOnly(2026, 11, 22)).GetAsync(new TimelineFilter(AsOf: Sept12));

        var countdowns = view.Entries.Where(e => e.Kind == TimelineKind.Deadline).ToDictionary(e => e.Title, e => e.Countdown!);
        Assert.Equal((Timing.Upcoming, 19, "19 days remaining"), (countdowns["Text to Congress"].Timing, countdowns["Text to Congress"].Days, countdowns["Text to Congress"].Text));
        Assert.Equal("80 days remaining", countdowns["Deal by December"].Text);
        Assert.Equal(Timing.Passed, countdowns["Year-end goal"].Timing);
        Assert.False(view.AsOfIsToday);
    }

    [Fact]
    public async Task The_now_marker_goes_after_everything_on_or_before_the_as_of_date()
    {
        var view = await Service(new DateOnly(2026, 11, 22)).GetAsync(new TimelineFilter(AsOf: Sept12));

        Assert.Equal("Trump threatens", view.Entries[view.NowIndex - 1].Title);
        Assert.Equal("Text to Congress", view.Entries[view.NowIndex].Title);
        Assert.Equal("Text to Congress", view.NextDeadline!.Title);
    }

    [Fact]
    public async Task Default_as_of_is_today_from_the_clock()
    {
        var view = await Service(new DateOnly(2026, 11, 22)).GetAsync(new TimelineFilter());

        Assert.Equal(new DateOnly(2026, 11, 22), view.AsOf);
        Assert.True(view.AsOfIsToday);
        Assert.Equal(view.Entries.Count, view.NowIndex);
        Assert.All(view.Entries.Where(e => e.Kind == TimelineKind.Deadline), e => Assert.Equal("passed", e.Countdown!.Text));
    }

    [Fact]
    public async Task As_of_leaves_out_facts_from_articles_published_later()
    {
        var entries = await Service(Sept12).ListAllAsync(new TimelineFilter(AsOf: new DateOnly(2018, 1, 1)));

        Assert.Equal(["Year-end goal", "Fifth round ends", "Teams meet next month"], entries.Select(e => e.Title));
    }

    [Fact]
    public async Task Kind_filter_keeps_only_those_kinds()
    {
        var entries = await Service(Sept12).ListAllAsync(new TimelineFilter(Kinds: [TimelineKind.Meeting]));

        Assert.Equal(["Teams meet next month", "Meeting on the first"], entries.Select(e => e.Title));
    }

    [Fact]
    public void Month_precision_counts_loosely_to_the_months_start_and_never_names_a_day()
    {
        var november = PartialDate.Month(2018, 11);

        Assert.Equal("starts in about 7 weeks", TimelineService.CountdownTo(november, Sept12).Text);
        Assert.Equal("starts in 10 days", TimelineService.CountdownTo(november, new DateOnly(2018, 10, 22)).Text);
        Assert.Equal("this month", TimelineService.CountdownTo(november, new DateOnly(2018, 11, 30)).Text);
        Assert.Equal("passed", TimelineService.CountdownTo(november, new DateOnly(2018, 12, 1)).Text);
        Assert.Equal("November 2018", DateText.Format(november));
    }

    [Theory]
    [InlineData("2018-10-01", "2018-10-01", "due today")]
    [InlineData("2018-10-01", "2018-09-30", "1 day remaining")]
    [InlineData("2018-10-01", "2018-10-02", "passed")]
    [InlineData("2018-12-01", "2018-09-12", "80 days remaining")]
    public void Day_precision_counts_exact_days(string due, string asOf, string expected) =>
        Assert.Equal(expected, TimelineService.CountdownTo(new PartialDate(DateOnly.Parse(due), DatePrecision.Day), DateOnly.Parse(asOf)).Text);

    [Fact]
    public async Task Seeded_store_as_of_Sept_12_2018_has_Oct_1_then_Dec_1()
    {
        using var store = await TestStore.SeededAsync();
        var view = await new TimelineService(store.NewContext(), new FixedClock(new DateOnly(2026, 11, 22)))
            .GetAsync(new TimelineFilter(Kinds: [TimelineKind.Deadline], AsOf: Sept12));

        var upcoming = view.Entries.Skip(view.NowIndex).Where(e => e.On.Precision == DatePrecision.Day).ToList();
        Assert.Equal(new DateOnly(2018, 10, 1), upcoming[0].On.Date);
        Assert.Equal("19 days remaining", upcoming[0].Countdown!.Text);
        var dec1 = upcoming.First(e => e.On.Date == new DateOnly(2018, 12, 1));
        Assert.Equal("80 days remaining", dec1.Countdown!.Text);
        Assert.True(upcoming.IndexOf(dec1) > 0);
    }

    private Article Article(string title, DateOnly published)
    {
        var article = new Article { Title = title, PublishedOn = published, Text = new string('x', 200), ContentHash = title };
        _db.Articles.Add(article);
        return article;
    }

    private static Deadline Deadline(Article article, string label, PartialDate due) =>
        new() { Article = article, Label = label, Due = due, Evidence = new Evidence { Start = 0, End = 10, Text = "xxxxxxxxxx" } };

    private static Event Event(Article article, EventKind kind, string title, PartialDate on) =>
        new() { Article = article, Kind = kind, Title = title, On = on, Evidence = new Evidence { Start = 10, End = 20, Text = "xxxxxxxxxx" } };

    public void Dispose()
    {
        _db.Dispose();
        _store.Dispose();
    }
}
