using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NaftaTracker.Store;

namespace NaftaTracker.Search;

public sealed record SearchHit(
    string Kind, int RefId, int? ArticleId, int? Start, int? End, string? IssueKey, DateOnly? PublishedOn,
    IReadOnlyList<HighlightSegment> Title, IReadOnlyList<HighlightSegment> Snippet, string? ArticleTitle = null)
{
    /// <summary>For quotes: the titles of the issues the quote is tagged with (a quote can match by its tags alone).</summary>
    public IReadOnlyList<string> IssueTags { get; init; } = [];

    /// <summary>Where the hit lives: the exact sentence for quotes and evidence spans.</summary>
    public string Href => Kind switch
    {
        SearchKinds.Quote => $"/articles/{ArticleId}#q-{RefId}",
        SearchKinds.Event or SearchKinds.Deadline => $"/articles/{ArticleId}#span-{Start}-{End}",
        SearchKinds.Issue => $"/issues/{Uri.EscapeDataString(IssueKey ?? "")}",
        _ => $"/articles/{ArticleId}",
    };
}

public sealed record SearchResults(SearchQuery Query, string? Kind, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, int> CountsByKind, int Total)
{
    public string? Message =>
        Query.IsEmpty ? "Type a word to search."
        : Total == 0 ? $"No results for “{Query.Input}”."
        : Hits.Count == 0 && Kind is not null ? $"No {SearchKinds.Plural(Kind).ToLowerInvariant()} match “{Query.Input}”; the other kinds above do."
        : null;
}

/// <summary>Queries the FTS5 index with parameters only; the MATCH expression comes from <see cref="SearchQuery"/>.</summary>
public sealed class SearchService(TrackerDbContext db)
{
    public const int MaxHits = 50;
    private const int MaxScanned = 1000;

    public async Task<SearchResults> SearchAsync(string? input, string? kind = null, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var query = SearchQuery.Parse(input);
        kind = SearchKinds.IsKnown(kind) ? kind : null;
        if (query.IsEmpty) return new SearchResults(query, kind, [], new Dictionary<string, int>(), 0);

        var all = await RunAsync(query.MatchExpression, asOf, ct);
        var counts = all.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Count());
        var hits = all.Where(h => kind is null || h.Kind == kind).Take(MaxHits).ToList();
        var quoteIds = hits.Where(h => h.Kind == SearchKinds.Quote).Select(h => h.RefId).ToList();
        if (quoteIds.Count > 0)
        {
            var tags = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id))
                .Select(q => new { q.Id, Issues = q.Issues.OrderBy(i => i.Id).Select(i => i.Title).ToList() })
                .ToDictionaryAsync(q => q.Id, q => q.Issues, ct);
            hits = hits.Select(h => h.Kind == SearchKinds.Quote && tags.TryGetValue(h.RefId, out var t) ? h with { IssueTags = t } : h).ToList();
        }
        return new SearchResults(query, kind, hits, counts, all.Count);
    }

    private async Task<List<SearchHit>> RunAsync(string match, DateOnly? asOf, CancellationToken ct)
    {
        const string sql = """
            WITH hits AS (
                SELECT Kind, RefId, ArticleId, Start, End,
                       highlight(SearchEntries, 5, char(57344), char(57345)) AS TitleMarked,
                       snippet(SearchEntries, 6, char(57344), char(57345), '…', 28) AS SnippetMarked,
                       bm25(SearchEntries, 0.0, 0.0, 0.0, 0.0, 0.0, 10.0, 1.0, 4.0) AS Rank
                FROM SearchEntries
                WHERE SearchEntries MATCH $match
            )
            SELECT h.Kind, h.RefId, h.ArticleId, h.Start, h.End, h.TitleMarked, h.SnippetMarked, i.Key, a.PublishedOn, a.Title
            FROM hits h
            LEFT JOIN Articles a ON a.Id = h.ArticleId
            LEFT JOIN Issues i ON h.Kind = 'issue' AND i.Id = h.RefId
            WHERE $asOf IS NULL OR h.ArticleId IS NULL OR a.PublishedOn <= $asOf
            ORDER BY h.Rank, a.PublishedOn DESC
            LIMIT $limit
            """;
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "$match", match);
            Add(command, "$asOf", asOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(command, "$limit", MaxScanned);
            var hits = new List<SearchHit>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                hits.Add(new SearchHit(
                    reader.GetString(0), Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture),
                    NullableInt(reader, 2), NullableInt(reader, 3), NullableInt(reader, 4),
                    reader.IsDBNull(7) ? null : reader.GetString(7),
                    reader.IsDBNull(8) ? null : DateOnly.ParseExact(reader.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Highlight.Split(reader.IsDBNull(5) ? "" : reader.GetString(5)),
                    Highlight.Split(reader.IsDBNull(6) ? "" : reader.GetString(6)),
                    reader.IsDBNull(9) ? null : reader.GetString(9)));
            }
            return hits;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    private static int? NullableInt(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
    }
}
