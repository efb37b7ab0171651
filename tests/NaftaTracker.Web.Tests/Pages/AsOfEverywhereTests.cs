using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class AsOfEverywhereTests(TrackerAppFactory app)
{
    public static TheoryData<string> Pages => new()
    {
        "/", "/issues", "/issues?country=CA", "/issues/dairy", "/timeline", "/quotes", "/quotes?negotiator=chrystia-freeland",
        "/people", "/articles", "/articles/1", "/articles/new", "/api",
    };

    private static string WithAsOf(string url, string asOf) => url + (url.Contains('?') ? "&" : "?") + "asOf=" + asOf;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_internal_link_keeps_the_as_of_date(string url)
    {
        var page = await app.GetAsync(WithAsOf(url, "2018-09-12"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith('/') && !h.StartsWith("/openapi"))
            .ToList();
        Assert.NotEmpty(links);
        // The bar's "Back to today" link is the one link meant to drop it.
        var backToToday = page.Document.QuerySelectorAll(".asof-bar a").Select(a => a.GetAttribute("href")).ToHashSet();
        // (The API page's examples may set their own asOf, e.g. a malformed one.)
        Assert.All(links.Where(h => !backToToday.Contains(h)), h => Assert.Contains("asOf=", h));
        Assert.True(links.Count(h => h.Contains("asOf=2018-09-12")) >= links.Count - backToToday.Count - 2);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_the_visible_as_of_control_keeping_the_other_parameters(string url)
    {
        var page = await app.GetAsync(WithAsOf(url, "2018-09-12"));

        var form = page.Document.QuerySelector(".asof-bar form")!;
        Assert.Equal(url.Split('?')[0], form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("2018-09-12", form.QuerySelector("input[type=date][name=asOf]")!.GetAttribute("value"));
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => $"{i.GetAttribute("name")}={i.GetAttribute("value")}").ToList();
        if (url.Contains('?')) Assert.Contains(url.Split('?')[1], hidden);
        Assert.DoesNotContain(hidden, h => h.StartsWith("asOf="));
        Assert.Single(page.Document.QuerySelectorAll("#asOf"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_malformed_as_of_date_is_a_400_page(string url)
    {
        var page = await app.GetAsync(WithAsOf(url, "2018-13-45"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("2018-13-45", page.Main);
    }

    [Fact]
    public async Task A_404_page_keeps_the_date_and_its_skip_link_stays_on_the_page()
    {
        var page = await app.GetAsync("/no-such-page?asOf=2018-09-12");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("/no-such-page?asOf=2018-09-12#main", page.Document.QuerySelector(".skip-link")!.GetAttribute("href"));
        Assert.Contains("/issues?asOf=2018-09-12", page.Document.QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_article_published_after_the_as_of_date_is_not_shown()
    {
        var list = await app.GetAsync("/articles?asOf=2017-11-30");
        var visible = list.Document.QuerySelectorAll(".article-title a").Select(a => a.GetAttribute("href")!).ToList();
        var all = (await app.GetAsync("/articles")).Document.QuerySelectorAll(".article-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(visible.Count < all.Count);
        var later = all.Select(h => h.Split('?')[0]).Except(visible.Select(h => h.Split('?')[0])).First();

        var page = await app.GetAsync(later + "?asOf=2017-11-30");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }
}
