namespace NaftaTracker.Web.Infrastructure;

public static class FeatureExtensions
{
    /// <summary>The small query services each page and API reads through.</summary>
    public static IServiceCollection AddTrackerFeatures(this IServiceCollection services)
    {
        return services;
    }

    /// <summary>Minimal APIs, feeds and exports, each group in Apis/.</summary>
    public static IEndpointRouteBuilder MapTrackerApis(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
