using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NaftaTracker.Extraction;
using NaftaTracker.Queries;
using NaftaTracker.Quotes;
using NaftaTracker.Timeline;

namespace NaftaTracker.Web.Apis;

/// <summary>Parses and validates the query parameters shared by the pages' exports and the API, collecting one message per
/// bad parameter so the response can say exactly which were wrong.</summary>
public sealed class QueryInput(IQueryCollection query)
{
    public const int MaxPageSize = NaftaTracker.Queries.Paging.MaxPageSize;
    public const int DefaultPageSize = NaftaTracker.Queries.Paging.DefaultPageSize;

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);
    public bool IsValid => Errors.Count == 0;

    private string? Raw(string name) => query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    public void Fail(string name, string message) => Errors[name] = [.. Errors.GetValueOrDefault(name) ?? [], message];

    public DateOnly? AsOf()
    {
        var raw = Raw("asOf");
        if (raw is null) return null;
        if (DateText.TryParseIsoDay(raw, out var d)) return d;
        Fail("asOf", $"'{raw}' is not a date; use YYYY-MM-DD, e.g. 2018-09-12.");
        return null;
    }

    public DateOnly? Month()
    {
        var raw = Raw("month");
        if (raw is null) return null;
        if (FacetCounting.TryParseMonth(raw, out var m)) return m;
        Fail("month", $"'{raw}' is not a month; use YYYY-MM, e.g. 2018-09.");
        return null;
    }

    public string? Country()
    {
        var raw = Raw("country");
        if (Countries.TryNormalize(raw, out var code)) return code;
        Fail("country", $"'{raw}' is not a known party code; valid codes: {Countries.ValidList}.");
        return null;
    }

    public string? Issue()
    {
        var raw = Raw("issue")?.ToLowerInvariant();
        if (raw is null) return null;
        if (IssueTaxonomy.Find(raw) is not null) return raw;
        Fail("issue", $"'{raw}' is not an issue key; valid keys: {string.Join(", ", IssueTaxonomy.All.Select(i => i.Key))}.");
        return null;
    }

    public int? Int(string name)
    {
        var raw = Raw(name);
        if (raw is null) return null;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0) return n;
        Fail(name, $"'{raw}' is not a positive whole number.");
        return null;
    }

    public int? Article() => Int("article");

    public IReadOnlyList<string> Negotiators() =>
        query["negotiator"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim().ToLowerInvariant()).Distinct().ToList();

    public async Task<IReadOnlyList<string>> KnownNegotiatorsAsync(QuoteQueries quotes, CancellationToken ct)
    {
        var slugs = Negotiators();
        var unknown = await quotes.UnknownSpeakersAsync(slugs, ct);
        if (unknown.Count > 0) Fail("negotiator", $"No person with the id {string.Join(", ", unknown.Select(u => $"'{u}'"))}; see /api/v1/people.");
        return slugs;
    }

    public bool? Direct()
    {
        var raw = Raw("type")?.ToLowerInvariant();
        switch (raw)
        {
            case null: return null;
            case "direct": return true;
            case "indirect": return false;
            default: Fail("type", $"'{raw}' is not a quote type; use direct or indirect."); return null;
        }
    }

    public string Sort(IReadOnlyList<string> allowed, string fallback)
    {
        var raw = Raw("sort")?.ToLowerInvariant();
        if (raw is null) return fallback;
        if (allowed.Contains(raw)) return raw;
        Fail("sort", $"'{raw}' is not a sort order; use {string.Join(", ", allowed)}.");
        return fallback;
    }

    public IReadOnlyList<TimelineKind> Kinds()
    {
        var kinds = new List<TimelineKind>();
        foreach (var raw in query["kind"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim().ToLowerInvariant()))
        {
            var match = Enum.GetValues<TimelineKind>().Where(k => TimelineFacets.Slug(k) == raw).ToList();
            if (match.Count == 0) Fail("kind", $"'{raw}' is not a kind; use deadline, round, meeting, statement or threat.");
            kinds.AddRange(match);
        }
        return kinds.Distinct().ToList();
    }

    public (int Page, int PageSize) Paging()
    {
        int page = 1, size = DefaultPageSize;
        if (Raw("page") is { } p && !(int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            Fail("page", $"'{p}' is not a page number; pages start at 1.");
            page = 1;
        }
        if (Raw("pageSize") is { } s && !(int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize))
        {
            Fail("pageSize", $"'{s}' is not a page size; use 1 to {MaxPageSize} (default {DefaultPageSize}).");
            size = DefaultPageSize;
        }
        return (page, size);
    }

    /// <summary>400 problem+json naming every bad parameter.</summary>
    public IResult Problem() => TypedResults.ValidationProblem(Errors,
        detail: "Invalid query parameter: " + string.Join(" ", Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
        title: "One or more query parameters are invalid.",
        type: ApiProblems.InvalidParameter);
}

public static class ApiProblems
{
    public const string InvalidParameter = "/api#problem-invalid-parameter";
    public const string NotFound = "/api#problem-not-found";

    public static IResult NotFoundProblem(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: NotFound);

    public static IResult BadId(string name, string raw) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [name] = [$"'{raw}' is not a valid {name}."] },
        detail: $"Invalid route parameter {name}: '{raw}'.", title: "One or more parameters are invalid.", type: InvalidParameter);
}

/// <summary>JSON with an ETag (hash of the body) and a minute of public caching; 304 when If-None-Match matches.</summary>
public static class CachedJson
{
    public const string CacheControl = "public, max-age=60";

    public static IResult Ok<T>(HttpContext http, T value)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = CacheControl;
        http.Response.Headers.Vary = "Accept-Encoding";
        var match = http.Request.Headers.IfNoneMatch.SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim())
            .Any(v => v == "*" || v == etag || v == "W/" + etag);
        return match ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>One page of an in-memory list in the envelope, with self/next/prev links that keep the other parameters.</summary>
    public static Paged<T> Page<T>(HttpRequest request, IReadOnlyList<T> all, int page, int pageSize) =>
        Envelope(request, all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, all.Count);

    public static Paged<T> Envelope<T>(HttpRequest request, IReadOnlyList<T> items, int page, int pageSize, int total)
    {
        var pages = total == 0 ? 1 : (total + pageSize - 1) / pageSize;
        return new Paged<T>(items, page, pageSize, total, new PageLinks(
            Link(request, page), page < pages ? Link(request, page + 1) : null, page > 1 ? Link(request, Math.Min(page - 1, pages)) : null));
    }

    private static string Link(HttpRequest request, int page)
    {
        var pairs = request.Query.Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))).ToList();
        if (page > 1) pairs.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, pairs);
    }
}
