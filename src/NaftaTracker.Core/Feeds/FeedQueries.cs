using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Store;

namespace NaftaTracker.Feeds;

/// <summary>A deadline or scheduled round/meeting for the calendar feed.</summary>
public sealed record CalendarItem(string Uid, string Kind, string Title, PartialDate Date, DateOnly? EndsOn, string? PartyCode,
    int ArticleId, string ArticleTitle, string? ArticleUrl, Evidence Evidence)
{
    public string Anchor => $"/articles/{ArticleId}#span-{Evidence.Start}-{Evidence.End}";
}

/// <summary>A quote or an event for the Atom feed.</summary>
public sealed record FeedItem(string Id, string Kind, string Title, PartialDate Date, string Author, string Content, string Summary,
    string Anchor, IReadOnlyList<string> Categories);

public sealed class FeedQueries(TrackerDbContext db)
{
    public Task<bool> IsKnownIssueAsync(string key, CancellationToken ct = default) => db.Issues.AnyAsync(i => i.Key == key, ct);

    public async Task<IReadOnlyList<string>> UnknownPeopleAsync(IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var wanted = slugs.Distinct().ToList();
        var known = await db.People.Where(p => wanted.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(ct);
        return wanted.Except(known).ToList();
    }

    /// <summary>Deadlines plus scheduled rounds and meetings, by date.</summary>
    public async Task<IReadOnlyList<CalendarItem>> CalendarAsync(FeedFilter filter, CancellationToken ct = default)
    {
        var deadlines = await db.Deadlines.AsNoTracking().Where(d => filter.AsOf == null || d.Article!.PublishedOn <= filter.AsOf)
            .Select(d => new { d.Id, d.Label, d.Due, d.Kind, Party = d.Party == null ? null : d.Party.Code, IssueKey = d.Issue == null ? null : d.Issue.Key,
                d.ArticleId, ArticleTitle = d.Article!.Title, d.Article.Url, d.Evidence })
            .ToListAsync(ct);
        var events = await db.Events.AsNoTracking().Where(e => filter.AsOf == null || e.Article!.PublishedOn <= filter.AsOf)
            .Where(e => e.Kind == EventKind.Round || e.Kind == EventKind.Meeting)
            .Select(e => new { e.Id, e.Title, e.On, e.EndsOn, e.Kind, Party = e.Party != null ? e.Party.Code : e.Person != null && e.Person.Party != null ? e.Person.Party.Code : null,
                e.ArticleId, ArticleTitle = e.Article!.Title, e.Article.Url, e.Evidence })
            .ToListAsync(ct);

        var items = deadlines
            .Where(d => CountryMatches(d.Party, filter.Country))
            .Where(d => filter.Issue is null || d.IssueKey == filter.Issue || IssueMentions.Mentions(d.Label + " " + d.Evidence.Text, filter.Issue))
            .Select(d => new CalendarItem($"deadline-{d.Id}@naftatracker", "Deadline", d.Label, d.Due, null, d.Party, d.ArticleId, d.ArticleTitle, d.Url, d.Evidence))
            .Concat(events
                .Where(e => CountryMatches(e.Party, filter.Country))
                .Where(e => filter.Issue is null || IssueMentions.Mentions(e.Title + " " + e.Evidence.Text, filter.Issue))
                .Select(e => new CalendarItem($"event-{e.Id}@naftatracker", e.Kind == EventKind.Round ? "Round" : "Meeting", e.Title, e.On, e.EndsOn, e.Party, e.ArticleId, e.ArticleTitle, e.Url, e.Evidence)));
        return items.OrderBy(i => i.Date.Date).ThenBy(i => i.Uid, StringComparer.Ordinal).ToList();
    }

    /// <summary>Quotes and events, newest first.</summary>
    public async Task<IReadOnlyList<FeedItem>> AtomAsync(FeedFilter filter, CancellationToken ct = default)
    {
        var negotiators = filter.Negotiators ?? [];
        var quotesQuery = db.Quotes.AsNoTracking().Where(q => filter.AsOf == null || q.Article!.PublishedOn <= filter.AsOf);
        if (negotiators.Count > 0) quotesQuery = quotesQuery.Where(q => q.Speaker != null && negotiators.Contains(q.Speaker.Slug));
        if (filter.Country is { } country) quotesQuery = quotesQuery.Where(q => q.Speaker != null && q.Speaker.Party != null && q.Speaker.Party.Code == country);
        if (filter.Issue is { } issue) quotesQuery = quotesQuery.Where(q => q.Issues.Any(i => i.Key == issue));
        var quotes = await quotesQuery
            .Select(q => new { q.Id, q.Text, q.SaidOn, q.ArticleId, ArticleTitle = q.Article!.Title, Speaker = q.Speaker == null ? null : q.Speaker.Name,
                Issues = q.Issues.Select(i => i.Title).ToList() })
            .ToListAsync(ct);

        var eventsQuery = db.Events.AsNoTracking().Where(e => filter.AsOf == null || e.Article!.PublishedOn <= filter.AsOf);
        if (negotiators.Count > 0) eventsQuery = eventsQuery.Where(e => e.Person != null && negotiators.Contains(e.Person.Slug));
        var events = await eventsQuery
            .Select(e => new { e.Id, e.Kind, e.Title, e.On, e.ArticleId, ArticleTitle = e.Article!.Title, e.Evidence, Person = e.Person == null ? null : e.Person.Name,
                Party = e.Party != null ? e.Party.Code : e.Person != null && e.Person.Party != null ? e.Person.Party.Code : null })
            .ToListAsync(ct);

        var items = quotes.Select(q => new FeedItem(
                $"tag:naftatracker,2018:quote-{q.Id}", "quote", $"{q.Speaker ?? "Unattributed"}: “{Shorten(q.Text, 80)}”", q.SaidOn, q.Speaker ?? "Unattributed",
                q.Text, $"Quoted in “{q.ArticleTitle}” ({DateText.Format(q.SaidOn)}).", $"/articles/{q.ArticleId}#q-{q.Id}", q.Issues))
            .Concat(events
                .Where(e => CountryMatches(e.Party, filter.Country))
                .Where(e => filter.Issue is null || IssueMentions.Mentions(e.Title + " " + e.Evidence.Text, filter.Issue))
                .Select(e => new FeedItem(
                    $"tag:naftatracker,2018:event-{e.Id}", "event", e.Title, e.On, e.Person ?? "NaftaTracker", e.Evidence.Text,
                    $"{e.Kind} on {DateText.Format(e.On)}, reported in “{e.ArticleTitle}”.", $"/articles/{e.ArticleId}#span-{e.Evidence.Start}-{e.Evidence.End}", [e.Kind.ToString()])));
        return items.OrderByDescending(i => i.Date.Date).ThenByDescending(i => i.Id, StringComparer.Ordinal).ToList();
    }

    private static bool CountryMatches(string? party, string? country) => country is null || party is null || party == country;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
