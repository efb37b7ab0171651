using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public class ApiTests(TrackerAppFactory app)
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string url)
    {
        var response = await app.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(body).RootElement);
    }

    [Fact]
    public async Task Lighthizer_as_of_December_2017_gives_only_his_quotes_published_by_then()
    {
        var (response, json) = await GetJsonAsync("/api/v1/quotes?negotiator=robert-lighthizer&asOf=2017-12-01&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, q =>
        {
            Assert.Equal("robert-lighthizer", q.GetProperty("speaker").GetProperty("slug").GetString());
            Assert.True(DateOnly.Parse(q.GetProperty("article").GetProperty("publishedOn").GetString()!) <= new DateOnly(2017, 12, 1));
            Assert.Matches(@"^/articles/\d+#q-\d+$", q.GetProperty("sourceUrl").GetString());
        });
        Assert.Equal(items.Count, json.GetProperty("total").GetInt32());

        var (_, later) = await GetJsonAsync("/api/v1/quotes?negotiator=robert-lighthizer&pageSize=100");
        Assert.True(later.GetProperty("total").GetInt32() >= items.Count);
    }

    [Fact]
    public async Task Lists_come_in_a_paging_envelope_with_links()
    {
        var (_, all) = await GetJsonAsync("/api/v1/quotes?pageSize=100");
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total > 3);

        var (_, first) = await GetJsonAsync("/api/v1/quotes?pageSize=2&sort=oldest");
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var links = first.GetProperty("links");
        Assert.Equal("/api/v1/quotes?pageSize=2&sort=oldest", links.GetProperty("self").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        var next = links.GetProperty("next").GetString()!;
        Assert.Contains("page=2", next);

        var (_, second) = await GetJsonAsync(next);
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("id").GetInt32(), second.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Contains("sort=oldest", second.GetProperty("links").GetProperty("prev").GetString());
    }

    [Fact]
    public async Task Partial_dates_and_enums_are_serialised_readably()
    {
        var (_, json) = await GetJsonAsync("/api/v1/deadlines?asOf=2018-09-12&pageSize=100");
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, d => Assert.Equal("deadline", d.GetProperty("kind").GetString()));
        var midterms = items.Single(d => d.GetProperty("on").GetProperty("value").GetString() == "2018-11");
        Assert.Equal("month", midterms.GetProperty("on").GetProperty("precision").GetString());
        Assert.Equal("November 2018", midterms.GetProperty("on").GetProperty("display").GetString());
        var october = items.Single(d => d.GetProperty("on").GetProperty("value").GetString() == "2018-10-01");
        Assert.Equal("upcoming", october.GetProperty("countdown").GetProperty("timing").GetString());
        Assert.Equal(19, october.GetProperty("countdown").GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task ETag_and_cache_headers_and_304_on_a_matching_If_None_Match()
    {
        var response = await app.Client.GetAsync("/api/v1/issues");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/issues");
        again.Headers.IfNoneMatch.Add(etag!);
        var notModified = await app.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/api/v1/issues?asOf=2017-09-01");
        other.Headers.IfNoneMatch.Add(etag!);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(other)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/quotes?asOf=2018-13-45", "asOf")]
    [InlineData("/api/v1/quotes?page=0", "page")]
    [InlineData("/api/v1/quotes?page=abc", "page")]
    [InlineData("/api/v1/quotes?pageSize=100000", "pageSize")]
    [InlineData("/api/v1/quotes?pageSize=0", "pageSize")]
    [InlineData("/api/v1/quotes?country=XX", "country")]
    [InlineData("/api/v1/quotes?negotiator=nobody", "negotiator")]
    [InlineData("/api/v1/quotes?issue=bananas", "issue")]
    [InlineData("/api/v1/quotes?type=rumour", "type")]
    [InlineData("/api/v1/quotes?sort=loudest", "sort")]
    [InlineData("/api/v1/quotes?month=2018-9", "month")]
    [InlineData("/api/v1/events?kind=party", "kind")]
    [InlineData("/api/v1/issues?asOf=yesterday", "asOf")]
    [InlineData("/api/v1/issues/dairy?asOf=2018-02-30", "asOf")]
    [InlineData("/api/v1/positions?country=ZZ", "country")]
    [InlineData("/api/v1/people?asOf=12/09/2018", "asOf")]
    [InlineData("/api/v1/articles?page=-1", "page")]
    [InlineData("/api/v1/articles/abc", "id")]
    [InlineData("/api/v1/deadlines?article=x", "article")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter)
    {
        var (response, json) = await GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        Assert.Contains(parameter, json.GetProperty("detail").GetString());
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/v1/articles/99999")]
    [InlineData("/api/v1/issues/no-such-issue")]
    [InlineData("/api/v1/people/nobody")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Missing_things_are_404_problems(string url)
    {
        var (response, json) = await GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_article_published_after_asOf_is_not_there_yet()
    {
        var (_, list) = await GetJsonAsync("/api/v1/articles?pageSize=100");
        var newest = list.GetProperty("items")[0];
        var id = newest.GetProperty("id").GetInt32();
        var published = DateOnly.Parse(newest.GetProperty("publishedOn").GetString()!);

        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync($"/api/v1/articles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/v1/articles/{id}?asOf={published.AddDays(-1):yyyy-MM-dd}")).StatusCode);
        var (_, before) = await GetJsonAsync($"/api/v1/articles?asOf={published.AddDays(-1):yyyy-MM-dd}&pageSize=100");
        Assert.DoesNotContain(before.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt32() == id);
    }

    [Theory]
    [InlineData("/api/v1/issues")]
    [InlineData("/api/v1/issues/dairy")]
    [InlineData("/api/v1/positions?country=CA")]
    [InlineData("/api/v1/events?kind=round&kind=deadline")]
    [InlineData("/api/v1/deadlines")]
    [InlineData("/api/v1/people?country=CA")]
    [InlineData("/api/v1/people/chrystia-freeland?asOf=2018-09-12")]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/articles/1")]
    [InlineData("/api/v1/quotes?issue=dairy&country=US&type=direct&sort=speaker")]
    public async Task Every_endpoint_answers_json(string url)
    {
        var (response, json) = await GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(JsonValueKind.Object, json.ValueKind);
    }

    [Fact]
    public async Task Issues_as_of_a_date_have_fewer_or_older_stances()
    {
        var (_, early) = await GetJsonAsync("/api/v1/issues?asOf=2017-08-01");
        Assert.All(early.GetProperty("items").EnumerateArray(), i => Assert.Equal(0, i.GetProperty("current").GetArrayLength()));
        var (_, ca) = await GetJsonAsync("/api/v1/issues?country=CA");
        Assert.All(ca.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("current").EnumerateArray()),
            s => Assert.Equal("CA", s.GetProperty("party").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_OpenAPI_document_parses_and_lists_every_endpoint()
    {
        var (response, json) = await GetJsonAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = json.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/issues", "/api/v1/issues/{key}", "/api/v1/positions", "/api/v1/quotes", "/api/v1/deadlines",
                     "/api/v1/events", "/api/v1/people", "/api/v1/people/{slug}", "/api/v1/articles", "/api/v1/articles/{id}" })
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        var quotes = paths.GetProperty("/api/v1/quotes").GetProperty("get");
        Assert.Equal("ListQuotes", quotes.GetProperty("operationId").GetString());
        Assert.Contains(quotes.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "negotiator" && p.GetProperty("description").GetString()!.Length > 0);
        Assert.True(quotes.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(paths.GetProperty("/api/v1/articles/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _));
    }
}
