using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NaftaTracker.Articles;

namespace NaftaTracker.Web.Apis;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListArticles)
            .WithName("ListArticles")
            .WithSummary("Source articles, newest first")
            .Produces<Paged<ArticleDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        api.MapGet("/articles/{id}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("One article: text, quotes, positions and timeline entries taken from it")
            .Produces<ArticleDetailDto>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> ListArticles(
        HttpContext http, ArticleQueries articles,
        [FromQuery, Description("YYYY-MM-DD: only articles published on or before this day.")] string? asOf,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        var (p, size) = input.Paging();
        if (!input.IsValid) return input.Problem();
        var all = (await articles.ListAllAsync(new ArticleFilter(day), ct)).Select(ApiMap.Article).ToList();
        return CachedJson.Ok(http, CachedJson.Page(http.Request, all, p, size));
    }

    public static async Task<IResult> GetArticle(
        HttpContext http, ArticleQueries articles,
        [Description("Article id (a positive whole number).")] string id,
        [FromQuery, Description("YYYY-MM-DD: 404 when the article was published after this day.")] string? asOf,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var day = input.AsOf();
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return ApiProblems.BadId("id", id);
        if (!input.IsValid) return input.Problem();
        var detail = await articles.GetAsync(number, ct);
        if (detail is null) return ApiProblems.NotFoundProblem($"There is no article with the id {number}; see /api/v1/articles.");
        if (day is { } d && detail.Article.PublishedOn > d)
            return ApiProblems.NotFoundProblem($"Article {number} was published on {detail.Article.PublishedOn:yyyy-MM-dd}, after the as-of day {d:yyyy-MM-dd}.");
        var published = new Dictionary<int, DateOnly> { [number] = detail.Article.PublishedOn };
        return CachedJson.Ok(http, new ArticleDetailDto(ApiMap.Article(detail.Article), detail.DateEvidence, detail.Text,
            detail.Quotes.Select(ApiMap.Quote).ToList(), detail.Positions.Select(ApiMap.Stance).ToList(),
            detail.Timeline.Select(e => ApiMap.Entry(e, published)).ToList()));
    }
}
