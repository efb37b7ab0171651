namespace NaftaTracker.Queries;

/// <summary>A verbatim span of an article, addressable as /articles/{id}#span-{start}-{end}.</summary>
public sealed record EvidenceView(int ArticleId, int Start, int End, string Text)
{
    public string Anchor => $"span-{Start}-{End}";
    public string Href => $"/articles/{ArticleId}#{Anchor}";
}

public sealed record PartyRef(string Code, string Name);

public sealed record IssueTag(string Key, string Title);

/// <summary>One page of a result plus the total, so a caller can render a pager or an API can emit paging headers.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int TotalPages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static (int Page, int Size) Normalize(int page, int pageSize) =>
        (Math.Max(1, page), pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize));
}
