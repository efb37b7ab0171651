using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Core.Tests.Timeline;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

namespace NaftaTracker.Core.Tests.Facets;

/// <summary>Facet counts over the seeded store: each facet applies every other active filter, never its own.</summary>
public sealed class FacetTests : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.SeededAsync();
    public Task DisposeAsync() { _store.Dispose(); return Task.CompletedTask; }

    private QuoteQueries Quotes() => new(_store.NewContext());

    private static int CountOf(Facet facet, string value) => facet.Values.SingleOrDefault(v => v.Value == value)?.Count ?? 0;

    [Fact]
    public async Task Unfiltered_counts_add_up_to_the_quotes_with_that_attribute()
    {
        var all = await Quotes().ListAllAsync(new QuoteFilter());
        var facets = await new QuoteFacets(Quotes()).ComputeAsync(new QuoteFilter());

        Assert.Equal(all.Count(q => q.Speaker is not null), facets.Negotiator.Values.Sum(v => v.Count));
        Assert.Equal(all.Count, facets.Article.Values.Sum(v => v.Count));
        Assert.Equal(all.Count(q => q.Speaker?.Slug == "chrystia-freeland"), CountOf(facets.Negotiator, "chrystia-freeland"));
        Assert.Equal(all.Count(q => q.Speaker?.Party?.Code == "CA"), CountOf(facets.Party, "CA"));
        Assert.Equal(all.Count(q => q.Issues.Any(i => i.Key == "dairy")), CountOf(facets.Issue, "dairy"));
        Assert.All(facets.All.SelectMany(f => f.Values), v => Assert.False(v.Selected));
        Assert.Equal(facets.Month.Values.Select(v => v.Value).OrderBy(v => v, StringComparer.Ordinal), facets.Month.Values.Select(v => v.Value));
    }

    [Fact]
    public async Task A_facet_ignores_its_own_filter_but_applies_the_others()
    {
        var filter = new QuoteFilter(Negotiators: ["chrystia-freeland"], Country: "CA");
        var facets = await new QuoteFacets(Quotes()).ComputeAsync(filter);

        // Speaker facet: every Canadian speaker is still offered (its own filter is ignored), with its count under country=CA.
        var canadians = await Quotes().ListAllAsync(new QuoteFilter(Country: "CA"));
        Assert.Equal(canadians.Select(q => q.Speaker!.Slug).Distinct().Order(), facets.Negotiator.Values.Select(v => v.Value).Order());
        Assert.True(facets.Negotiator.Values.Single(v => v.Value == "chrystia-freeland").Selected);
        Assert.DoesNotContain(facets.Negotiator.Values, v => v.Value == "robert-lighthizer");

        // Party facet under negotiator=freeland: only Canada, with all her quotes.
        var hers = await Quotes().ListAllAsync(new QuoteFilter(Negotiators: ["chrystia-freeland"]));
        Assert.Equal([("CA", hers.Count)], facets.Party.Values.Select(v => (v.Value, v.Count)));

        // Month facet counts sum to the filtered total (every seeded quote has a day or month).
        var both = await Quotes().ListAllAsync(filter);
        Assert.Equal(both.Count(q => q.SaidOn.Precision != Domain.DatePrecision.Year), facets.Month.Values.Sum(v => v.Count));
    }

    [Fact]
    public async Task Month_filter_keeps_only_quotes_said_that_month()
    {
        var facets = await new QuoteFacets(Quotes()).ComputeAsync(new QuoteFilter());
        var month = facets.Month.Values.First();
        Assert.True(FacetCounting.TryParseMonth(month.Value, out var first));

        var quotes = await Quotes().ListAllAsync(new QuoteFilter(Month: first));
        Assert.Equal(month.Count, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(month.Value, q.SaidOn.ToIso()[..7]));
    }

    [Fact]
    public async Task Timeline_facets_follow_the_same_rule()
    {
        var clock = new FixedClock(new DateOnly(2018, 9, 12));
        var timeline = new TimelineService(_store.NewContext(), clock);
        var all = await timeline.ListAllAsync(new TimelineFilter());
        var facets = await new TimelineFacets(new TimelineService(_store.NewContext(), clock)).ComputeAsync(new TimelineFilter(Kinds: [TimelineKind.Deadline]));

        // Kind facet ignores kind=deadline: every kind is offered with its full count.
        Assert.Equal(all.Count, facets.Kind.Values.Sum(v => v.Count));
        Assert.True(facets.Kind.Values.Single(v => v.Value == "deadline").Selected);
        // The other facets count deadlines only.
        var deadlines = all.Where(e => e.Kind == TimelineKind.Deadline).ToList();
        Assert.Equal(deadlines.Count, facets.Article.Values.Sum(v => v.Count));
        Assert.Contains(facets.Month.Values, v => v.Value == "2018-11" && v.Label == "November 2018");
        Assert.Empty(facets.Negotiator.Values); // deadlines have no person
    }

    [Theory]
    [InlineData("2018-09", true)]
    [InlineData("2018-9", false)]
    [InlineData("2018-13", false)]
    [InlineData("2018-09-01", false)]
    [InlineData("", false)]
    public void Month_parameter_is_strict(string text, bool ok) => Assert.Equal(ok, FacetCounting.TryParseMonth(text, out _));
}
