using NaftaTracker.Domain;
using NaftaTracker.Queries;

namespace NaftaTracker.Timeline;

public enum TimelineKind { Deadline = 0, Round = 1, Meeting = 2, Statement = 3, Threat = 4 }

public enum Timing { Upcoming = 0, Current = 1, Passed = 2 }

/// <param name="Kinds">Empty or null: all kinds.</param>
/// <param name="Country">Party code of the entry's party or of its person's party.</param>
/// <param name="AsOf">Only entries from articles published on or before it; deadlines count down to it. Null: today.</param>
/// <param name="Negotiators">Person slugs; an entry matches when its person is any of them (deadlines have none).</param>
/// <param name="Month">First day of a month: only entries dated in that month (day or month precision).</param>
public sealed record TimelineFilter(
    IReadOnlyList<TimelineKind>? Kinds = null, string? Country = null, string? Issue = null, int? ArticleId = null, DateOnly? AsOf = null,
    IReadOnlyList<string>? Negotiators = null, DateOnly? Month = null);

/// <summary>How far a deadline is from the as-of date, in words that respect its precision.</summary>
public sealed record Countdown(Timing Timing, int? Days, string Text);

public sealed record TimelineEntry(
    string Id, TimelineKind Kind, string Title, PartialDate On, DateOnly? EndsOn, int? RoundNumber,
    PartyRef? Party, string? PersonSlug, string? PersonName, IssueTag? Issue,
    int ArticleId, string ArticleTitle, EvidenceView Evidence, Countdown? Countdown);

/// <param name="NowIndex">Entries before this index are on or before <see cref="AsOf"/>; the "now" marker goes here.</param>
public sealed record TimelineView(DateOnly AsOf, bool AsOfIsToday, IReadOnlyList<TimelineEntry> Entries, int NowIndex)
{
    public TimelineEntry? NextDeadline => Entries.FirstOrDefault(e => e.Countdown is { Timing: not Timing.Passed });
}
