using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace NaftaTracker.Web.Components.Shared;

/// <summary>The address the browser asked for. When a status code page is re-executed (404 → /not-found), the request's
/// path and query are the error page's; links such as the skip link must use the original ones to stay on the page.</summary>
public static class OriginalRequest
{
    public static string Path(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is { } f
            ? f.OriginalPathBase + f.OriginalPath
            : http.Request.PathBase + http.Request.Path;

    public static string QueryString(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>() is { } f ? f.OriginalQueryString ?? "" : http.Request.QueryString.Value ?? "";

    public static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(HttpContext http) =>
        QueryHelpers.ParseQuery(QueryString(http));
}
