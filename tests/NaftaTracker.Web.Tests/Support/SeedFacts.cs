using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NaftaTracker.Store;

namespace NaftaTracker.Web.Tests.Support;

/// <summary>Facts of the seeded store the search, feed and chart tests look for.</summary>
public static class SeedFacts
{
    public sealed record StoredQuote(int ArticleId, int QuoteId, DateOnly SaidOn);

    /// <summary>Larry Kudlow's “m-i-l-k” (seed article 001), as the extractor stores it.</summary>
    public static async Task<StoredQuote> KudlowMilkAsync(this TrackerAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var q = await db.Quotes.Where(q => q.Text == "m-i-l-k" && q.Speaker!.Slug == "larry-kudlow")
            .Select(q => new { q.ArticleId, q.Id, q.SaidOn }).SingleAsync();
        return new StoredQuote(q.ArticleId, q.Id, q.SaidOn.Date);
    }
}
