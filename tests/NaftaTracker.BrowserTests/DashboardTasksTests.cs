using Microsoft.Playwright;
using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

/// <summary>The three things people come to the dashboard for, done as a person would in real Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class DashboardTasksTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Browse_issues_by_country()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Issues" }).ClickAsync();
        await page.GetByLabel("Highlight a party").SelectOptionAsync("CA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**country=CA**");
        var dairy = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Dairy market access" }) });
        Assert.Contains("stressing that he would defend the country’s dairy industry", await dairy.InnerTextAsync());
        var chapter19 = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Chapter 19 dispute panels" }) });
        Assert.Contains("which the U.S. wants to remove and Canada wants to keep", await chapter19.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "issues-ca");

        // The evidence's source link lands on the highlighted sentence in the article.
        await chapter19.Locator("td.col-highlight a.source-link").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Matches(@"/articles/\d+#span-\d+-\d+$", page.Url);
        var target = page.Locator(":target");
        Assert.Contains("Chapter 19", await target.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "article-evidence");
    }

    [Fact]
    public async Task View_the_deadline_timeline_as_of_a_date()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/timeline");
        await page.GetByLabel("As of").FillAsync("2018-09-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set date" }).ClickAsync();
        await page.WaitForURLAsync("**asOf=2018-09-12**");
        var marker = page.Locator("#now");
        Assert.Contains("Sept. 12, 2018", await marker.InnerTextAsync());

        var deadlines = page.Locator("li.entry-deadline.entry-future");
        var texts = await deadlines.AllInnerTextsAsync();
        var october = texts.ToList().FindIndex(t => t.Contains("Oct. 1, 2018"));
        var december = texts.ToList().FindIndex(t => t.Contains("Dec. 1, 2018"));
        Assert.True(october >= 0 && december > october, $"Oct. 1 should come before Dec. 1 in: {string.Join(" | ", texts)}");
        Assert.Contains("19 days remaining", texts[october]);
        Assert.Contains("80 days remaining", texts[december]);
        Assert.Contains(texts, t => t.Contains("November 2018") && !t.Contains("Nov. 1, 2018"));
        await BrowserFixture.ScreenshotAsync(page, "timeline-2018-09-12");
    }

    [Fact]
    public async Task Filter_quotes_by_negotiator()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/people");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chrystia Freeland" }).First.ClickAsync();
        await page.WaitForURLAsync("**negotiator=chrystia-freeland**");
        var quotes = page.Locator(".quote-card");
        Assert.True(await quotes.CountAsync() >= 3);
        foreach (var card in await quotes.AllAsync())
            Assert.Contains("Chrystia Freeland", await card.InnerTextAsync());
        Assert.Contains(await quotes.AllInnerTextsAsync(),
            t => t.Contains("It is a truism of trade negotiations that nothing is done until everything is done."));

        // Adding a second negotiator through the form widens the view to both.
        await page.GetByLabel("Larry Kudlow").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**negotiator=larry-kudlow**");
        Assert.Contains(await quotes.AllInnerTextsAsync(), t => t.Contains("m-i-l-k"));
        await BrowserFixture.ScreenshotAsync(page, "quotes-freeland-kudlow");
    }
}
