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
    string? SourceFile = null);
