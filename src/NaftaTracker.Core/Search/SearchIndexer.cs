using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Store;

namespace NaftaTracker.Search;

/// <summary>Keeps the FTS5 table SearchEntries in step with the store. Writes go through the context's
/// connection and current transaction, so indexing an article commits or rolls back with it.</summary>
public static class SearchIndexer
{
    /// <summary>(Re)indexes one article and its quotes, events and deadlines.</summary>
    public static async Task IndexArticleAsync(TrackerDbContext db, int articleId, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE ArticleId = {articleId}", ct);

        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.Title, a.Text }).FirstOrDefaultAsync(ct);
        if (article is null) return;
        await InsertAsync(db, SearchKinds.Article, article.Id, article.Id, null, null, article.Title, article.Text, "", ct);

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.ArticleId == articleId)
            .Select(q => new { q.Id, q.Text, q.Start, q.End, Speaker = q.Speaker == null ? null : q.Speaker.Name, Issues = q.Issues.Select(i => new { i.Key, i.Title }).ToList() })
            .ToListAsync(ct);
        foreach (var q in quotes)
        {
            var tags = string.Join(" ", q.Issues.Select(i => IssueWords(i.Key, i.Title)));
            await InsertAsync(db, SearchKinds.Quote, q.Id, articleId, q.Start, q.End, q.Speaker ?? "Unattributed", q.Text, tags, ct);
        }

        var events = await db.Events.AsNoTracking().Where(e => e.ArticleId == articleId)
            .Select(e => new { e.Id, e.Title, e.Evidence, Person = e.Person == null ? null : e.Person.Name, Party = e.Party == null ? null : e.Party.Name })
            .ToListAsync(ct);
        foreach (var e in events)
            await InsertAsync(db, SearchKinds.Event, e.Id, articleId, e.Evidence.Start, e.Evidence.End, e.Title, e.Evidence.Text,
                string.Join(" ", new[] { e.Person, e.Party }.OfType<string>()), ct);

        var deadlines = await db.Deadlines.AsNoTracking().Where(d => d.ArticleId == articleId)
            .Select(d => new { d.Id, d.Label, d.Evidence, IssueKey = d.Issue == null ? null : d.Issue.Key, IssueTitle = d.Issue == null ? null : d.Issue.Title, Party = d.Party == null ? null : d.Party.Name })
            .ToListAsync(ct);
        foreach (var d in deadlines)
        {
            var tags = (d.IssueKey is null ? "" : IssueWords(d.IssueKey, d.IssueTitle!)) + " " + d.Party;
            await InsertAsync(db, SearchKinds.Deadline, d.Id, articleId, d.Evidence.Start, d.Evidence.End, d.Label, d.Evidence.Text, tags.Trim(), ct);
        }
    }

    /// <summary>(Re)indexes the issues: title, description, and the taxonomy's synonyms as tags.</summary>
    public static async Task IndexIssuesAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries WHERE Kind = {SearchKinds.Issue}", ct);
        var issues = await db.Issues.AsNoTracking().Select(i => new { i.Id, i.Key, i.Title, i.Description }).ToListAsync(ct);
        foreach (var i in issues)
            await InsertAsync(db, SearchKinds.Issue, i.Id, null, null, null, i.Title, i.Description, IssueWords(i.Key, i.Title), ct);
    }

    /// <summary>Empties the index and indexes everything again, in one transaction.</summary>
    public static async Task RebuildAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        var own = db.Database.CurrentTransaction is null;
        await using var tx = own ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlAsync($"DELETE FROM SearchEntries", ct);
        await IndexIssuesAsync(db, ct);
        foreach (var id in await db.Articles.Select(a => a.Id).ToListAsync(ct))
            await IndexArticleAsync(db, id, ct);
        if (tx is not null) await tx.CommitAsync(ct);
    }

    /// <summary>When a store is opened (start-up, CLI): rebuilds the index when it does not hold every article
    /// (a store made before the index existed, or written by a tool that did not index), and re-indexes the
    /// issues when they are missing from it.</summary>
    public static async Task EnsureAsync(TrackerDbContext db, CancellationToken ct = default)
    {
        var indexedArticles = await CountAsync(db, SearchKinds.Article, ct);
        if (indexedArticles != await db.Articles.CountAsync(ct))
        {
            await RebuildAsync(db, ct);
            return;
        }
        if (await CountAsync(db, SearchKinds.Issue, ct) != await db.Issues.CountAsync(ct))
            await IndexIssuesAsync(db, ct);
    }

    private static Task<int> CountAsync(TrackerDbContext db, string kind, CancellationToken ct) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM SearchEntries WHERE Kind = {kind}").SingleAsync(ct);

    /// <summary>The words that make a fact findable by its issue: key, title and the taxonomy's synonyms.</summary>
    internal static string IssueWords(string key, string title)
    {
        var synonyms = IssueTaxonomy.Find(key)?.Synonyms ?? [];
        return string.Join(" ", new[] { key.Replace('-', ' '), title }.Concat(synonyms));
    }

    private static Task<int> InsertAsync(TrackerDbContext db, string kind, int refId, int? articleId, int? start, int? end,
        string title, string body, string tags, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(
            $"INSERT INTO SearchEntries (Kind, RefId, ArticleId, Start, End, Title, Body, Tags) VALUES ({kind}, {refId}, {articleId}, {start}, {end}, {title}, {body}, {tags})", ct);
}
