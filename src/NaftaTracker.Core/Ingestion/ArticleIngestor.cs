using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Search;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion;

/// <summary>Turns one article into stored facts: extraction, curated facts, then one transaction.
/// Idempotent by content hash. Every stored span is checked to be verbatim before it is written.</summary>
public sealed class ArticleIngestor(TrackerDbContext db, IArticleExtractor extractor, ILogger<ArticleIngestor> logger)
{
    public async Task<IngestOutcome> IngestAsync(ArticleSource source, CuratedFacts? curated = null, CancellationToken ct = default)
    {
        var label = source.SourceFile ?? source.Title;
        var text = ArticleText.Normalize(source.Text);
        if (string.IsNullOrWhiteSpace(text)) return IngestOutcome.Rejected(label, "the article text is empty");

        var hash = ArticleText.Hash(text);
        var existing = await db.Articles.Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (existing is int id) return IngestOutcome.Skipped(label, id);

        var extraction = extractor.Extract(text, source.Published);
        curated ??= CuratedFacts.None;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = new Article
        {
            Title = source.Title.Trim(), Outlet = source.Outlet, Url = source.Url, PublishedOn = source.Published,
            DateKnowledge = source.DateKnowledge, DateEvidence = source.DateEvidence, Text = text,
            ContentHash = hash, SourceFile = source.SourceFile, IngestedAt = DateTimeOffset.UtcNow,
        };
        db.Articles.Add(article);

        var facts = await FactBuilder.CreateAsync(db, article, ct);
        var quotes = facts.AddQuotes(extraction, logger);
        var positions = facts.AddPositions(curated.Positions);
        var deadlines = facts.AddDeadlines(extraction.Deadlines, curated.Deadlines);
        var events = facts.AddEvents(extraction.Events, curated.Events);

        await db.SaveChangesAsync(ct);
        await SearchIndexer.IndexArticleAsync(db, article.Id, ct);
        await tx.CommitAsync(ct);

        logger.LogInformation(
            "Ingested {Source} as article {ArticleId}: {Quotes} quotes, {NewPeople} new people, {Deadlines} deadlines, {Events} events, {Positions} positions",
            label, article.Id, quotes, facts.NewPeople, deadlines, events, positions);
        return new IngestOutcome(IngestStatus.Added, label, "added", article.Id, quotes, facts.NewPeople, deadlines, events, positions);
    }
}
