using NaftaTracker.Domain;
using NaftaTracker.Queries;

namespace NaftaTracker.Quotes;

public static class QuoteSort
{
    public const string Newest = "newest";
    public const string Oldest = "oldest";
    public const string Speaker = "speaker";
    public static readonly IReadOnlyList<string> All = [Newest, Oldest, Speaker];
}

/// <param name="Negotiators">Person slugs; a quote matches when its speaker is any of them.</param>
/// <param name="Country">Party code of the speaker.</param>
/// <param name="Issue">Issue key the quote is tagged with.</param>
/// <param name="Direct">True: direct quotes only; false: reported speech only.</param>
/// <param name="AsOf">Only quotes from articles published on or before this date.</param>
/// <param name="Month">First day of a month: only quotes said in that month (day or month precision).</param>
public sealed record QuoteFilter(
    IReadOnlyList<string>? Negotiators = null, string? Country = null, string? Issue = null, int? ArticleId = null,
    bool? Direct = null, DateOnly? AsOf = null, string? Sort = null, int Page = 1, int PageSize = Paging.DefaultPageSize,
    DateOnly? Month = null);

public sealed record SpeakerView(string Slug, string Name, SpeakerKind Kind, string? Role, PartyRef? Party);

public sealed record QuoteView(
    int Id, string Text, bool IsDirect, PartialDate SaidOn, SpeakerView? Speaker,
    int ArticleId, string ArticleTitle, DateOnly ArticlePublishedOn, int Start, int End, IReadOnlyList<IssueTag> Issues)
{
    public string Anchor => $"q-{Id}";
    public string Href => $"/articles/{ArticleId}#{Anchor}";
}
