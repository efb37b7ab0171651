using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Queries;
using NaftaTracker.Store;

namespace NaftaTracker.Quotes;

public sealed class QuoteQueries(TrackerDbContext db)
{
    /// <summary>Every matching quote, sorted, ignoring Page/PageSize (for exports and feeds).</summary>
    public async Task<IReadOnlyList<QuoteView>> ListAllAsync(QuoteFilter filter, CancellationToken ct = default) =>
        await Project(Sorted(Filtered(filter), filter.Sort)).ToListAsync(ct);

    /// <summary>One page of matching quotes plus the total count.</summary>
    public async Task<PagedResult<QuoteView>> ListPageAsync(QuoteFilter filter, CancellationToken ct = default)
    {
        var (page, size) = Paging.Normalize(filter.Page, filter.PageSize);
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var items = await Project(Sorted(query, filter.Sort).Skip((page - 1) * size).Take(size)).ToListAsync(ct);
        return new PagedResult<QuoteView>(items, total, page, size);
    }

    /// <summary>The slugs among <paramref name="slugs"/> that name no person in the store.</summary>
    public async Task<IReadOnlyList<string>> UnknownSpeakersAsync(IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var wanted = slugs.Distinct().ToList();
        var known = await db.People.AsNoTracking().Where(p => wanted.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(ct);
        return wanted.Except(known).ToList();
    }

    private IQueryable<Quote> Filtered(QuoteFilter f)
    {
        var query = db.Quotes.AsNoTracking();
        if (f.Negotiators is { Count: > 0 } slugs) query = query.Where(q => q.Speaker != null && slugs.Contains(q.Speaker.Slug));
        if (f.Country is { } country) query = query.Where(q => q.Speaker != null && q.Speaker.Party != null && q.Speaker.Party.Code == country);
        if (f.Issue is { } issue) query = query.Where(q => q.Issues.Any(i => i.Key == issue));
        if (f.ArticleId is { } articleId) query = query.Where(q => q.ArticleId == articleId);
        if (f.Direct is { } direct) query = query.Where(q => q.IsDirect == direct);
        if (f.AsOf is { } asOf) query = query.Where(q => q.Article!.PublishedOn <= asOf);
        if (f.Month is { } month)
        {
            var start = new DateOnly(month.Year, month.Month, 1);
            var end = start.AddMonths(1);
            query = query.Where(q => q.SaidOn.Precision != DatePrecision.Year && q.SaidOn.Date >= start && q.SaidOn.Date < end);
        }
        return query;
    }

    private static IQueryable<Quote> Sorted(IQueryable<Quote> query, string? sort) => sort switch
    {
        QuoteSort.Oldest => query.OrderBy(q => q.SaidOn.Date).ThenBy(q => q.ArticleId).ThenBy(q => q.Start),
        QuoteSort.Speaker => query.OrderBy(q => q.Speaker == null ? "" : q.Speaker.Name).ThenByDescending(q => q.SaidOn.Date).ThenBy(q => q.Start),
        _ => query.OrderByDescending(q => q.SaidOn.Date).ThenBy(q => q.ArticleId).ThenBy(q => q.Start),
    };

    private static IQueryable<QuoteView> Project(IQueryable<Quote> query) => query.Select(q => new QuoteView(
        q.Id, q.Text, q.IsDirect, new PartialDate(q.SaidOn.Date, q.SaidOn.Precision),
        q.Speaker == null ? null : new SpeakerView(q.Speaker.Slug, q.Speaker.Name, q.Speaker.Kind, q.Speaker.Role,
            q.Speaker.Party == null ? null : new PartyRef(q.Speaker.Party.Code, q.Speaker.Party.Name)),
        q.ArticleId, q.Article!.Title, q.Article.PublishedOn, q.Start, q.End,
        q.Issues.OrderBy(i => i.Key).Select(i => new IssueTag(i.Key, i.Title)).ToList()));
}
