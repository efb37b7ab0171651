using NaftaTracker.Web.Components;
using NaftaTracker.Web.Components.Shared;
using NaftaTracker.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
// Serve scoped CSS from the build output under `dotnet run` in any environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();
builder.AddTrackerLogging();
builder.AddTrackerStore();
builder.Services.AddTrackerFeatures();
builder.Services.AddRazorComponents();

var app = builder.Build();
await app.InitializeStoreAsync();

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseExceptionHandler("/error", createScopeForErrors: true);
// Under /api, unhandled errors are problem+json (AddProblemDetails), not the HTML error page.
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler());
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAsOfContext();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapTrackerApis();
app.MapRazorComponents<App>();

app.Run();

public partial class Program;
