using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NaftaTracker.Quotes;

namespace NaftaTracker.Web.Apis;

public static class QuotesApi
{
    public static RouteGroupBuilder MapQuotesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quotes", ListQuotes)
            .WithName("ListQuotes")
            .WithSummary("Quotes, filtered, sorted and paged")
            .WithDescription("What the negotiators said, each with the article it came from and a sourceUrl to the sentence. Same filters as /quotes.")
            .Produces<Paged<QuoteDto>>(StatusCodes.Status200OK, "application/json")
            .ProducesValidationProblem();
        return api;
    }

    /// <summary>The quote filter from query parameters (shared with the export); null when invalid (see <paramref name="input"/>.Errors).</summary>
    public static async Task<QuoteFilter?> ParseAsync(QueryInput input, QuoteQueries quotes, CancellationToken ct)
    {
        var asOf = input.AsOf();
        var country = input.Country();
        var issue = input.Issue();
        var article = input.Article();
        var direct = input.Direct();
        var month = input.Month();
        var sort = input.Sort(QuoteSort.All, QuoteSort.Newest);
        var (page, size) = input.Paging();
        var negotiators = await input.KnownNegotiatorsAsync(quotes, ct);
        return input.IsValid ? new QuoteFilter(negotiators, country, issue, article, direct, asOf, sort, page, size, month) : null;
    }

    public static async Task<IResult> ListQuotes(
        HttpContext http, QuoteQueries quotes,
        [FromQuery, Description("Speaker's person id (slug, e.g. chrystia-freeland); repeat for several (any of them).")] string[]? negotiator,
        [FromQuery, Description("Speaker's party code: US, CA, MX or EU.")] string? country,
        [FromQuery, Description("Issue key, e.g. dairy (see /api/v1/issues).")] string? issue,
        [FromQuery, Description("Article id: only quotes from that article.")] string? article,
        [FromQuery, Description("direct (quotation marks) or indirect (reported speech).")] string? type,
        [FromQuery, Description("Month said, YYYY-MM.")] string? month,
        [FromQuery, Description("YYYY-MM-DD: only quotes from articles published on or before this day.")] string? asOf,
        [FromQuery, Description("newest (default), oldest or speaker.")] string? sort,
        [FromQuery, Description("Page number, from 1.")] string? page,
        [FromQuery, Description("Items per page, 1 to 100 (default 20).")] string? pageSize,
        CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = await ParseAsync(input, quotes, ct);
        if (filter is null) return input.Problem();
        var result = await quotes.ListPageAsync(filter, ct);
        return CachedJson.Ok(http, CachedJson.Envelope(http.Request, result.Items.Select(ApiMap.Quote).ToList(), filter.Page, filter.PageSize, result.Total));
    }
}
