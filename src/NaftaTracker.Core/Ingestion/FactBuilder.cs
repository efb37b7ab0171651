using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion;

/// <summary>Builds the entities for one article from extracted and curated facts.
/// Curated deadlines and events take the place of extracted ones on the same date.</summary>
internal sealed class FactBuilder
{
    private readonly TrackerDbContext _db;
    private readonly Article _article;
    private readonly PeopleDirectory _people;
    private readonly Dictionary<string, Issue> _issues;
    private readonly Dictionary<string, Party> _parties;

    private FactBuilder(TrackerDbContext db, Article article, PeopleDirectory people, Dictionary<string, Issue> issues, Dictionary<string, Party> parties)
    {
        (_db, _article, _people, _issues, _parties) = (db, article, people, issues, parties);
    }

    public int NewPeople => _people.Created;

    public static async Task<FactBuilder> CreateAsync(TrackerDbContext db, Article article, CancellationToken ct) =>
        new(db, article, await PeopleDirectory.LoadAsync(db, ct),
            await db.Issues.ToDictionaryAsync(i => i.Key, ct),
            await db.Parties.ToDictionaryAsync(p => p.Code, ct));

    private PartialDate Published => new(_article.PublishedOn, DatePrecision.Day);

    public int AddQuotes(ExtractionResult extraction, ILogger logger)
    {
        foreach (var p in extraction.People)
            _people.Resolve(p.Name, p.Aliases, p.Role, p.Party, p.Kind);

        var added = 0;
        foreach (var q in extraction.Quotes)
        {
            if (!IsVerbatim(q.Start, q.End, q.Text))
            {
                logger.LogWarning("Dropped a quote of {Source} at {Start}-{End}: its text is not the article's span", _article.SourceFile ?? _article.Title, q.Start, q.End);
                continue;
            }
            var speaker = q.Speaker is null ? null
                : _people.Find(q.Speaker) ?? _people.Resolve(q.Speaker, [], null, null, q.SpeakerKind ?? SpeakerKind.Person);
            _db.Quotes.Add(new Quote
            {
                Article = _article, Text = q.Text, Start = q.Start, End = q.End, Speaker = speaker, IsDirect = q.Direct,
                SaidOn = q.SaidOn ?? Published, Issues = Issues(q.Issues),
            });
            added++;
        }
        return added;
    }

    public int AddPositions(IEnumerable<CuratedPosition> positions)
    {
        var added = 0;
        foreach (var p in positions)
        {
            _db.Positions.Add(new Position
            {
                Issue = _issues[p.IssueKey], Party = _parties[p.PartyCode], Stance = p.Stance, Summary = p.Summary,
                StatedOn = p.StatedOn ?? Published, Article = _article, Evidence = Evidence(p.Evidence.Start, p.Evidence.End),
            });
            added++;
        }
        return added;
    }

    public int AddDeadlines(IEnumerable<ExtractedDeadline> extracted, IReadOnlyList<CuratedDeadline> curated)
    {
        var deadlines = curated.Select(c => new Deadline
        {
            Label = c.Label, Due = c.Due, Kind = c.Kind, Party = Party(c.PartyCode), Issue = Issue(c.IssueKey),
            Article = _article, Evidence = Evidence(c.Evidence.Start, c.Evidence.End),
        }).ToList();
        foreach (var d in extracted.Where(d => IsInside(d.Evidence) && !deadlines.Any(c => c.Due == d.Due)))
        {
            deadlines.Add(new Deadline
            {
                Label = d.Label, Due = d.Due, Kind = d.Kind, Issue = d.Issues.Select(Issue).FirstOrDefault(i => i is not null),
                Article = _article, Evidence = Evidence(d.Evidence.Start, d.Evidence.End),
            });
        }
        _db.Deadlines.AddRange(deadlines);
        return deadlines.Count;
    }

    public int AddEvents(IEnumerable<ExtractedEvent> extracted, IReadOnlyList<CuratedEvent> curated)
    {
        var events = curated.Select(c => new Event
        {
            Kind = c.Kind, Title = c.Title, On = c.On, RoundNumber = c.RoundNumber, Party = Party(c.PartyCode),
            Person = c.PersonName is null ? null : _people.Find(c.PersonName),
            Article = _article, Evidence = Evidence(c.Evidence.Start, c.Evidence.End),
        }).ToList();
        foreach (var e in extracted.Where(e => IsInside(e.Evidence) && e.On is not null && !events.Any(c => SameEvent(c, e))))
        {
            events.Add(new Event
            {
                Kind = e.Kind, Title = e.Title, On = e.On!.Value, RoundNumber = e.RoundNumber,
                Article = _article, Evidence = Evidence(e.Evidence.Start, e.Evidence.End),
            });
        }
        _db.Events.AddRange(events);
        return events.Count;
    }

    private static bool SameEvent(Event curated, ExtractedEvent e) =>
        curated.Kind == e.Kind && (curated.On == e.On || (e.RoundNumber is not null && curated.RoundNumber == e.RoundNumber));

    private List<Issue> Issues(IEnumerable<string> keys) =>
        keys.Distinct().Select(Issue).OfType<Issue>().ToList();

    private Issue? Issue(string? key) => key is null ? null : _issues.GetValueOrDefault(key);

    private Party? Party(string? code) => code is null ? null : _parties.GetValueOrDefault(code);

    private bool IsInside(TextSpan span) => span.Start >= 0 && span.End <= _article.Text.Length && span.Start < span.End;

    private bool IsVerbatim(int start, int end, string text) =>
        start >= 0 && end <= _article.Text.Length && start < end && string.CompareOrdinal(_article.Text, start, text, 0, end - start) == 0 && text.Length == end - start;

    private Evidence Evidence(int start, int end) => new() { Start = start, End = end, Text = _article.Text[start..end] };
}
