using Microsoft.AspNetCore.Mvc;
using NaftaTracker.Domain;
using NaftaTracker.Feeds;
using NaftaTracker.Ingestion;
using NaftaTracker.Queries;

namespace NaftaTracker.Web.Apis;

/// <summary>The iCalendar feed of deadlines and scheduled rounds/meetings, and the Atom feed of quotes and events.
/// Filters are validated: an unknown country, issue or negotiator, or a malformed asOf, is a 400 problem.</summary>
public static class FeedsApi
{
    public static IEndpointRouteBuilder MapFeedsApi(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("").WithTags("Feeds");
        feeds.MapGet("/deadlines.ics", Calendar).WithName("DeadlinesCalendar");
        feeds.MapGet("/feed.atom", Atom).WithName("AtomFeed");
        return endpoints;
    }

    internal static async Task<IResult> Calendar(HttpContext http, FeedQueries queries, TimeProvider clock,
        string? country, string? issue, string? asOf, CancellationToken ct)
    {
        var (filter, problem) = await ValidateAsync(queries, country, issue, asOf, [], ct);
        if (problem is not null) return problem;

        var baseUrl = BaseUrl(http.Request);
        var items = await queries.CalendarAsync(filter!, ct);
        var events = items.Select(i => new CalendarEvent(
            i.Uid,
            Summary(i),
            i.Date.Date,
            (i.EndsOn is { } ends && ends >= i.Date.Date ? ends : i.Date.End).AddDays(1),
            Description(i, baseUrl),
            baseUrl + i.Anchor,
            [i.Kind]));
        var name = "NAFTA deadlines and rounds" + (filter!.Country is null ? "" : $" ({filter.Country})") + (filter.Issue is null ? "" : $" – {filter.Issue}");
        var text = ICalendarWriter.Write(name, events, clock.GetUtcNow());
        return Results.Text(text, "text/calendar; charset=utf-8", System.Text.Encoding.UTF8);
    }

    internal static async Task<IResult> Atom(HttpContext http, FeedQueries queries, TimeProvider clock,
        string? country, string? issue, string? asOf, [FromQuery(Name = "negotiator")] string[]? negotiator, CancellationToken ct)
    {
        var (filter, problem) = await ValidateAsync(queries, country, issue, asOf, negotiator ?? [], ct);
        if (problem is not null) return problem;

        var baseUrl = BaseUrl(http.Request);
        var items = await queries.AtomAsync(filter!, ct);
        var entries = items.Select(i => new AtomEntry(i.Id, i.Title, new DateTimeOffset(i.Date.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            baseUrl + i.Anchor, i.Author, i.Content, i.Summary, i.Categories)).ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var self = baseUrl + http.Request.Path + http.Request.QueryString;
        // The quotes page takes the same filters, so the feed's alternate is that page with this query.
        var xml = AtomWriter.Write("tag:naftatracker,2018:feed", "NaftaTracker: NAFTA renegotiation quotes and events", self,
            baseUrl + "/quotes" + http.Request.QueryString, updated, entries);
        return Results.Bytes(xml, "application/atom+xml; charset=utf-8");
    }

    private static async Task<(FeedFilter? Filter, IResult? Problem)> ValidateAsync(FeedQueries queries, string? country, string? issue, string? asOf,
        string[] negotiators, CancellationToken ct)
    {
        if (!Countries.TryNormalize(country, out var code))
            return (null, Problem("Unknown country", $"There is no party '{Shorten(country!)}'. Use one of: {Countries.ValidList}."));
        country = code;
        issue = string.IsNullOrWhiteSpace(issue) ? null : issue.Trim().ToLowerInvariant();
        if (issue is not null && !await queries.IsKnownIssueAsync(issue, ct))
            return (null, Problem("Unknown issue", $"There is no issue '{Shorten(issue)}'. See /issues for the keys."));
        DateOnly? asOfDay = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (!PartialDate.TryParseIso(asOf.Trim(), out var partial))
                return (null, Problem("Malformed asOf", $"asOf must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not '{Shorten(asOf)}'."));
            asOfDay = partial.End;
        }
        var slugs = negotiators.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToLowerInvariant()).Distinct().ToList();
        var unknown = await queries.UnknownPeopleAsync(slugs, ct);
        if (unknown.Count > 0)
            return (null, Problem("Unknown negotiator", $"There is no person '{Shorten(unknown[0])}'. See /people for the slugs."));
        return (new FeedFilter(country, issue, asOfDay, slugs), null);
    }

    private static IResult Problem(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    internal static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The title, with the date's precision spelled out when it is not a day.</summary>
    internal static string Summary(CalendarItem item)
    {
        var prefix = item.Kind == "Deadline" ? "Deadline: " : "";
        var precision = item.Date.Precision switch
        {
            DatePrecision.Month => $" (month: {DateText.Format(item.Date)}, day unknown)",
            DatePrecision.Year => $" (year: {DateText.Format(item.Date)}, day unknown)",
            _ => "",
        };
        return prefix + item.Title + precision;
    }

    private static string Description(CalendarItem item, string baseUrl)
    {
        var when = item.Date.Precision == DatePrecision.Day ? DateText.Format(item.Date) : $"some time in {DateText.Format(item.Date)} (the source gives no day)";
        var party = item.PartyCode is null ? "all parties" : Parties.Names.GetValueOrDefault(item.PartyCode, item.PartyCode);
        return $"{item.Kind}, {when}; concerns {party}.\n\nSource: “{item.Evidence.Text}”\n— {item.ArticleTitle}\n{baseUrl}{item.Anchor}";
    }
}
