namespace NaftaTracker.Search;

/// <summary>What a search hit is; the values stored in SearchEntries.Kind and used in ?kind=.</summary>
public static class SearchKinds
{
    public const string Quote = "quote";
    public const string Article = "article";
    public const string Issue = "issue";
    public const string Event = "event";
    public const string Deadline = "deadline";

    public static readonly IReadOnlyList<string> All = [Quote, Issue, Event, Deadline, Article];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind);

    public static string Plural(string kind) => kind switch
    {
        Quote => "Quotes", Article => "Articles", Issue => "Issues", Event => "Events", Deadline => "Deadlines", _ => kind,
    };
}
