using Microsoft.Extensions.DependencyInjection.Extensions;
using NaftaTracker.Articles;
using NaftaTracker.Feeds;
using NaftaTracker.Insights;
using NaftaTracker.Issues;
using NaftaTracker.Overview;
using NaftaTracker.People;
using NaftaTracker.Quotes;
using NaftaTracker.Search;
using NaftaTracker.Timeline;
using NaftaTracker.Web.Apis;
using NaftaTracker.Web.Export;

namespace NaftaTracker.Web.Infrastructure;

public static class FeatureExtensions
{
    /// <summary>The small query services each page and API reads through.</summary>
    public static IServiceCollection AddTrackerFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<QuoteQueries>();
        services.AddScoped<TimelineService>();
        services.AddScoped<IssueQueries>();
        services.AddScoped<PeopleQueries>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<OverviewQueries>();
        services.AddScoped<SearchService>();
        services.AddScoped<FeedQueries>();
        services.AddScoped<ChartQueries>();
        services.AddScoped<QuoteFacets>();
        services.AddScoped<TimelineFacets>();
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NaftaTracker API";
            document.Info.Version = "v1";
            document.Info.Description = "Read-only JSON API of the 2017-2018 NAFTA renegotiation tracker: issues, positions, quotes, deadlines, "
                + "timeline events, people and articles, each item linked to the sentence it came from. Lists are paged "
                + $"(page from 1; pageSize 1-{QueryInput.MaxPageSize}, default {QueryInput.DefaultPageSize}). asOf=YYYY-MM-DD shows the talks as they stood then. "
                + "Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Minimal APIs, feeds and exports, each group in Apis/.</summary>
    public static IEndpointRouteBuilder MapTrackerApis(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedsApi();
        endpoints.MapOpenApi();
        endpoints.MapTrackerApiV1();
        endpoints.MapTrackerExports();
        return endpoints;
    }
}
