using System.Net;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Pages;

[Collection(WebAppCollection.Name)]
public class PeoplePageTests(TrackerAppFactory app)
{
    [Fact]
    public async Task Lists_negotiators_with_role_party_and_a_link_to_their_quotes()
    {
        var page = await app.GetAsync("/people");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var freeland = page.Document.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Chrystia Freeland");
        Assert.Contains("Foreign Affairs Minister", freeland.TextContent);
        Assert.Contains("Canada", freeland.TextContent);
        Assert.Equal("/quotes?negotiator=chrystia-freeland", freeland.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Country_filter_keeps_only_that_party()
    {
        var page = await app.GetAsync("/people?country=mx");

        var names = page.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains("Ildefonso Guajardo", names);
        Assert.DoesNotContain("Chrystia Freeland", names);
    }

    [Fact]
    public async Task Unknown_country_is_a_400()
    {
        var page = await app.GetAsync("/people?country=FR");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("“FR”", page.Main);
    }
}
