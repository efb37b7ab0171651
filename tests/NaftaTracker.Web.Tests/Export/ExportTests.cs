using System.Net;
using System.Text;
using System.Text.Json;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Export;

[Collection(WebAppCollection.Name)]
public class ExportTests(TrackerAppFactory app)
{
    private async Task<(HttpResponseMessage Response, byte[] Bytes)> GetAsync(string url)
    {
        var response = await app.Client.GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes.AsSpan(3));

    [Fact]
    public async Task Quotes_CSV_for_Freeland_has_exactly_her_quotes_with_a_BOM()
    {
        var (response, bytes) = await GetAsync("/quotes.csv?negotiator=chrystia-freeland&asOf=2018-09-12");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment; filename=\"naftatracker-quotes-2018-09-12.csv\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = Csv.Records(Text(bytes));

        var (_, api) = await GetAsync("/api/v1/quotes?negotiator=chrystia-freeland&asOf=2018-09-12&pageSize=100");
        var expected = JsonDocument.Parse(api).RootElement.GetProperty("items").EnumerateArray()
            .Select(q => q.GetProperty("text").GetString()!).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal("Chrystia Freeland", r["Speaker"]));
        Assert.Equal(expected, records.Select(r => r["Quote"]).ToList());
        Assert.All(records, r => Assert.Matches(@"^http://localhost/articles/\d+#q-\d+$", r["Source URL"]));
    }

    [Fact]
    public async Task Export_ignores_the_page_limit()
    {
        var (_, bytes) = await GetAsync("/quotes.csv?page=2");
        var (_, api) = await GetAsync("/api/v1/quotes?pageSize=1");
        var total = JsonDocument.Parse(api).RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 20, "the seeds should give more than one page of quotes");
        Assert.Equal(total, Csv.Records(Text(bytes)).Count);
    }

    [Fact]
    public async Task Quotes_JSON_export_matches_the_filter()
    {
        var (response, bytes) = await GetAsync("/quotes.json?negotiator=larry-kudlow");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("naftatracker-quotes-", response.Content.Headers.ContentDisposition!.FileName);
        var items = JsonDocument.Parse(bytes).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, q => Assert.Equal("larry-kudlow", q.GetProperty("speaker").GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("/issues.csv?country=CA", "Dairy market access")]
    [InlineData("/timeline.csv?asOf=2018-09-12&kind=deadline", "Oct")]
    [InlineData("/deadlines.csv?asOf=2018-09-12", "2018-10-01")]
    [InlineData("/positions.csv?issue=dairy", "Dairy market access")]
    [InlineData("/people.csv?country=CA", "Chrystia Freeland")]
    [InlineData("/articles.csv", "Freeland")]
    [InlineData("/issues.json", "dairy")]
    [InlineData("/timeline.json", "deadline")]
    [InlineData("/people.json", "chrystia-freeland")]
    [InlineData("/articles.json", "Freeland")]
    public async Task Every_list_exports(string url, string expected)
    {
        var (response, bytes) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, Encoding.UTF8.GetString(bytes));
        if (url.Contains(".csv")) Assert.NotEmpty(Csv.Records(Text(bytes)));
    }

    [Fact]
    public async Task Timeline_CSV_for_deadlines_as_of_a_date_has_the_countdowns()
    {
        var (_, bytes) = await GetAsync("/timeline.csv?kind=deadline&asOf=2018-09-12");
        var records = Csv.Records(Text(bytes));
        Assert.All(records, r => Assert.Equal("Deadline", r["Kind"]));
        Assert.Contains(records, r => r["Date"] == "2018-10-01" && r["Status"] == "19 days remaining");
        Assert.Contains(records, r => r["Date"] == "2018-11" && r["Date precision"] == "month");
    }

    [Theory]
    [InlineData("/quotes.csv?asOf=2018-13-45")]
    [InlineData("/quotes.csv?negotiator=nobody")]
    [InlineData("/timeline.json?kind=bogus")]
    [InlineData("/people.csv?country=XX")]
    public async Task Bad_export_parameters_are_400_problems(string url)
    {
        var (response, _) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
