using System.Globalization;
using NaftaTracker.Articles;
using NaftaTracker.Domain;
using NaftaTracker.Issues;
using NaftaTracker.People;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

namespace NaftaTracker.Web.Apis;

public sealed record PageLinks(string Self, string? Next, string? Prev);

/// <summary>The envelope of every list endpoint.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

public sealed record ArticleRef(int Id, string Title, DateOnly PublishedOn, string Url, string ApiUrl);

public sealed record PersonRef(string Slug, string Name, SpeakerKind Kind, string? Role, PartyRef? Party, string ApiUrl);

public sealed record QuoteDto(
    int Id, string Text, string Type, PartialDate SaidOn, PersonRef? Speaker, IReadOnlyList<IssueTag> Issues, ArticleRef Article, string SourceUrl);

public sealed record StanceDto(
    int PositionId, IssueTag Issue, PartyRef Party, Stance Stance, string Summary, PartialDate StatedOn, string Evidence,
    ArticleRef Article, string SourceUrl);

public sealed record IssueDto(string Key, string Title, string Description, IssueStatus Status, IReadOnlyList<StanceDto> Current, string Url, string ApiUrl);

public sealed record IssueDetailDto(
    string Key, string Title, string Description, IssueStatus Status, IReadOnlyList<StanceDto> Current,
    IReadOnlyList<StanceDto> History, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<TimelineEntryDto> Related, string Url);

public sealed record CountdownDto(Timing Timing, int? Days, string Text);

public sealed record TimelineEntryDto(
    string Id, TimelineKind Kind, string Title, PartialDate On, DateOnly? EndsOn, int? RoundNumber, PartyRef? Party,
    string? PersonSlug, string? PersonName, IssueTag? Issue, CountdownDto? Countdown, string Evidence, ArticleRef Article, string SourceUrl);

public sealed record PersonDto(string Slug, string Name, SpeakerKind Kind, string? Role, PartyRef? Party, int QuoteCount, string QuotesUrl, string ApiUrl);

public sealed record PersonDetailDto(PersonDto Person, IReadOnlyList<QuoteDto> Quotes);

public sealed record ArticleDto(
    int Id, string Title, string? Outlet, string? Url, DateOnly PublishedOn, DateKnowledge DateKnowledge,
    int QuoteCount, int PositionCount, int DeadlineCount, int EventCount, string SourceUrl, string ApiUrl);

public sealed record ArticleDetailDto(
    ArticleDto Article, string DateEvidence, string Text, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<StanceDto> Positions,
    IReadOnlyList<TimelineEntryDto> Timeline);

/// <summary>Read models to API shapes; every item carries a link to the sentence it came from.</summary>
public static class ApiMap
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static ArticleRef Article(int id, string title, DateOnly published) =>
        new(id, title, published, $"/articles/{Id(id)}", $"/api/v1/articles/{Id(id)}");

    public static QuoteDto Quote(QuoteView q) => new(
        q.Id, q.Text, q.IsDirect ? "direct" : "indirect", q.SaidOn,
        q.Speaker is { } s ? new PersonRef(s.Slug, s.Name, s.Kind, s.Role, s.Party, $"/api/v1/people/{s.Slug}") : null,
        q.Issues, Article(q.ArticleId, q.ArticleTitle, q.ArticlePublishedOn), q.Href);

    public static StanceDto Stance(StanceView s) => new(
        s.PositionId, new IssueTag(s.IssueKey, s.IssueTitle), s.Party, s.Stance, s.Summary, s.StatedOn, s.Evidence.Text,
        Article(s.ArticleId, s.ArticleTitle, s.ArticlePublishedOn), s.Evidence.Href);

    public static IssueDto Issue(IssueSummary i) => new(
        i.Key, i.Title, i.Description, i.Status, i.Current.Select(Stance).ToList(), $"/issues/{i.Key}", $"/api/v1/issues/{i.Key}");

    public static IssueDetailDto IssueDetail(IssueDetail d, IReadOnlyDictionary<int, DateOnly> published) => new(
        d.Issue.Key, d.Issue.Title, d.Issue.Description, d.Issue.Status, d.Issue.Current.Select(Stance).ToList(),
        d.History.Select(Stance).ToList(), d.Quotes.Select(Quote).ToList(), d.Related.Select(e => Entry(e, published)).ToList(),
        $"/issues/{d.Issue.Key}");

    public static TimelineEntryDto Entry(TimelineEntry e, IReadOnlyDictionary<int, DateOnly> published) => new(
        e.Id, e.Kind, e.Title, e.On, e.EndsOn, e.RoundNumber, e.Party, e.PersonSlug, e.PersonName, e.Issue,
        e.Countdown is { } c ? new CountdownDto(c.Timing, c.Days, c.Text) : null, e.Evidence.Text,
        Article(e.ArticleId, e.ArticleTitle, published.GetValueOrDefault(e.ArticleId)), e.Evidence.Href);

    public static PersonDto Person(PersonView p, DateOnly? asOf) => new(
        p.Slug, p.Name, p.Kind, p.Role, p.Party, p.QuoteCount,
        asOf is { } d ? $"/api/v1/quotes?negotiator={Uri.EscapeDataString(p.Slug)}&asOf={d:yyyy-MM-dd}" : $"/api/v1/quotes?negotiator={Uri.EscapeDataString(p.Slug)}",
        $"/api/v1/people/{p.Slug}");

    public static ArticleDto Article(ArticleSummary a) => new(
        a.Id, a.Title, a.Outlet, a.Url, a.PublishedOn, a.DateKnowledge, a.QuoteCount, a.PositionCount, a.DeadlineCount, a.EventCount,
        $"/articles/{Id(a.Id)}", $"/api/v1/articles/{Id(a.Id)}");
}
