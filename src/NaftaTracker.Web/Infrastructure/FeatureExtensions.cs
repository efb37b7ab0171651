using Microsoft.Extensions.DependencyInjection.Extensions;
using NaftaTracker.Articles;
using NaftaTracker.Issues;
using NaftaTracker.Overview;
using NaftaTracker.People;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

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
        return services;
    }

    /// <summary>Minimal APIs, feeds and exports, each group in Apis/.</summary>
    public static IEndpointRouteBuilder MapTrackerApis(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
