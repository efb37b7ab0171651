using System.Text;
using Microsoft.Playwright;
using NaftaTracker.BrowserTests.Support;

namespace NaftaTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public class ExportAsOfFacetTests(BrowserFixture fixture)
{
    [Fact]
    public async Task CSV_download_of_Freelands_quotes_has_exactly_her_quotes()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes?negotiator=chrystia-freeland");
        var onScreen = await page.Locator(".quote-card .quote-text").AllInnerTextsAsync();
        Assert.DoesNotContain("page", await page.Locator(".result-count").InnerTextAsync()); // all on one page

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator(".export-links").GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = false }).ClickAsync());
        Assert.Matches(@"^naftatracker-quotes-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = Path.Combine(Path.GetTempPath(), "nt-" + Guid.NewGuid().ToString("N") + ".csv");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = CsvReader.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));
        var header = rows[0];
        var records = rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("Chrystia Freeland", r["Speaker"]));
        Assert.Equal(onScreen.Select(t => t.Trim('“', '”', ' ')).ToList(), records.Select(r => r["Quote"].Trim()).ToList());
    }

    [Fact]
    public async Task The_as_of_control_rewinds_the_site_and_the_nav_keeps_the_date()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes?sort=oldest");
        var before = int.Parse((await page.Locator(".result-count").InnerTextAsync()).Split(' ')[0]);

        await page.GetByLabel("As of").FillAsync("2017-12-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set date" }).ClickAsync();
        await page.WaitForURLAsync("**asOf=2017-12-01**");
        Assert.Contains("sort=oldest", page.Url);
        var after = int.Parse((await page.Locator(".result-count").InnerTextAsync()).Split(' ')[0]);
        Assert.True(after > 0 && after < before, $"as of 2017-12-01 there should be fewer quotes ({after}) than today ({before})");
        Assert.Contains(await page.Locator(".quote-card .quote-speaker").AllInnerTextsAsync(), s => s == "Robert Lighthizer");
        foreach (var date in await page.Locator(".quote-card .quote-date time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))"))
            Assert.True(string.CompareOrdinal(date, "2017-12-02") < 0, $"{date} is after the as-of date");
        await BrowserFixture.ScreenshotAsync(page, "quotes-asof-2017-12-01");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Timeline" }).ClickAsync();
        await page.WaitForURLAsync("**/timeline?asOf=2017-12-01");
        Assert.Equal("2017-12-01", await page.GetByLabel("As of").InputValueAsync());
        Assert.Contains("Dec. 1, 2017", await page.Locator("#now").InnerTextAsync());
    }

    [Fact]
    public async Task Clicking_a_facet_narrows_the_quotes_and_the_url()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/quotes?sort=oldest");
        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "Facets" });
        var canada = facets.GetByRole(AriaRole.Link, new() { Name = "Canada", Exact = true });
        var count = int.Parse(await canada.Locator("xpath=following-sibling::span[contains(@class,'facet-count')]").InnerTextAsync());

        await canada.ClickAsync();
        await page.WaitForURLAsync("**country=CA**");
        Assert.Contains("sort=oldest", page.Url);
        Assert.StartsWith($"{count} quote", await page.Locator(".result-count").InnerTextAsync());
        Assert.Contains("Party: Canada", await page.Locator(".chips").InnerTextAsync());
        foreach (var badge in await page.Locator(".quote-card .quote-meta").AllInnerTextsAsync())
            Assert.Contains("CA", badge);
        await BrowserFixture.ScreenshotAsync(page, "quotes-facet-canada");

        await page.Locator(".chips a").First.ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("country="));
        Assert.Contains("sort=oldest", page.Url);
    }
}

/// <summary>RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
public static class CsvReader
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
