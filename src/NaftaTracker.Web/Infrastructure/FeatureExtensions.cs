using Microsoft.Extensions.DependencyInjection.Extensions;
using NaftaTracker.Feeds;
using NaftaTracker.Insights;
using NaftaTracker.Search;
using NaftaTracker.Web.Apis;

namespace NaftaTracker.Web.Infrastructure;

public static class FeatureExtensions
{
    /// <summary>The small query services each page and API reads through.</summary>
    public static IServiceCollection AddTrackerFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
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
