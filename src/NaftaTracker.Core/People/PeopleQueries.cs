using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Store;

namespace NaftaTracker.People;

/// <param name="Country">Party code.</param>
/// <param name="AsOf">Quote counts only from articles published on or before it.</param>
/// <param name="SpeakersOnly">Only people with at least one (counted) quote.</param>
public sealed record PersonFilter(string? Country = null, SpeakerKind? Kind = null, DateOnly? AsOf = null, bool SpeakersOnly = false);

public sealed record PersonView(string Slug, string Name, SpeakerKind Kind, string? Role, PartyRef? Party, int QuoteCount);

public sealed class PeopleQueries(TrackerDbContext db)
{
    /// <summary>All matching people, most quoted first.</summary>
    public async Task<IReadOnlyList<PersonView>> ListAllAsync(PersonFilter filter, CancellationToken ct = default)
    {
        var query = db.People.AsNoTracking();
        if (filter.Country is { } country) query = query.Where(p => p.Party != null && p.Party.Code == country);
        if (filter.Kind is { } kind) query = query.Where(p => p.Kind == kind);
        var asOf = filter.AsOf ?? DateOnly.MaxValue;
        var rows = await query.Select(p => new PersonView(
                p.Slug, p.Name, p.Kind, p.Role, p.Party == null ? null : new PartyRef(p.Party.Code, p.Party.Name),
                p.Quotes.Count(q => q.Article!.PublishedOn <= asOf)))
            .ToListAsync(ct);
        return rows.Where(p => !filter.SpeakersOnly || p.QuoteCount > 0)
            .OrderByDescending(p => p.QuoteCount).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<PersonView?> FindAsync(string slug, CancellationToken ct = default) =>
        (await ListAllAsync(new PersonFilter(), ct)).FirstOrDefault(p => p.Slug == slug);
}
