namespace NaftaTracker.Domain;

public enum DateKnowledge { Stated = 0, Inferred = 1 }

/// <summary>A news article as received, with its provenance. Offsets of every span in the store index <see cref="Text"/>.</summary>
public class Article
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly PublishedOn { get; set; }
    public DateKnowledge DateKnowledge { get; set; }
    /// <summary>Why the publication date is what it is: the dateline, or the inference and the sentence it rests on.</summary>
    public string DateEvidence { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>SHA-256 of the normalised text; re-ingesting the same text is a no-op.</summary>
    public string ContentHash { get; set; } = "";
    public string? SourceFile { get; set; }
    public DateTimeOffset IngestedAt { get; set; }

    public List<Quote> Quotes { get; set; } = [];
}

public class Party
{
    public int Id { get; set; }
    /// <summary>US, CA, MX, EU.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
}

public enum SpeakerKind { Person = 0, Organisation = 1 }

public class Person
{
    public int Id { get; set; }
    /// <summary>URL key, e.g. chrystia-freeland.</summary>
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public SpeakerKind Kind { get; set; }
    public string? Role { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Quote> Quotes { get; set; } = [];
}

public class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public string Alias { get; set; } = "";
}

public enum IssueStatus { Open = 0, Narrowing = 1, Resolved = 2 }

/// <summary>A sticking point of the negotiation.</summary>
public class Issue
{
    public int Id { get; set; }
    /// <summary>Taxonomy key, e.g. dairy, chapter-19.</summary>
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public IssueStatus Status { get; set; }
    public List<Position> Positions { get; set; } = [];
}

/// <summary>Where a fact came from: a verbatim span of an article.</summary>
public class Evidence
{
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = "";
}

public enum Stance { Demands = 0, Opposes = 1, Defends = 2, Open = 3, Concedes = 4 }

/// <summary>One party's stance on one issue, as an article reports it.</summary>
public class Position
{
    public int Id { get; set; }
    public int IssueId { get; set; }
    public Issue? Issue { get; set; }
    public int PartyId { get; set; }
    public Party? Party { get; set; }
    public Stance Stance { get; set; }
    /// <summary>One line: "Wants the Chapter 19 panels removed".</summary>
    public string Summary { get; set; } = "";
    public PartialDate StatedOn { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public Evidence Evidence { get; set; } = new();
}

public class Quote
{
    public int Id { get; set; }
    /// <summary>Verbatim from the article, without the surrounding quotation marks.</summary>
    public string Text { get; set; } = "";
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    public bool IsDirect { get; set; } = true;
    public PartialDate SaidOn { get; set; }
    public List<Issue> Issues { get; set; } = [];
}

public enum DeadlineKind { Negotiation = 0, Legislative = 1, Election = 2, Political = 3 }

public class Deadline
{
    public int Id { get; set; }
    public string Label { get; set; } = "";
    public PartialDate Due { get; set; }
    public DeadlineKind Kind { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public int? IssueId { get; set; }
    public Issue? Issue { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public Evidence Evidence { get; set; } = new();
}

public enum EventKind { Round = 0, Meeting = 1, Statement = 2, Threat = 3 }

/// <summary>A negotiation round, meeting, statement or threat.</summary>
public class Event
{
    public int Id { get; set; }
    public EventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public PartialDate On { get; set; }
    /// <summary>Last day, for events that span days (rounds).</summary>
    public DateOnly? EndsOn { get; set; }
    public int? RoundNumber { get; set; }
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }
    public Evidence Evidence { get; set; } = new();
}
