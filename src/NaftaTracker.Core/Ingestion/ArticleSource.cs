using NaftaTracker.Domain;

namespace NaftaTracker.Ingestion;

/// <summary>An article to ingest: its text (already decoded) and what is known about where it came from.</summary>
public sealed record ArticleSource(
    string Text,
    string Title,
    DateOnly Published,
    DateKnowledge DateKnowledge,
    string DateEvidence,
    string? Outlet = null,
    string? Url = null,
    string? SourceFile = null)
{
    /// <summary>What reading the file noticed (e.g. "decoded as Windows-1252"), for the report; not stored.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
