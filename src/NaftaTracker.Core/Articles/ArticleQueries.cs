using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Issues;
using NaftaTracker.Quotes;
using NaftaTracker.Store;
using NaftaTracker.Timeline;

namespace NaftaTracker.Articles;

/// <param name="AsOf">Only articles published on or before it.</param>
public sealed record ArticleFilter(DateOnly? AsOf = null);

public sealed record ArticleSummary(
    int Id, string Title, string? Outlet, string? Url, DateOnly PublishedOn, DateKnowledge DateKnowledge,
    int QuoteCount, int PositionCount, int DeadlineCount, int EventCount);

public sealed record ArticleDetail(
    ArticleSummary Article, string DateEvidence, string Text, IReadOnlyList<TextParagraph> Paragraphs,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<StanceView> Positions, IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ArticleSpeaker> People);

/// <summary>Someone quoted in an article. <paramref name="IsNew"/>: no article stored before this one quotes them.</summary>
public sealed record ArticleSpeaker(SpeakerView Speaker, int QuoteCount, bool IsNew);

public sealed class ArticleQueries(TrackerDbContext db, QuoteQueries quotes, IssueQueries issues, TimelineService timeline)
{
    /// <summary>All matching articles, newest first.</summary>
    public async Task<IReadOnlyList<ArticleSummary>> ListAllAsync(ArticleFilter filter, CancellationToken ct = default) =>
        await Summaries(db.Articles.AsNoTracking().Where(a => filter.AsOf == null || a.PublishedOn <= filter.AsOf)
            .OrderByDescending(a => a.PublishedOn).ThenBy(a => a.Id)).ToListAsync(ct);

    /// <summary>Null when there is no such article.</summary>
    public async Task<ArticleDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var summary = await Summaries(db.Articles.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(ct);
        if (summary is null) return null;
        var body = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.Text, a.DateEvidence }).FirstAsync(ct);
        var articleQuotes = await quotes.ListAllAsync(new QuoteFilter(ArticleId: id, Sort: QuoteSort.Oldest), ct);
        var positions = await issues.PositionsAsync(new PositionFilter(ArticleId: id), ct);
        var entries = await timeline.ListAllAsync(new TimelineFilter(ArticleId: id, AsOf: DateOnly.MaxValue), ct);

        var highlights = articleQuotes.OrderBy(q => q.Start).Select(q => new Highlight(q.Start, q.End, q.Anchor, "quote"))
            .Concat(positions.Select(p => p.Evidence).Concat(entries.Select(e => e.Evidence))
                .Select(e => new Highlight(e.Start, e.End, e.Anchor, "evidence")))
            // Page furniture is not stored; it is found again here so readers see what extraction ignored.
            .Concat(FurnitureDetector.Detect(body.Text).Select(f => new Highlight(f.Start, f.End, $"furniture-{f.Start}", "furniture")));
        var paragraphs = ArticleMarkup.Build(body.Text, highlights);
        return new ArticleDetail(summary, body.DateEvidence, body.Text, paragraphs,
            articleQuotes.OrderBy(q => q.Start).ToList(), positions, entries, await SpeakersAsync(id, articleQuotes, ct));
    }

    private async Task<IReadOnlyList<ArticleSpeaker>> SpeakersAsync(int articleId, IReadOnlyList<QuoteView> articleQuotes, CancellationToken ct)
    {
        var slugs = articleQuotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Slug).Distinct().ToList();
        var seenBefore = await db.Quotes.AsNoTracking()
            .Where(q => q.ArticleId < articleId && q.Speaker != null && slugs.Contains(q.Speaker.Slug))
            .Select(q => q.Speaker!.Slug).Distinct().ToListAsync(ct);
        return articleQuotes.Where(q => q.Speaker is not null).GroupBy(q => q.Speaker!.Slug)
            .Select(g => new ArticleSpeaker(g.First().Speaker!, g.Count(), !seenBefore.Contains(g.Key)))
            .OrderByDescending(s => s.QuoteCount).ThenBy(s => s.Speaker.Name, StringComparer.Ordinal).ToList();
    }

    private IQueryable<ArticleSummary> Summaries(IQueryable<Article> articles) => articles.Select(a => new ArticleSummary(
        a.Id, a.Title, a.Outlet, a.Url, a.PublishedOn, a.DateKnowledge,
        db.Quotes.Count(q => q.ArticleId == a.Id), db.Positions.Count(p => p.ArticleId == a.Id),
        db.Deadlines.Count(d => d.ArticleId == a.Id), db.Events.Count(e => e.ArticleId == a.Id)));
}
