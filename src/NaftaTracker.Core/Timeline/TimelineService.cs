using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Store;

namespace NaftaTracker.Timeline;

/// <summary>Rounds, meetings, statements, threats and deadlines in date order, relative to an as-of date.</summary>
public sealed class TimelineService(TrackerDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<TimelineView> GetAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        var asOf = filter.AsOf ?? Today;
        var entries = await ListAllAsync(filter with { AsOf = asOf }, ct);
        return new TimelineView(asOf, asOf == Today, entries, NowIndex(entries, asOf));
    }

    /// <summary>All matching entries in date order (no paging).</summary>
    public async Task<IReadOnlyList<TimelineEntry>> ListAllAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        var asOf = filter.AsOf ?? Today;
        var kinds = filter.Kinds is { Count: > 0 } k ? k.ToHashSet() : Enum.GetValues<TimelineKind>().ToHashSet();
        var entries = new List<TimelineEntry>();
        if (kinds.Contains(TimelineKind.Deadline)) entries.AddRange(await DeadlinesAsync(filter, asOf, ct));
        if (kinds.Count > (kinds.Contains(TimelineKind.Deadline) ? 1 : 0))
            entries.AddRange((await EventsAsync(filter, asOf, ct)).Where(e => kinds.Contains(e.Kind)));
        if (filter.Issue is { } issue)
            entries = entries.Where(e => MatchesIssue(e, issue)).ToList();
        if (filter.Negotiators is { Count: > 0 } people)
            entries = entries.Where(e => e.PersonSlug is not null && people.Contains(e.PersonSlug)).ToList();
        if (filter.Month is { } month)
            entries = entries.Where(e => MonthKey(e.On) == MonthKey(new PartialDate(month, DatePrecision.Month))).ToList();
        entries.Sort(Compare);
        return entries;
    }

    /// <summary>Tagged with the issue, or its evidence mentions it by one of the taxonomy's synonyms.</summary>
    public static bool MatchesIssue(TimelineEntry e, string issueKey) =>
        e.Issue?.Key == issueKey || IssueMentions.Mentions(e.Evidence.Text, issueKey);

    /// <summary>"2018-09" for day- and month-precision dates; null for a year-precision date (no month known).</summary>
    public static string? MonthKey(PartialDate date) =>
        date.Precision == DatePrecision.Year ? null : date.Date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Date order at each entry's precision: a month-precision entry sorts at its month's start, after day-precision
    /// entries of that same day; then deadlines before events, then by title.</summary>
    public static int Compare(TimelineEntry a, TimelineEntry b)
    {
        var byDate = a.On.CompareTo(b.On);
        if (byDate != 0) return byDate;
        var byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Title, b.Title);
    }

    /// <summary>Where the "now" marker goes: after every entry that starts on or before the as-of date.</summary>
    public static int NowIndex(IReadOnlyList<TimelineEntry> sorted, DateOnly asOf)
    {
        var i = 0;
        while (i < sorted.Count && sorted[i].On.Date <= asOf) i++;
        return i;
    }

    public static Countdown CountdownTo(PartialDate due, DateOnly asOf)
    {
        if (asOf > due.End) return new Countdown(Timing.Passed, null, "passed");
        if (due.Precision == DatePrecision.Day)
        {
            var days = due.Date.DayNumber - asOf.DayNumber;
            return days == 0
                ? new Countdown(Timing.Current, 0, "due today")
                : new Countdown(Timing.Upcoming, days, days == 1 ? "1 day remaining" : $"{days} days remaining");
        }
        var period = due.Precision == DatePrecision.Month ? "month" : "year";
        if (asOf >= due.Date) return new Countdown(Timing.Current, 0, $"this {period}");
        // Month/year precision: count to the period's start and say it loosely, never implying a known day.
        var toStart = due.Date.DayNumber - asOf.DayNumber;
        var text = toStart switch
        {
            1 => "starts tomorrow",
            < 14 => $"starts in {toStart} days",
            < 70 => $"starts in about {(int)Math.Round(toStart / 7.0)} weeks",
            _ => $"starts in about {(int)Math.Round(toStart / 30.44)} months",
        };
        return new Countdown(Timing.Upcoming, toStart, text);
    }

    private async Task<List<TimelineEntry>> DeadlinesAsync(TimelineFilter f, DateOnly asOf, CancellationToken ct)
    {
        var query = db.Deadlines.AsNoTracking().Where(d => d.Article!.PublishedOn <= asOf);
        if (f.Country is { } country) query = query.Where(d => d.Party != null && d.Party.Code == country);
        if (f.ArticleId is { } articleId) query = query.Where(d => d.ArticleId == articleId);
        var rows = await query.Select(d => new
        {
            d.Id, d.Label, Due = new PartialDate(d.Due.Date, d.Due.Precision),
            Party = d.Party == null ? null : new PartyRef(d.Party.Code, d.Party.Name),
            Issue = d.Issue == null ? null : new IssueTag(d.Issue.Key, d.Issue.Title),
            d.ArticleId, ArticleTitle = d.Article!.Title,
            Evidence = new EvidenceView(d.ArticleId, d.Evidence.Start, d.Evidence.End, d.Evidence.Text),
        }).ToListAsync(ct);
        return rows.Select(d => new TimelineEntry(
            $"deadline-{d.Id}", TimelineKind.Deadline, d.Label, d.Due, null, null, d.Party, null, null, d.Issue,
            d.ArticleId, d.ArticleTitle, d.Evidence, CountdownTo(d.Due, asOf))).ToList();
    }

    private async Task<List<TimelineEntry>> EventsAsync(TimelineFilter f, DateOnly asOf, CancellationToken ct)
    {
        var query = db.Events.AsNoTracking().Where(e => e.Article!.PublishedOn <= asOf);
        if (f.Country is { } country)
            query = query.Where(e => (e.Party != null && e.Party.Code == country)
                                     || (e.Person != null && e.Person.Party != null && e.Person.Party.Code == country));
        if (f.ArticleId is { } articleId) query = query.Where(e => e.ArticleId == articleId);
        var rows = await query.Select(e => new
        {
            e.Id, e.Kind, e.Title, On = new PartialDate(e.On.Date, e.On.Precision), e.EndsOn, e.RoundNumber,
            Party = e.Party != null ? new PartyRef(e.Party.Code, e.Party.Name)
                : e.Person != null && e.Person.Party != null ? new PartyRef(e.Person.Party.Code, e.Person.Party.Name) : null,
            PersonSlug = e.Person == null ? null : e.Person.Slug, PersonName = e.Person == null ? null : e.Person.Name,
            e.ArticleId, ArticleTitle = e.Article!.Title,
            Evidence = new EvidenceView(e.ArticleId, e.Evidence.Start, e.Evidence.End, e.Evidence.Text),
        }).ToListAsync(ct);
        return rows.Select(e => new TimelineEntry(
            $"event-{e.Id}", ToKind(e.Kind), e.Title, e.On, e.EndsOn, e.RoundNumber, e.Party, e.PersonSlug, e.PersonName, null,
            e.ArticleId, e.ArticleTitle, e.Evidence, null)).ToList();
    }

    private static TimelineKind ToKind(EventKind kind) => kind switch
    {
        EventKind.Round => TimelineKind.Round,
        EventKind.Meeting => TimelineKind.Meeting,
        EventKind.Statement => TimelineKind.Statement,
        _ => TimelineKind.Threat,
    };
}
