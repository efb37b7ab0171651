using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public class SmokeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_overview_renders_in_chromium_with_the_navigation()
    {
        var page = await fixture.NewPageAsync();
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Contains("NaftaTracker", await page.Locator(".navbar-brand").InnerTextAsync());
        Assert.Equal(8, await page.Locator("nav[aria-label=Main] .nav-link").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "overview");
    }
}
