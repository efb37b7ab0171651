using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>A half-open character range [Start, End) of the article text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text[Start..End];
}

/// <summary>A quote found in an article. <see cref="Text"/> == article[Start..End], without the quotation marks.
/// Indirect quotes (reported speech) span the reported clause: "Lighthizer said that [there had been some progress]".</summary>
public sealed record ExtractedQuote(
    string Text,
    int Start,
    int End,
    string? Speaker,
    SpeakerKind? SpeakerKind,
    bool Direct,
    PartialDate? SaidOn,
    IReadOnlyList<string> Issues);

/// <summary>A date expression resolved against the publication date.</summary>
public sealed record ExtractedDate(string Text, int Start, int End, PartialDate Value);

public sealed record ExtractedPerson(
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    /// <summary>Party code: US, CA, MX, EU; null when the article does not say.</summary>
    string? Party,
    SpeakerKind Kind);

public sealed record ExtractedIssue(string Key, IReadOnlyList<TextSpan> Spans);

/// <summary>A dated commitment: "present an agreed-upon text to the U.S. Congress by Oct. 1". Evidence is its sentence.</summary>
public sealed record ExtractedDeadline(string Label, PartialDate Due, DeadlineKind Kind, TextSpan Evidence, IReadOnlyList<string> Issues);

/// <summary>A round, meeting, statement or threat. Evidence is its sentence.</summary>
public sealed record ExtractedEvent(EventKind Kind, string Title, PartialDate? On, int? RoundNumber, TextSpan Evidence, IReadOnlyList<string> Issues);

public sealed record ExtractionResult(
    IReadOnlyList<ExtractedQuote> Quotes,
    IReadOnlyList<ExtractedDate> Dates,
    IReadOnlyList<ExtractedPerson> People,
    IReadOnlyList<ExtractedIssue> Issues,
    IReadOnlyList<ExtractedDeadline> Deadlines,
    IReadOnlyList<ExtractedEvent> Events,
    /// <summary>Page furniture (video captions, READ MORE lines, polls, sponsored content, photo captions): never quoted.</summary>
    IReadOnlyList<TextSpan> Furniture);

public interface IArticleExtractor
{
    /// <param name="text">The article text as decoded; all offsets in the result index it.</param>
    /// <param name="published">Publication date, against which relative dates resolve.</param>
    ExtractionResult Extract(string text, DateOnly published);
}
