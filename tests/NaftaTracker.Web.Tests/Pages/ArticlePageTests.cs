using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class ArticlePageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task Articles_list_shows_outlet_date_and_how_the_date_is_known()
    {
        var page = await app.GetAsync("/articles");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var items = page.Document.QuerySelectorAll("li.article-item");
        Assert.Equal(5, items.Length);
        Assert.All(items, li => Assert.Contains("Outlet not stated", li.TextContent));
        Assert.All(items, li => Assert.Equal("inferred", li.QuerySelector(".date-knowledge")!.TextContent.Trim()));
        Assert.Contains(items, li => li.TextContent.Contains("NAFTA negotiations grind on as Trump threatens to move ahead without Canada")
                                     && li.TextContent.Contains("Sept. 7, 2018"));
    }

    [Fact]
    public async Task Every_quote_and_evidence_span_has_an_anchor_whose_highlighted_text_matches()
    {
        var list = await app.GetAsync("/articles");
        var links = list.Document.QuerySelectorAll("li.article-item h2 a").Select(a => a.GetAttribute("href")!).ToList();
        var spans = 0;
        foreach (var link in links)
        {
            var page = await app.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            // In-page links carry the page's own path: a bare "#x" would resolve against <base href="/"> and leave the article.
            var facts = page.Document.QuerySelectorAll("aside.article-facts a[href*='#']").ToList();
            Assert.NotEmpty(facts);
            foreach (var a in facts)
            {
                var href = a.GetAttribute("href")!;
                Assert.StartsWith(link.Split('?')[0] + "#", href);
                var anchor = href[(href.IndexOf('#') + 1)..];
                Assert.NotNull(page.Document.GetElementById(anchor));
                var highlighted = string.Concat(page.Document.QuerySelectorAll($"mark[data-hl~='{anchor}']").Select(m => m.TextContent));
                if (anchor.StartsWith("q-"))
                {
                    Assert.StartsWith(Ellipsised(a.TextContent), highlighted);
                }
                else
                {
                    var (start, end) = ParseSpan(anchor);
                    Assert.Equal(end - start, highlighted.Length);
                    spans++;
                }
            }
        }
        Assert.True(spans > 0);
    }

    [Fact]
    public async Task Quote_highlights_equal_the_quote_text_shown_on_the_quotes_page()
    {
        var quotes = await app.GetAsync("/quotes?page=1");
        foreach (var card in quotes.Document.QuerySelectorAll("article.quote-card"))
        {
            var href = card.QuerySelector("a.source-link")!.GetAttribute("href")!;
            var anchor = href[(href.IndexOf('#') + 1)..];
            var article = await app.GetAsync(href[..href.IndexOf('#')]);
            var highlighted = string.Concat(article.Document.QuerySelectorAll($"mark[data-hl~='{anchor}']").Select(m => m.TextContent));
            var text = string.Concat(card.QuerySelector(".quote-text")!.ChildNodes
                .Where(n => n is not AngleSharp.Dom.IElement { LocalName: "span" }).Select(n => n.TextContent));
            Assert.NotNull(article.Document.GetElementById(anchor));
            Assert.Equal(text, highlighted);
        }
    }

    [Fact]
    public async Task Article_shows_its_text_in_paragraphs_and_its_date_evidence()
    {
        var page = await app.GetAsync("/articles/1");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Document.QuerySelectorAll(".article-text p").Length > 5);
        Assert.Contains("anniversary of the September 11 attacks", page.Document.QuerySelector(".date-evidence")!.TextContent);
        Assert.Equal("inferred", page.Document.QuerySelector(".article-meta .date-knowledge")!.TextContent.Trim());
        Assert.Contains("Outlet not stated", page.Document.QuerySelector(".article-meta")!.TextContent);
    }

    [Theory]
    [InlineData("/articles/9999", "“9999”")]
    [InlineData("/articles/abc", "“abc”")]
    public async Task Missing_or_non_numeric_article_id_is_a_404(string url, string named)
    {
        var page = await app.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("No such article", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(named, page.Main);
    }

    private static string Ellipsised(string text) => text.TrimEnd('…');

    private static (int Start, int End) ParseSpan(string anchor)
    {
        var parts = anchor.Split('-');
        return (int.Parse(parts[1]), int.Parse(parts[2]));
    }

    [Fact]
    public async Task Page_furniture_is_shown_greyed_and_never_highlighted()
    {
        var list = await app.GetAsync("/articles");
        var href = list.Document.QuerySelectorAll("li.article-item h2 a")
            .Single(a => a.TextContent.Contains("NAFTA negotiations grind on as Trump threatens")).GetAttribute("href")!;

        var page = await app.GetAsync(href);

        var furniture = page.Document.QuerySelectorAll(".article-text .furniture").Select(f => f.TextContent).ToList();
        Assert.Contains(furniture, f => f.StartsWith("READ MORE: Donald Trump says NAFTA has been replaced"));
        Assert.Contains(furniture, f => f.StartsWith("WATCH:") && f.Contains("Trump calls NAFTA talks"));
        Assert.Contains("Sponsored content", furniture);
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".article-text mark"), m => m.TextContent.Contains("READ MORE"));
    }
}
