using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NaftaTracker.Articles;
using NaftaTracker.Issues;

namespace NaftaTracker.Web.Apis;

public static class IssuesApi
{
    public static RouteGroupBuilder MapIssuesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/issues", ListIssues)
            .WithName("ListIssues")
            .WithSummary("Sticking points with each party's current stance")
            .WithDescription("Every issue with each party's latest stance as of the given day (default today). With country, only that party's stance is listed.")
            .Produces<Paged<IssueDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        api.MapGet("/issues/{key}", GetIssue)
            .WithName("GetIssue")
            .WithSummary("One sticking point: current stances, history, quotes and related timeline entries")
            .Produces<IssueDetailDto>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/positions", ListPositions)
            .WithName("ListPositions")
            .WithSummary("Every reported position (stance history), oldest first")
            .Produces<Paged<StanceDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<IResult> ListIssues(
        HttpContext http, IssueQueries issues,
        [FromQuery, Description("Party code (US, CA, MX, EU): list only that party's stance.")] string? country,
        [FromQuery, Description("YYYY-MM-DD: stances as last stated in articles published by then.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        var party = input.Country();
        var (p, size) = input.Paging();
        if (!input.IsValid) return input.Problem();
        var all = (await issues.ListAsync(new IssueFilter(AsOf: day), ct))
            .Select(i => party is null ? i : i with { Current = i.Current.Where(s => s.Party.Code == party).ToList() })
            .Select(ApiMap.Issue).ToList();
        return CachedJson.Ok(http, CachedJson.Page(http.Request, all, p, size));
    }

    public static async Task<IResult> GetIssue(
        HttpContext http, IssueQueries issues, ArticleQueries articles,
        [Description("Issue key, e.g. dairy.")] string key,
        [FromQuery, Description("YYYY-MM-DD: the issue as it stood then.")] string? asOf,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        if (!input.IsValid) return input.Problem();
        var detail = await issues.GetAsync(key.ToLowerInvariant(), day, ct);
        if (detail is null) return ApiProblems.NotFoundProblem($"There is no issue with the key '{key}'; see /api/v1/issues.");
        var published = (await articles.ListAllAsync(new ArticleFilter(), ct)).ToDictionary(a => a.Id, a => a.PublishedOn);
        return CachedJson.Ok(http, ApiMap.IssueDetail(detail, published));
    }

    public static async Task<IResult> ListPositions(
        HttpContext http, IssueQueries issues,
        [FromQuery, Description("Party code: US, CA, MX or EU.")] string? country,
        [FromQuery, Description("Issue key, e.g. dairy.")] string? issue,
        [FromQuery, Description("Article id.")] string? article,
        [FromQuery, Description("YYYY-MM-DD: only positions from articles published by then.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = new PositionFilter(input.Country(), input.Issue(), input.Article(), input.AsOf());
        var (p, size) = input.Paging();
        if (!input.IsValid) return input.Problem();
        var all = (await issues.PositionsAsync(filter, ct)).Select(ApiMap.Stance).ToList();
        return CachedJson.Ok(http, CachedJson.Page(http.Request, all, p, size));
    }
}
