using NaftaTracker.Queries;

namespace NaftaTracker.Web.Components.Shared;

/// <summary>The request's valid ?asOf= (YYYY-MM-DD), ambient for the whole render so every internal link built with
/// <see cref="Href.To"/> keeps it. Set per request by <see cref="UseAsOfContext"/>.</summary>
public static class AsOfContext
{
    private static readonly AsyncLocal<string?> Value = new();

    public static string? Current => Value.Value;

    public static IApplicationBuilder UseAsOfContext(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var raw = OriginalRequest.Query(context).GetValueOrDefault("asOf").FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        Value.Value = raw is not null && DateText.TryParseIsoDay(raw, out var day) ? Href.Iso(day) : null;
        try { await next(context); }
        finally { Value.Value = null; }
    });
}
