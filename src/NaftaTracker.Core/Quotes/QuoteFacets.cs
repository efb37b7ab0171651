using NaftaTracker.Domain;
using NaftaTracker.Queries;

namespace NaftaTracker.Quotes;

/// <summary>Facets of the quotes list, Datasette style.</summary>
public sealed record QuoteFacetSet(Facet Negotiator, Facet Party, Facet Issue, Facet Month, Facet Article)
{
    public IReadOnlyList<Facet> All => [Negotiator, Party, Issue, Month, Article];
}

/// <summary>Counts for each facet under every active filter except the facet's own, so each value says how many quotes
/// selecting it (alone, for that facet) would show; the selected values are marked.</summary>
public sealed class QuoteFacets(QuoteQueries quotes)
{
    public async Task<QuoteFacetSet> ComputeAsync(QuoteFilter filter, CancellationToken ct = default)
    {
        var f = filter with { Page = 1 };
        var byNegotiator = await quotes.ListAllAsync(f with { Negotiators = null }, ct);
        var byParty = await quotes.ListAllAsync(f with { Country = null }, ct);
        var byIssue = await quotes.ListAllAsync(f with { Issue = null }, ct);
        var byMonth = await quotes.ListAllAsync(f with { Month = null }, ct);
        var byArticle = await quotes.ListAllAsync(f with { ArticleId = null }, ct);
        return new QuoteFacetSet(
            FacetCounting.Build("negotiator", "Speaker", byNegotiator,
                q => q.Speaker is { } s ? [(s.Slug, s.Name)] : [], filter.Negotiators ?? []),
            FacetCounting.Build("country", "Party", byParty,
                q => q.Speaker?.Party is { } p ? [(p.Code, p.Name)] : [], filter.Country is { } c ? [c] : []),
            FacetCounting.Build("issue", "Issue", byIssue,
                q => q.Issues.Select(i => (i.Key, i.Title)), filter.Issue is { } i ? [i] : []),
            FacetCounting.Build("month", "Month said", byMonth,
                q => q.SaidOn.Precision == DatePrecision.Year ? [] : [(FacetCounting.MonthKey(q.SaidOn.Date), FacetCounting.MonthLabel(FacetCounting.MonthKey(q.SaidOn.Date)))],
                filter.Month is { } m ? [FacetCounting.MonthKey(m)] : [], chronological: true),
            FacetCounting.Build("article", "Article", byArticle,
                q => [(q.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture), q.ArticleTitle)],
                filter.ArticleId is { } a ? [a.ToString(System.Globalization.CultureInfo.InvariantCulture)] : []));
    }
}
