using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class FacetPageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task Quote_facet_links_add_a_filter_and_keep_the_others()
    {
        var page = await app.GetAsync("/quotes?sort=oldest&type=direct&page=2");

        var freeland = page.Document.QuerySelectorAll(".facets a").Single(a => a.TextContent.Trim() == "Chrystia Freeland");
        var href = freeland.GetAttribute("href")!;
        Assert.Contains("sort=oldest", href);
        Assert.Contains("type=direct", href);
        Assert.Contains("negotiator=chrystia-freeland", href);
        Assert.DoesNotContain("page=", href);
        var count = int.Parse(freeland.ParentElement!.QuerySelector(".facet-count")!.TextContent);

        var narrowed = await app.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, narrowed.Status);
        Assert.Contains($"{count} quote", narrowed.Document.QuerySelector(".result-count")!.TextContent);
        var chip = narrowed.Document.QuerySelectorAll(".chips a").Single();
        Assert.Contains("Chrystia Freeland", chip.TextContent);
        Assert.DoesNotContain("negotiator=", chip.GetAttribute("href"));
        Assert.Contains("sort=oldest", chip.GetAttribute("href"));
    }

    [Fact]
    public async Task Month_facet_filters_quotes_and_is_kept_by_the_form()
    {
        var page = await app.GetAsync("/quotes");
        var month = page.Document.QuerySelectorAll("[aria-labelledby=facet-month] a").First();
        var narrowed = await app.GetAsync(month.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, narrowed.Status);
        Assert.NotNull(narrowed.Document.QuerySelector("form.filter-form input[type=hidden][name=month]"));
        Assert.Contains(month.TextContent.Trim(), narrowed.Document.QuerySelector(".chips")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync("/quotes?month=2018-9")).Status);
    }

    [Fact]
    public async Task Timeline_has_facets_by_kind_party_issue_month_and_article()
    {
        var page = await app.GetAsync("/timeline?asOf=2018-09-12");
        var headings = page.Document.QuerySelectorAll(".facets h2").Select(h => h.TextContent).ToList();
        foreach (var title in new[] { "Kind", "Party", "Month", "Article" }) Assert.Contains(title, headings);

        var rounds = page.Document.QuerySelectorAll(".facets a").First(a => a.TextContent.Trim() == "Rounds");
        var href = rounds.GetAttribute("href")!;
        Assert.Contains("kind=round", href);
        Assert.Contains("asOf=2018-09-12", href);
        var narrowed = await app.GetAsync(href);
        var entries = narrowed.Document.QuerySelectorAll("li.entry");
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("entry-round", e.ClassName));
    }

    [Fact]
    public async Task Every_list_page_links_its_CSV_and_JSON_with_the_same_query()
    {
        foreach (var (url, export) in new[] { ("/quotes?negotiator=chrystia-freeland&page=2", "/quotes.csv?negotiator=chrystia-freeland"),
                     ("/timeline?kind=deadline", "/timeline.csv?kind=deadline"), ("/issues?country=CA", "/issues.csv?country=CA"),
                     ("/people?country=MX", "/people.csv?country=MX"), ("/articles?asOf=2018-09-12", "/articles.csv?asOf=2018-09-12"),
                     ("/issues/dairy", "/positions.csv?issue=dairy") })
        {
            var page = await app.GetAsync(url);
            var links = page.Document.QuerySelectorAll(".export-links a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Contains(export, links);
            Assert.Contains(export.Replace(".csv", ".json"), links);
        }
    }
}
