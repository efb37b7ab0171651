using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NaftaTracker.Articles;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Api;

[Collection(WebAppCollection.Name)]
public class ApiFailureTests(TrackerAppFactory app)
{
    [Fact]
    public async Task An_unhandled_error_under_api_is_a_500_problem_not_the_HTML_error_page()
    {
        using var broken = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<ArticleQueries>(_ => throw new InvalidOperationException("store is down"))));
        var client = broken.CreateClient();

        var response = await client.GetAsync("/api/v1/articles");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(500, json.GetProperty("status").GetInt32());
        Assert.DoesNotContain("store is down", json.ToString());
    }
}
