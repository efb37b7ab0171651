using System.Net;
using Microsoft.AspNetCore.Hosting;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Articles;

/// <summary>The add-article form, end to end: an article that is not in seeds/ goes in through the page and its facts
/// come out on the quotes, people, timeline and article pages. Its own app, since it writes to the store.</summary>
public class AddArticleTests : IClassFixture<TrackerAppFactory>
{
    private const string NewArticle = """
        Canada's NAFTA negotiator sees deal on autos within reach

        OTTAWA (Reuters) - Canada's chief NAFTA negotiator Steve Verheul said on Monday that a compromise on auto rules of origin was within reach, but warned that dairy remained the hardest file.

        "We have narrowed the gaps on autos considerably, and I expect the ministers to close them," Verheul told reporters after a briefing in Ottawa.

        The three countries aim to conclude the talks by March 31, ahead of Mexico's presidential election campaign.

        "Nobody should expect us to give up supply management," he added.
        """;

    private readonly TrackerAppFactory _app;
    private readonly ArticleForm _form;

    public AddArticleTests(TrackerAppFactory app) => (_app, _form) = (app, new ArticleForm(app));

    [Fact]
    public async Task A_new_article_adds_its_quotes_person_and_deadline_to_the_pages()
    {
        var response = await _form.PostAsync(("Form.Published", "2018-02-05"), ("Form.Outlet", "Reuters"), ("Form.Text", NewArticle));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var articleUrl = response.Headers.Location!.PathAndQuery;
        Assert.Matches(@"^/articles/\d+\?added=1$", articleUrl);

        var article = await _app.GetAsync(articleUrl);
        Assert.Equal("Canada's NAFTA negotiator sees deal on autos within reach", article.Document.QuerySelector("h1")!.TextContent);
        var summary = article.Document.QuerySelector(".added-summary")!.TextContent;
        Assert.Contains("4 quotes", summary); // two direct; "said … but warned that …" is two reports
        Assert.Contains("1 new person", summary);
        Assert.Contains("1 deadline", summary);
        var person = Assert.Single(article.Document.QuerySelectorAll(".article-people li"));
        Assert.Contains("Steve Verheul", person.TextContent);
        Assert.Contains("new", person.QuerySelector(".badge-new")!.TextContent);

        var people = await _app.GetAsync("/people");
        var row = Assert.Single(people.Document.QuerySelectorAll("tr, li, article"), e => e.QuerySelector("a")?.TextContent.Trim() == "Steve Verheul");
        Assert.Contains("Canada", row.TextContent);

        var quotes = await _app.GetAsync("/quotes?negotiator=steve-verheul");
        var texts = quotes.Document.QuerySelectorAll("article.quote-card .quote-text").Select(q => q.TextContent).ToList();
        Assert.Equal(4, texts.Count);
        Assert.Contains(texts, t => t.Contains("dairy remained the hardest file"));
        Assert.Contains(texts, t => t.Contains("We have narrowed the gaps on autos considerably, and I expect the ministers to close them"));
        Assert.Contains(texts, t => t.Contains("Nobody should expect us to give up supply management"));

        var timeline = await _app.GetAsync("/timeline?kind=deadline&asOf=2018-02-05");
        var entry = Assert.Single(timeline.Document.QuerySelectorAll("ol.timeline li.entry"), li => li.TextContent.Contains("Conclude the talks"));
        Assert.Contains("March 31, 2018", entry.TextContent);
        Assert.Contains("54 days remaining", entry.TextContent);
    }

    [Fact]
    public async Task The_same_text_twice_is_stored_once_and_says_so()
    {
        const string text = "Mexico says talks continue\n\n\"We will be at the table as long as it takes,\" Mexican Economy Minister Ildefonso Guajardo said on Friday.";
        var first = await _form.PostAsync(("Form.Published", "2018-03-02"), ("Form.Text", text));
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);

        var second = await _form.PostAsync(("Form.Published", "2018-03-02"), ("Form.Text", text));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await Page.ParseAsync(second);
        var notice = page.Document.QuerySelector("#already-stored")!;
        Assert.Contains("already stored", notice.TextContent);
        Assert.Equal(first.Headers.Location!.PathAndQuery.Split('?')[0], notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Bad_input_names_each_field_at_fault_keeps_what_was_typed_and_stores_nothing()
    {
        var before = (await _app.GetAsync("/articles")).Document.QuerySelectorAll(".article-item").Length;

        var response = await _form.PostAsync(("Form.Published", "14/09/2018"), ("Form.Title", "Draft <b>title</b>"),
            ("Form.Url", "javascript:alert(1)"), ("Form.Text", "   "));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Page.ParseAsync(response);
        var problems = page.Document.QuerySelectorAll("#form-problems li").Select(li => li.TextContent).ToList();
        Assert.Contains(problems, p => p.Contains("“14/09/2018” is not a date") && p.Contains("YYYY-MM-DD"));
        Assert.Contains(problems, p => p.Contains("text") && p.Contains("empty"));
        Assert.Contains(problems, p => p.Contains("“javascript:alert(1)” is not a web address"));
        Assert.Equal("Draft <b>title</b>", page.Document.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("14/09/2018", page.Document.QuerySelector("#published")!.GetAttribute("value"));
        Assert.Contains("is-invalid", page.Document.QuerySelector("#url")!.ClassName);
        Assert.Equal("published-help published-problem", page.Document.QuerySelector("#published")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, (await _app.GetAsync("/articles")).Document.QuerySelectorAll(".article-item").Length);
    }

    [Theory]
    [InlineData("2099-01-01", "must be between")]
    [InlineData("", "Enter the publication date")]
    public async Task A_missing_or_future_date_is_refused(string published, string message)
    {
        var response = await _form.PostAsync(("Form.Published", published), ("Form.Text", NewArticle + "\n\nA different ending."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Page.ParseAsync(response);
        Assert.Contains(message, page.Document.QuerySelector("#published-problem")!.TextContent);
        Assert.Contains("A different ending.", page.Document.QuerySelector("#text")!.TextContent);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var response = await _app.Client.PostAsync("/articles/new", new FormUrlEncodedContent(
            [new("_handler", "add-article"), new("Form.Published", "2018-02-05"), new("Form.Text", NewArticle)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_read_only_server_refuses_the_form()
    {
        using var readOnly = _app.WithWebHostBuilder(b => b.UseSetting("Tracker:AllowAddingArticles", "false"));

        var response = await readOnly.CreateClient().GetAsync("/articles/new");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await Page.ParseAsync(response);
        Assert.Contains("Adding articles is turned off", page.Main);
        Assert.Null(page.Document.QuerySelector("form.add-article"));
    }

    [Fact]
    public async Task The_articles_page_links_to_the_form()
    {
        var page = await _app.GetAsync("/articles?asOf=2018-09-12");

        Assert.Equal("/articles/new?asOf=2018-09-12", page.Document.QuerySelector("a.btn[href^='/articles/new']")!.GetAttribute("href"));
    }
}
