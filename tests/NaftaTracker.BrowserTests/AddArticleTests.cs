using Microsoft.Playwright;
using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

/// <summary>Adding an article through the form, on an app of its own so the shared store stays as seeded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AddArticleTests(BrowserFixture fixture) : IDisposable
{
    private readonly LiveServer _server = new();

    private const string Article = """
        Mexico's negotiator says autos deal close

        MEXICO CITY (AP) - Mexico's chief negotiator Kenneth Smith Ramos said on Thursday that the countries were close to a deal on auto rules of origin.

        "We are at the last mile on autos, and the last mile is always the hardest," Smith Ramos told reporters.

        Negotiators hope to finish by May 17, the date U.S. lawmakers set for a text.
        """;

    [Fact]
    public async Task Add_an_article_and_find_its_facts_on_the_pages()
    {
        var page = await fixture.NewPageAsync(server: _server);
        await page.GotoAsync("/articles");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an article" }).ClickAsync();
        await page.WaitForURLAsync("**/articles/new");

        // A mistake first: no date. Nothing is lost.
        await page.GetByLabel("Article text").FillAsync(Article);
        await page.GetByLabel("Outlet").FillAsync("AP");
        await page.Locator("#published").EvaluateAsync("e => e.removeAttribute('required')");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add article" }).ClickAsync();
        Assert.Contains("Enter the publication date", await page.Locator("#form-problems").InnerTextAsync());
        Assert.Equal(Article.ReplaceLineEndings("\n"), (await page.GetByLabel("Article text").InputValueAsync()).ReplaceLineEndings("\n"));
        Assert.Equal("AP", await page.GetByLabel("Outlet").InputValueAsync());
        await BrowserFixture.ScreenshotAsync(page, "article-new-error");

        await page.Locator("#published").FillAsync("2018-05-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add article" }).ClickAsync();
        await page.WaitForURLAsync("**added=1");
        var summary = await page.Locator(".added-summary").InnerTextAsync();
        Assert.Contains("1 new person", summary);
        Assert.Contains("1 deadline", summary);
        Assert.Contains("Kenneth Smith Ramos", await page.Locator(".article-people").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "article-added");

        await page.Locator(".added-summary").GetByRole(AriaRole.Link, new() { Name = "people" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Kenneth Smith Ramos" }).First.ClickAsync();
        await page.WaitForURLAsync("**negotiator=kenneth-smith-ramos**");
        Assert.Contains("We are at the last mile on autos, and the last mile is always the hardest", string.Join("\n", await page.Locator("article.quote-card").AllInnerTextsAsync()));

        await page.GotoAsync("/timeline?kind=deadline&asOf=2018-05-10");
        Assert.Contains("May 17, 2018", await page.Locator("ol.timeline").InnerTextAsync());
    }

    public void Dispose() => _server.Dispose();
}
