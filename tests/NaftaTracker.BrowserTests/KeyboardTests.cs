using Microsoft.Playwright;
using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

/// <summary>Keyboard-only use: skip link first, filters operable with Tab/Space/Enter, focus visible.</summary>
[Collection(BrowserCollection.Name)]
public class KeyboardTests(BrowserFixture fixture)
{
    private static Task<string> ActiveAsync(IPage page, string expression) => page.EvaluateAsync<string>($"() => {expression}");

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_main()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", (await ActiveAsync(page, "document.activeElement.textContent")).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().left >= 0"), "the focused skip link is on screen");
        await BrowserFixture.ScreenshotAsync(page, "keyboard-skip-link");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await ActiveAsync(page, "document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main').contains(document.activeElement)"),
            "the next Tab stays in the main content");
    }

    [Fact]
    public async Task Focus_is_visible_on_a_link()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes");
        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Tab"); // brand
        Assert.Equal("A", await ActiveAsync(page, "document.activeElement.tagName"));
        var outline = await ActiveAsync(page, "getComputedStyle(document.activeElement).outlineStyle");
        var width = await ActiveAsync(page, "getComputedStyle(document.activeElement).outlineWidth");
        Assert.NotEqual("none", outline);
        Assert.NotEqual("0px", width);
    }

    [Fact]
    public async Task Quote_filters_can_be_set_and_submitted_from_the_keyboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes");

        // Tab until the Chrystia Freeland checkbox has focus (counting stops: a real keyboard path, no clicks).
        for (var i = 0; i < 60 && await ActiveAsync(page, "document.activeElement.id") != "neg-chrystia-freeland"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("neg-chrystia-freeland", await ActiveAsync(page, "document.activeElement.id"));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync("#neg-chrystia-freeland"));

        for (var i = 0; i < 30 && await ActiveAsync(page, "document.activeElement.id") != "type"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("type", await ActiveAsync(page, "document.activeElement.id"));
        await page.Keyboard.PressAsync("ArrowDown"); // "Direct quotes" (a closed select changes value with arrow keys)
        Assert.Equal("direct", await page.InputValueAsync("#type"));

        for (var i = 0; i < 10 && await ActiveAsync(page, "document.activeElement.textContent.trim()") != "Show"; i++)
            await page.Keyboard.PressAsync("Tab");
        await BrowserFixture.ScreenshotAsync(page, "keyboard-quotes-filters");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**negotiator=chrystia-freeland**");
        Assert.Contains("type=direct", page.Url);
        foreach (var card in await page.Locator(".quote-card").AllAsync())
            Assert.Contains("Chrystia Freeland", await card.InnerTextAsync());
    }
}
