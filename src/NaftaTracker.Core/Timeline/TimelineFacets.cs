using System.Globalization;
using NaftaTracker.Extraction;
using NaftaTracker.Queries;

namespace NaftaTracker.Timeline;

public sealed record TimelineFacetSet(Facet Kind, Facet Negotiator, Facet Party, Facet Issue, Facet Month, Facet Article)
{
    public IReadOnlyList<Facet> All => [Kind, Negotiator, Party, Issue, Month, Article];
}

/// <summary>Facets of the timeline: each facet's counts apply every active filter except its own.</summary>
public sealed class TimelineFacets(TimelineService timeline)
{
    public async Task<TimelineFacetSet> ComputeAsync(TimelineFilter filter, CancellationToken ct = default)
    {
        var f = filter with { AsOf = filter.AsOf ?? timeline.Today };
        var byKind = await timeline.ListAllAsync(f with { Kinds = null }, ct);
        var byNegotiator = await timeline.ListAllAsync(f with { Negotiators = null }, ct);
        var byParty = await timeline.ListAllAsync(f with { Country = null }, ct);
        var byIssue = await timeline.ListAllAsync(f with { Issue = null }, ct);
        var byMonth = await timeline.ListAllAsync(f with { Month = null }, ct);
        var byArticle = await timeline.ListAllAsync(f with { ArticleId = null }, ct);
        return new TimelineFacetSet(
            FacetCounting.Build("kind", "Kind", byKind,
                e => [(Slug(e.Kind), e.Kind + "s")], (filter.Kinds ?? []).Select(Slug)),
            FacetCounting.Build("negotiator", "Person", byNegotiator,
                e => e.PersonSlug is { } s ? [(s, e.PersonName ?? s)] : [], filter.Negotiators ?? []),
            FacetCounting.Build("country", "Party", byParty,
                e => e.Party is { } p ? [(p.Code, p.Name)] : [], filter.Country is { } c ? [c] : []),
            FacetCounting.Build("issue", "Issue", byIssue,
                e => IssueTaxonomy.All.Where(d => TimelineService.MatchesIssue(e, d.Key)).Select(d => (d.Key, d.Title)),
                filter.Issue is { } i ? [i] : []),
            FacetCounting.Build("month", "Month", byMonth,
                e => TimelineService.MonthKey(e.On) is { } m ? [(m, FacetCounting.MonthLabel(m))] : [],
                filter.Month is { } mo ? [FacetCounting.MonthKey(mo)] : [], chronological: true),
            FacetCounting.Build("article", "Article", byArticle,
                e => [(e.ArticleId.ToString(CultureInfo.InvariantCulture), e.ArticleTitle)],
                filter.ArticleId is { } a ? [a.ToString(CultureInfo.InvariantCulture)] : []));
    }

    public static string Slug(TimelineKind kind) => kind.ToString().ToLowerInvariant();
}
