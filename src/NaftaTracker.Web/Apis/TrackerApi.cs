namespace NaftaTracker.Web.Apis;

/// <summary>The read-only JSON API under /api/v1 (docs/api.md; browsable at /api; OpenAPI at /openapi/v1.json).</summary>
public static class TrackerApi
{
    public static IEndpointRouteBuilder MapTrackerApiV1(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("NaftaTracker API v1")
            // Every endpoint answers a matching If-None-Match with 304 and no body.
            .WithMetadata(new Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
        api.MapIssuesApi();
        api.MapQuotesApi();
        api.MapTimelineApi();
        api.MapPeopleApi();
        api.MapArticlesApi();
        // Anything else under /api is a problem+json 404, not the HTML not-found page.
        endpoints.MapGet("/api/{**rest}", (string? rest) =>
                ApiProblems.NotFoundProblem($"There is no API endpoint at /api/{rest}; see /api or /openapi/v1.json."))
            .ExcludeFromDescription();
        return endpoints;
    }
}
