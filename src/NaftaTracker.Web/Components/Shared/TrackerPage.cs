using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Diagnostics;
using NaftaTracker.Queries;

namespace NaftaTracker.Web.Components.Shared;

public sealed record PageError(int Status, string Title, string Message);

/// <summary>Base for pages: validates query input and turns bad input into a 400/404 page instead of an exception.</summary>
public abstract class TrackerPage : ComponentBase
{
    public const string NotFoundKey = "tracker:not-found";

    [CascadingParameter] public HttpContext? HttpContext { get; set; }
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected PageError? Error { get; private set; }

    protected void Fail(int status, string title, string message)
    {
        Error ??= new PageError(status, title, message);
        if (HttpContext is not { Response.HasStarted: false }) return;
        if (status == 404)
        {
            // Static SSR drops a page's own body on 404, so hand the specific message to the router's NotFound page.
            HttpContext.Items[NotFoundKey] = Error;
            Navigation.NotFound();
            return;
        }
        HttpContext.Response.StatusCode = Error.Status;
        // This page explains the problem itself; without this, a 404 set here is re-executed as the generic /not-found page.
        if (HttpContext.Features.Get<IStatusCodePagesFeature>() is { } statusPages) statusPages.Enabled = false;
    }

    /// <summary>Blank means "today" (null); anything but YYYY-MM-DD fails the page with 400.</summary>
    protected DateOnly? ParseAsOf(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateText.TryParseIsoDay(raw, out var date)) return date;
        Fail(400, "Invalid as-of date", $"“{raw}” is not a valid date. Use the form YYYY-MM-DD, for example 2018-09-12.");
        return null;
    }

    protected string? ParseCountry(string? raw)
    {
        if (Countries.TryNormalize(raw, out var code)) return code;
        Fail(400, "Unknown country", $"“{raw}” is not a country code this tracker knows. Valid codes: {Countries.ValidList}.");
        return null;
    }

    protected static int ParsePage(string? raw) => int.TryParse(raw, out var page) && page > 0 ? page : 1;
}
