using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NaftaTracker.Articles;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

namespace NaftaTracker.Web.Apis;

public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", ListEvents)
            .WithName("ListEvents")
            .WithSummary("Timeline entries (rounds, meetings, statements, threats and deadlines) in date order")
            .WithDescription("Same filters as /timeline. Deadlines carry a countdown relative to asOf (default today).")
            .Produces<Paged<TimelineEntryDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        api.MapGet("/deadlines", ListDeadlines)
            .WithName("ListDeadlines")
            .WithSummary("Deadlines in date order, each upcoming or passed relative to asOf")
            .Produces<Paged<TimelineEntryDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        return api;
    }

    /// <summary>The timeline filter from query parameters (shared with the page's export); null when invalid.</summary>
    public static async Task<TimelineFilter?> ParseAsync(QueryInput input, QuoteQueries quotes, bool deadlinesOnly, CancellationToken ct)
    {
        var asOf = input.AsOf();
        var kinds = deadlinesOnly ? [TimelineKind.Deadline] : input.Kinds();
        var filter = new TimelineFilter(kinds, input.Country(), input.Issue(), input.Article(), asOf,
            await input.KnownNegotiatorsAsync(quotes, ct), input.Month());
        return input.IsValid ? filter : null;
    }

    public static Task<IResult> ListEvents(
        HttpContext http, TimelineService timeline, QuoteQueries quotes, ArticleQueries articles,
        [FromQuery, Description("deadline, round, meeting, statement or threat; repeat for several. Default: all.")] string[]? kind,
        [FromQuery, Description("Party code (US, CA, MX, EU) of the entry or its person.")] string? country,
        [FromQuery, Description("Issue key, e.g. dairy.")] string? issue,
        [FromQuery, Description("Person id (slug); repeat for several.")] string[]? negotiator,
        [FromQuery, Description("Article id.")] string? article,
        [FromQuery, Description("Month, YYYY-MM.")] string? month,
        [FromQuery, Description("YYYY-MM-DD: only entries reported by then; countdowns relative to it.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct) => List(http, timeline, quotes, articles, false, ct);

    public static Task<IResult> ListDeadlines(
        HttpContext http, TimelineService timeline, QuoteQueries quotes, ArticleQueries articles,
        [FromQuery, Description("Party code: US, CA, MX or EU.")] string? country,
        [FromQuery, Description("Issue key, e.g. dairy.")] string? issue,
        [FromQuery, Description("Article id.")] string? article,
        [FromQuery, Description("Month due, YYYY-MM.")] string? month,
        [FromQuery, Description("YYYY-MM-DD: only deadlines reported by then; upcoming/passed relative to it.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct) => List(http, timeline, quotes, articles, true, ct);

    private static async Task<IResult> List(HttpContext http, TimelineService timeline, QuoteQueries quotes, ArticleQueries articles, bool deadlinesOnly, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = await ParseAsync(input, quotes, deadlinesOnly, ct);
        var (p, size) = input.Paging();
        if (filter is null || !input.IsValid) return input.Problem();
        var published = (await articles.ListAllAsync(new ArticleFilter(), ct)).ToDictionary(a => a.Id, a => a.PublishedOn);
        var all = (await timeline.ListAllAsync(filter, ct)).Select(e => ApiMap.Entry(e, published)).ToList();
        return CachedJson.Ok(http, CachedJson.Page(http.Request, all, p, size));
    }
}
