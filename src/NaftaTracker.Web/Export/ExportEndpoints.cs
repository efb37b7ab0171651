using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NaftaTracker.Articles;
using NaftaTracker.Ingestion;
using NaftaTracker.Issues;
using NaftaTracker.People;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;
using NaftaTracker.Web.Apis;

namespace NaftaTracker.Web.Export;

/// <summary>CSV and JSON downloads of every list view: the same query parameters as the page, every matching row (no paging).</summary>
public static class ExportEndpoints
{
    private static readonly string[] Formats = ["csv", "json"];

    public static IEndpointRouteBuilder MapTrackerExports(this IEndpointRouteBuilder routes)
    {
        // Downloads, not API: left out of the OpenAPI document (docs/api.md lists them).
        var endpoints = routes.MapGroup("").ExcludeFromDescription();
        foreach (var format in Formats)
        {
            endpoints.MapGet($"/quotes.{format}", (HttpContext http, QuoteQueries q, CancellationToken ct) => Quotes(http, q, format, ct));
            endpoints.MapGet($"/timeline.{format}", (HttpContext http, TimelineService t, QuoteQueries q, ArticleQueries a, CancellationToken ct) => Timeline(http, t, q, a, format, "timeline", false, ct));
            endpoints.MapGet($"/deadlines.{format}", (HttpContext http, TimelineService t, QuoteQueries q, ArticleQueries a, CancellationToken ct) => Timeline(http, t, q, a, format, "deadlines", true, ct));
            endpoints.MapGet($"/issues.{format}", (HttpContext http, IssueQueries i, CancellationToken ct) => Issues(http, i, format, ct));
            endpoints.MapGet($"/positions.{format}", (HttpContext http, IssueQueries i, CancellationToken ct) => Positions(http, i, format, ct));
            endpoints.MapGet($"/people.{format}", (HttpContext http, PeopleQueries p, CancellationToken ct) => People(http, p, format, ct));
            endpoints.MapGet($"/articles.{format}", (HttpContext http, ArticleQueries a, CancellationToken ct) => Articles(http, a, format, ct));
        }
        return routes;
    }

    private static async Task<IResult> Quotes(HttpContext http, QuoteQueries quotes, string format, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = await QuotesApi.ParseAsync(input, quotes, ct);
        if (filter is null) return input.Problem();
        var rows = await quotes.ListAllAsync(filter, ct);
        return format == "json"
            ? Json(http, "quotes", filter.AsOf, rows.Select(ApiMap.Quote).ToList())
            : Csv(http, "quotes", filter.AsOf,
                ["Speaker", "Role", "Party", "Date said", "Date precision", "Type", "Quote", "Issues", "Article", "Article published", "Source URL"],
                rows.Select(q => Row(q.Speaker?.Name ?? "Unattributed", q.Speaker?.Role, q.Speaker?.Party?.Name, q.SaidOn.ToIso(),
                    Precision(q.SaidOn), q.IsDirect ? "direct" : "reported speech", q.Text, string.Join("; ", q.Issues.Select(i => i.Title)),
                    q.ArticleTitle, Iso(q.ArticlePublishedOn), Absolute(http, q.Href))));
    }

    private static async Task<IResult> Timeline(HttpContext http, TimelineService timeline, QuoteQueries quotes, ArticleQueries articles, string format, string name, bool deadlinesOnly, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = await TimelineApi.ParseAsync(input, quotes, deadlinesOnly, ct);
        if (filter is null) return input.Problem();
        var rows = await timeline.ListAllAsync(filter, ct);
        if (format == "json")
        {
            var published = (await articles.ListAllAsync(new ArticleFilter(), ct)).ToDictionary(a => a.Id, a => a.PublishedOn);
            return Json(http, name, filter.AsOf, rows.Select(e => ApiMap.Entry(e, published)).ToList());
        }
        return Csv(http, name, filter.AsOf,
            ["Date", "Date precision", "Ends on", "Kind", "Round", "Title", "Party", "Person", "Issue", "Status", "Evidence", "Article", "Source URL"],
            rows.Select(e => Row(e.On.ToIso(), Precision(e.On), e.EndsOn is { } end ? Iso(end) : null, e.Kind.ToString(),
                e.RoundNumber?.ToString(CultureInfo.InvariantCulture), e.Title, e.Party?.Name, e.PersonName, e.Issue?.Title,
                e.Countdown?.Text, e.Evidence.Text, e.ArticleTitle, Absolute(http, e.Evidence.Href))));
    }

    private static async Task<IResult> Issues(HttpContext http, IssueQueries issues, string format, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var asOf = input.AsOf();
        input.Country(); // accepted (the page highlights it) and validated; every party's column is exported
        if (!input.IsValid) return input.Problem();
        var rows = await issues.ListAsync(new IssueFilter(AsOf: asOf), ct);
        if (format == "json") return Json(http, "issues", asOf, rows.Select(ApiMap.Issue).ToList());
        var header = new List<string> { "Issue key", "Issue", "Status" };
        foreach (var party in Parties.Nafta)
        {
            var name = Countries.NameOf(party);
            header.AddRange([$"{name} stance", $"{name} summary", $"{name} last stated", $"{name} source URL"]);
        }
        return Csv(http, "issues", asOf, header, rows.Select(i =>
        {
            var cells = new List<string?> { i.Key, i.Title, i.Status.ToString() };
            foreach (var party in Parties.Nafta)
            {
                var s = i.StanceOf(party);
                cells.AddRange([s?.Stance.ToString(), s?.Summary, s?.StatedOn.ToIso(), s is null ? null : Absolute(http, s.Evidence.Href)]);
            }
            return (IReadOnlyList<string?>)cells;
        }));
    }

    private static async Task<IResult> Positions(HttpContext http, IssueQueries issues, string format, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var filter = new PositionFilter(input.Country(), input.Issue(), input.Article(), input.AsOf());
        if (!input.IsValid) return input.Problem();
        var rows = (await issues.PositionsAsync(filter, ct)).OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.PositionId).ToList();
        return format == "json"
            ? Json(http, "positions", filter.AsOf, rows.Select(ApiMap.Stance).ToList())
            : Csv(http, "positions", filter.AsOf,
                ["Issue", "Party", "Stance", "Summary", "Stated", "Date precision", "Evidence", "Article", "Source URL"],
                rows.Select(p => Row(p.IssueTitle, p.Party.Name, p.Stance.ToString(), p.Summary, p.StatedOn.ToIso(), Precision(p.StatedOn),
                    p.Evidence.Text, p.ArticleTitle, Absolute(http, p.Evidence.Href))));
    }

    private static async Task<IResult> People(HttpContext http, PeopleQueries people, string format, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var asOf = input.AsOf();
        var filter = new PersonFilter(input.Country(), AsOf: asOf);
        if (!input.IsValid) return input.Problem();
        var rows = await people.ListAllAsync(filter, ct);
        return format == "json"
            ? Json(http, "people", asOf, rows.Select(p => ApiMap.Person(p, asOf)).ToList())
            : Csv(http, "people", asOf, ["Name", "Kind", "Role", "Party", "Quotes", "Quotes URL"],
                rows.Select(p => Row(p.Name, p.Kind.ToString(), p.Role, p.Party?.Name, p.QuoteCount.ToString(CultureInfo.InvariantCulture),
                    Absolute(http, $"/quotes?negotiator={Uri.EscapeDataString(p.Slug)}" + (asOf is { } d ? $"&asOf={Iso(d)}" : "")))));
    }

    private static async Task<IResult> Articles(HttpContext http, ArticleQueries articles, string format, CancellationToken ct)
    {
        var input = new QueryInput(http.Request.Query);
        var asOf = input.AsOf();
        if (!input.IsValid) return input.Problem();
        var rows = await articles.ListAllAsync(new ArticleFilter(asOf), ct);
        return format == "json"
            ? Json(http, "articles", asOf, rows.Select(ApiMap.Article).ToList())
            : Csv(http, "articles", asOf,
                ["Id", "Title", "Outlet", "Published", "Date knowledge", "Quotes", "Positions", "Deadlines", "Events", "Original URL", "Source URL"],
                rows.Select(a => Row(a.Id.ToString(CultureInfo.InvariantCulture), a.Title, a.Outlet, Iso(a.PublishedOn), a.DateKnowledge.ToString(),
                    N(a.QuoteCount), N(a.PositionCount), N(a.DeadlineCount), N(a.EventCount), a.Url, Absolute(http, $"/articles/{a.Id}"))));
    }

    private static IReadOnlyList<string?> Row(params string?[] cells) => cells;
    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Precision(Domain.PartialDate d) => d.Precision.ToString().ToLowerInvariant();
    private static string Absolute(HttpContext http, string path) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{path}";

    public static string FileName(string name, DateOnly day, string extension) => $"naftatracker-{name}-{Iso(day)}.{extension}";

    private static DateOnly Day(HttpContext http, DateOnly? asOf) =>
        asOf ?? DateOnly.FromDateTime(http.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().Date);

    private static IResult Csv(HttpContext http, string name, DateOnly? asOf, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var bytes = CsvWriter.ToUtf8WithBom(CsvWriter.Write(header, rows));
        return Download(http, bytes, "text/csv; charset=utf-8", FileName(name, Day(http, asOf), "csv"));
    }

    /// <summary>The file names are plain ASCII, so a quoted filename is enough.</summary>
    private static IResult Download(HttpContext http, byte[] bytes, string contentType, string fileName)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        return Results.Bytes(bytes, contentType);
    }

    private static IResult Json<T>(HttpContext http, string name, DateOnly? asOf, IReadOnlyList<T> rows)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(rows, new JsonSerializerOptions(options) { WriteIndented = true });
        return Download(http, bytes, "application/json; charset=utf-8", FileName(name, Day(http, asOf), "json"));
    }
}
