using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

namespace NaftaTracker.Issues;

/// <summary>Sticking points; <see cref="AsOf"/> counts only positions from articles published on or before it.</summary>
public sealed record IssueFilter(DateOnly? AsOf = null, IssueStatus? Status = null, bool OnlyWithPositions = false);

/// <summary>Flat position rows (history), e.g. for export.</summary>
public sealed record PositionFilter(string? Country = null, string? Issue = null, int? ArticleId = null, DateOnly? AsOf = null);

/// <summary>One party's stance on one issue as one article reports it.</summary>
public sealed record StanceView(
    int PositionId, string IssueKey, string IssueTitle, PartyRef Party, Stance Stance, string Summary,
    PartialDate StatedOn, int ArticleId, string ArticleTitle, DateOnly ArticlePublishedOn, EvidenceView Evidence);

/// <summary>An issue with each party's latest stance (as of the filter date).</summary>
public sealed record IssueSummary(string Key, string Title, string Description, IssueStatus Status, IReadOnlyList<StanceView> Current)
{
    public StanceView? StanceOf(string partyCode) => Current.FirstOrDefault(s => s.Party.Code == partyCode);
    public PartialDate? LastStated => Current.Count == 0 ? null : Current.Max(s => s.StatedOn);
}

public sealed record IssueDetail(
    IssueSummary Issue, IReadOnlyList<StanceView> History, IReadOnlyList<QuoteView> Quotes, IReadOnlyList<TimelineEntry> Related);
