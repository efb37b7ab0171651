namespace NaftaTracker.Ingestion;

public enum IngestStatus { Added, Skipped, Rejected }

/// <summary>What ingesting one article did, for the CLI's report and the logs.</summary>
public sealed record IngestOutcome(
    IngestStatus Status,
    string Source,
    string Reason,
    int? ArticleId = null,
    int Quotes = 0,
    int NewPeople = 0,
    int Deadlines = 0,
    int Events = 0,
    int Positions = 0)
{
    public static IngestOutcome Skipped(string source, int articleId) =>
        new(IngestStatus.Skipped, source, $"same text already stored as article {articleId}", articleId);

    public static IngestOutcome Rejected(string source, string reason) => new(IngestStatus.Rejected, source, reason);
}
