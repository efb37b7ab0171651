using NaftaTracker.Domain;

namespace NaftaTracker.Ingestion;

/// <summary>Hand-curated facts about one article, already checked to be verbatim spans of it.</summary>
public sealed record CuratedFacts(
    IReadOnlyList<CuratedPosition> Positions,
    IReadOnlyList<CuratedDeadline> Deadlines,
    IReadOnlyList<CuratedEvent> Events)
{
    public static readonly CuratedFacts None = new([], [], []);
}

public sealed record CuratedSpan(int Start, int End, string Text);

public sealed record CuratedPosition(string IssueKey, string PartyCode, Stance Stance, string Summary, PartialDate? StatedOn, CuratedSpan Evidence);

public sealed record CuratedDeadline(string Label, PartialDate Due, DeadlineKind Kind, string? PartyCode, string? IssueKey, CuratedSpan Evidence);

public sealed record CuratedEvent(EventKind Kind, string Title, PartialDate On, int? RoundNumber, string? PartyCode, string? PersonName, CuratedSpan Evidence);

/// <summary>A known person or organisation, with the names articles use for them.</summary>
public sealed record CuratedPerson(string Name, string? Role, string? PartyCode, IReadOnlyList<string> Aliases, SpeakerKind Kind = SpeakerKind.Person);
