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
        services.AddProblemDetails();
        services.AddScoped<SearchService>();
        services.AddScoped<FeedQueries>();
        services.AddScoped<ChartQueries>();
        return services;
    }

    /// <summary>Minimal APIs, feeds and exports, each group in Apis/.</summary>
    public static IEndpointRouteBuilder MapTrackerApis(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFeedsApi();
        return endpoints;
    }
}
