using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Ingestion;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Store;
using NaftaTracker.Timeline;

namespace NaftaTracker.Issues;

public sealed class IssueQueries(TrackerDbContext db, QuoteQueries quotes, TimelineService timeline)
{
    /// <summary>Every issue with each party's current stance, in taxonomy order.</summary>
    public async Task<IReadOnlyList<IssueSummary>> ListAsync(IssueFilter filter, CancellationToken ct = default)
    {
        var issues = await db.Issues.AsNoTracking()
            .Where(i => filter.Status == null || i.Status == filter.Status)
            .Select(i => new { i.Key, i.Title, i.Description, i.Status })
            .ToListAsync(ct);
        var positions = await PositionsAsync(new PositionFilter(AsOf: filter.AsOf), ct);
        var byIssue = positions.ToLookup(p => p.IssueKey);
        var summaries = issues
            .Select(i => new IssueSummary(i.Key, i.Title, i.Description, i.Status, Current(byIssue[i.Key])))
            .Where(s => !filter.OnlyWithPositions || s.Current.Count > 0);
        return summaries.OrderBy(s => TaxonomyOrder(s.Key)).ToList();
    }

    /// <summary>Null when no issue has that key.</summary>
    public async Task<IssueDetail?> GetAsync(string key, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var issue = await db.Issues.AsNoTracking().Where(i => i.Key == key)
            .Select(i => new { i.Key, i.Title, i.Description, i.Status }).FirstOrDefaultAsync(ct);
        if (issue is null) return null;
        var history = await PositionsAsync(new PositionFilter(Issue: key, AsOf: asOf), ct);
        var related = await timeline.ListAllAsync(new TimelineFilter(Issue: key, AsOf: asOf), ct);
        var issueQuotes = await quotes.ListAllAsync(new QuoteFilter(Issue: key, AsOf: asOf), ct);
        var summary = new IssueSummary(issue.Key, issue.Title, issue.Description, issue.Status, Current(history));
        return new IssueDetail(summary, history.OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.PositionId).ToList(), issueQuotes, related);
    }

    /// <summary>All matching positions, oldest first.</summary>
    public async Task<IReadOnlyList<StanceView>> PositionsAsync(PositionFilter filter, CancellationToken ct = default)
    {
        var query = db.Positions.AsNoTracking();
        if (filter.AsOf is { } asOf) query = query.Where(p => p.Article!.PublishedOn <= asOf);
        if (filter.Country is { } country) query = query.Where(p => p.Party!.Code == country);
        if (filter.Issue is { } issue) query = query.Where(p => p.Issue!.Key == issue);
        if (filter.ArticleId is { } articleId) query = query.Where(p => p.ArticleId == articleId);
        var rows = await query
            .OrderBy(p => p.StatedOn.Date).ThenBy(p => p.Id)
            .Select(p => new StanceView(
                p.Id, p.Issue!.Key, p.Issue.Title, new PartyRef(p.Party!.Code, p.Party.Name), p.Stance, p.Summary,
                new PartialDate(p.StatedOn.Date, p.StatedOn.Precision), p.ArticleId, p.Article!.Title, p.Article.PublishedOn,
                new EvidenceView(p.ArticleId, p.Evidence.Start, p.Evidence.End, p.Evidence.Text)))
            .ToListAsync(ct);
        return rows;
    }

    /// <summary>Each party's latest stance: by date stated, then by publication, then by insertion.</summary>
    private static IReadOnlyList<StanceView> Current(IEnumerable<StanceView> positions) =>
        positions.GroupBy(p => p.Party.Code)
            .Select(g => g.OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.ArticlePublishedOn).ThenByDescending(p => p.PositionId).First())
            .OrderBy(p => PartyOrder(p.Party.Code))
            .ToList();

    private static int PartyOrder(string code)
    {
        var i = Parties.Nafta.ToList().IndexOf(code);
        return i < 0 ? int.MaxValue : i;
    }

    private static int TaxonomyOrder(string key)
    {
        var i = Extraction.IssueTaxonomy.All.ToList().FindIndex(d => d.Key == key);
        return i < 0 ? int.MaxValue : i;
    }
}
