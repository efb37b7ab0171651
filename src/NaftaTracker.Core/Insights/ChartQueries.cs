using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion;
using NaftaTracker.Store;

namespace NaftaTracker.Insights;

public sealed record SpeakerCount(string? Slug, string Name, string? PartyCode, int Quotes);

public sealed record IssueSeries(string Key, string Title, IReadOnlyList<MonthCount> Months)
{
    public int Total => Months.Sum(m => m.Count);
}

/// <summary><see cref="Month"/> is the first day of the month.</summary>
public sealed record MonthCount(DateOnly Month, int Count);

public sealed record MatrixCell(Stance Stance, string Summary, PartialDate StatedOn, int ArticleId, int EvidenceStart, int EvidenceEnd)
{
    public string Anchor => $"/articles/{ArticleId}#span-{EvidenceStart}-{EvidenceEnd}";
}

public sealed record MatrixRow(string Key, string Title, IssueStatus Status, IReadOnlyDictionary<string, MatrixCell> Cells);

public sealed record PositionsGrid(IReadOnlyList<string> Parties, IReadOnlyList<MatrixRow> Rows);

public enum TimelineItemKind { Round = 0, Event = 1, Deadline = 2 }

public sealed record TimelineItem(TimelineItemKind Kind, string Title, PartialDate Date, DateOnly? EndsOn, EventKind? EventKind, string? PartyCode, string Anchor)
{
    /// <summary>The chart's view of an entry of the /timeline list (which carries that page's filters).</summary>
    public static TimelineItem From(NaftaTracker.Timeline.TimelineEntry e) => new(
        e.Kind switch
        {
            NaftaTracker.Timeline.TimelineKind.Round => TimelineItemKind.Round,
            NaftaTracker.Timeline.TimelineKind.Deadline => TimelineItemKind.Deadline,
            _ => TimelineItemKind.Event,
        },
        e.Title, e.On, e.EndsOn,
        e.Kind switch
        {
            NaftaTracker.Timeline.TimelineKind.Round => Domain.EventKind.Round,
            NaftaTracker.Timeline.TimelineKind.Meeting => Domain.EventKind.Meeting,
            NaftaTracker.Timeline.TimelineKind.Statement => Domain.EventKind.Statement,
            NaftaTracker.Timeline.TimelineKind.Threat => Domain.EventKind.Threat,
            _ => null,
        },
        e.Party?.Code, e.Evidence.Href);

    /// <summary>Last day drawn: EndsOn for rounds that have one, else the period's end.</summary>
    public DateOnly Last => EndsOn is { } e && e >= Date.Date ? e : Date.End;
}

/// <summary>The numbers behind the charts. Every query takes an optional as-of day: only facts from articles
/// published by then count.</summary>
public sealed class ChartQueries(TrackerDbContext db)
{
    /// <summary>Quotes per speaker, most quoted first (unattributed quotes are left out).</summary>
    public async Task<IReadOnlyList<SpeakerCount>> QuotesPerSpeakerAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var rows = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId != null && (asOf == null || q.Article!.PublishedOn <= asOf))
            .GroupBy(q => q.SpeakerId!.Value)
            .Select(g => new { SpeakerId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.SpeakerId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Name, Party = p.Party == null ? null : p.Party.Code }).ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r => new SpeakerCount(people[r.SpeakerId].Slug, people[r.SpeakerId].Name, people[r.SpeakerId].Party, r.Count))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Issue mentions per month of publication: each issue tag on a quote, plus each occurrence of the
    /// issue's taxonomy terms in the article text outside the quotes (so a quote is not counted twice).
    /// Months run from the first to the last month with an article; issues never mentioned are left out.</summary>
    public async Task<IReadOnlyList<IssueSeries>> IssueMentionsByMonthAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var articles = await db.Articles.AsNoTracking().Where(a => asOf == null || a.PublishedOn <= asOf)
            .Select(a => new { a.Id, a.PublishedOn, a.Text, Quotes = a.Quotes.Select(q => new { q.Start, q.End, Issues = q.Issues.Select(i => i.Key).ToList() }).ToList() })
            .ToListAsync(ct);
        var issues = await db.Issues.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Key, i.Title }).ToListAsync(ct);
        if (articles.Count == 0) return [];

        var counts = new Dictionary<(string Key, DateOnly Month), int>();
        void Add(string key, DateOnly month, int n) => counts[(key, month)] = counts.GetValueOrDefault((key, month)) + n;
        foreach (var a in articles)
        {
            var month = new DateOnly(a.PublishedOn.Year, a.PublishedOn.Month, 1);
            foreach (var key in a.Quotes.SelectMany(q => q.Issues)) Add(key, month, 1);
            foreach (var def in IssueTaxonomy.All)
            {
                var n = TermMatches(a.Text, def).Count(m => !a.Quotes.Any(q => m.Index < q.End && m.Index + m.Length > q.Start));
                if (n > 0) Add(def.Key, month, n);
            }
        }

        var first = articles.Min(a => new DateOnly(a.PublishedOn.Year, a.PublishedOn.Month, 1));
        var last = articles.Max(a => new DateOnly(a.PublishedOn.Year, a.PublishedOn.Month, 1));
        var months = new List<DateOnly>();
        for (var m = first; m <= last; m = m.AddMonths(1)) months.Add(m);
        return issues
            .Select(i => new IssueSeries(i.Key, i.Title, months.Select(m => new MonthCount(m, counts.GetValueOrDefault((i.Key, m)))).ToList()))
            .Where(s => s.Total > 0)
            .ToList();
    }

    /// <summary>Non-overlapping matches of an issue's terms, longest term first, on word boundaries.</summary>
    internal static IReadOnlyList<Match> TermMatches(string text, IssueDefinition def)
    {
        var pattern = string.Join('|', def.Synonyms.OrderByDescending(s => s.Length).Select(Regex.Escape));
        return Regex.Matches(text, $@"(?<![\w-])(?:{pattern})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).ToList();
    }

    /// <summary>Each party's latest stated stance on each issue (by StatedOn, then the latest stored).</summary>
    public async Task<PositionsGrid> PositionsMatrixAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var positions = await db.Positions.AsNoTracking().Where(p => asOf == null || p.Article!.PublishedOn <= asOf)
            .Select(p => new { IssueKey = p.Issue!.Key, Party = p.Party!.Code, p.Id, p.Stance, p.Summary, p.StatedOn, p.ArticleId, p.Evidence.Start, p.Evidence.End })
            .ToListAsync(ct);
        var issues = await db.Issues.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Key, i.Title, i.Status }).ToListAsync(ct);
        var rows = issues.Select(i => new MatrixRow(i.Key, i.Title, i.Status,
            positions.Where(p => p.IssueKey == i.Key)
                .GroupBy(p => p.Party)
                .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StatedOn.Date).ThenByDescending(p => p.Id)
                    .Select(p => new MatrixCell(p.Stance, p.Summary, p.StatedOn, p.ArticleId, p.Start, p.End)).First()))).ToList();
        return new PositionsGrid(Parties.Nafta, rows);
    }

    /// <summary>Rounds, other events and deadlines, by date.</summary>
    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var events = await db.Events.AsNoTracking().Where(e => asOf == null || e.Article!.PublishedOn <= asOf)
            .Select(e => new { e.Kind, e.Title, e.On, e.EndsOn, Party = e.Party != null ? e.Party.Code : e.Person != null && e.Person.Party != null ? e.Person.Party.Code : null,
                e.ArticleId, e.Evidence.Start, e.Evidence.End })
            .ToListAsync(ct);
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => asOf == null || d.Article!.PublishedOn <= asOf)
            .Select(d => new { d.Label, d.Due, Party = d.Party == null ? null : d.Party.Code, d.ArticleId, d.Evidence.Start, d.Evidence.End })
            .ToListAsync(ct);
        return events.Select(e => new TimelineItem(e.Kind == EventKind.Round ? TimelineItemKind.Round : TimelineItemKind.Event, e.Title, e.On, e.EndsOn, e.Kind, e.Party,
                    $"/articles/{e.ArticleId}#span-{e.Start}-{e.End}"))
            .Concat(deadlines.Select(d => new TimelineItem(TimelineItemKind.Deadline, d.Label, d.Due, null, null, d.Party, $"/articles/{d.ArticleId}#span-{d.Start}-{d.End}")))
            .OrderBy(i => i.Date.Date).ThenBy(i => i.Kind).ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
    }
}
