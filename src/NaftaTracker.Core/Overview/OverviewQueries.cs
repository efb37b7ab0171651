using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Issues;
using NaftaTracker.Quotes;
using NaftaTracker.Store;
using NaftaTracker.Timeline;

namespace NaftaTracker.Overview;

/// <param name="AsOf">The state of the talks as it stood then; null: today.</param>
public sealed record OverviewFilter(DateOnly? AsOf = null);

public sealed record TrackerCounts(int Articles, int Quotes, int People, int Deadlines, int Events, int Issues);

public sealed record TalksOverview(
    DateOnly AsOf, bool AsOfIsToday, TrackerCounts Counts, IReadOnlyList<IssueSummary> OpenIssues,
    TimelineEntry? NextDeadline, TimelineEntry? LastDeadline, IReadOnlyList<QuoteView> LatestQuotes, IReadOnlyList<TimelineEntry> LatestEvents);

public sealed class OverviewQueries(TrackerDbContext db, IssueQueries issues, QuoteQueries quotes, TimelineService timeline)
{
    public async Task<TalksOverview> GetAsync(OverviewFilter filter, CancellationToken ct = default)
    {
        var view = await timeline.GetAsync(new TimelineFilter(AsOf: filter.AsOf), ct);
        var asOf = view.AsOf;
        var open = (await issues.ListAsync(new IssueFilter(AsOf: asOf, OnlyWithPositions: true), ct))
            .Where(i => i.Status != IssueStatus.Resolved).ToList();
        var latestQuotes = (await quotes.ListPageAsync(new QuoteFilter(AsOf: asOf, Sort: QuoteSort.Newest, PageSize: 4), ct)).Items;
        var past = view.Entries.Take(view.NowIndex).ToList();
        var latestEvents = past.Where(e => e.Kind is not TimelineKind.Deadline).Reverse().Take(4).ToList();
        var lastDeadline = past.LastOrDefault(e => e.Kind == TimelineKind.Deadline);

        var counts = new TrackerCounts(
            await db.Articles.CountAsync(a => a.PublishedOn <= asOf, ct),
            await db.Quotes.CountAsync(q => q.Article!.PublishedOn <= asOf, ct),
            await db.People.CountAsync(p => p.Quotes.Any(q => q.Article!.PublishedOn <= asOf), ct),
            view.Entries.Count(e => e.Kind == TimelineKind.Deadline),
            view.Entries.Count(e => e.Kind != TimelineKind.Deadline),
            await db.Issues.CountAsync(i => i.Positions.Any(p => p.Article!.PublishedOn <= asOf), ct));
        return new TalksOverview(asOf, view.AsOfIsToday, counts, open, view.NextDeadline, lastDeadline, latestQuotes, latestEvents);
    }
}
