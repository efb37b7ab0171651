using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Extracts quotes, people, dates, issues, deadlines and events from one article. Stateless and thread-safe.
/// Pipeline: furniture masking → paragraphs, quotes, sentences → people and organisations → attribution (direct,
/// indirect, tweets) → dates → issues → deadlines and events.</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private static readonly ExtractionResult Empty = new([], [], [], [], [], [], []);

    public ExtractionResult Extract(string text, DateOnly published)
    {
        if (string.IsNullOrEmpty(text)) return Empty;
        try
        {
            return ExtractCore(text, published);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug must not take ingestion down: fall back to the parts that cannot fail.
            return Empty with { Furniture = SafeFurniture(text) };
        }
    }

    /// <summary>Extraction without the safety net, so tests see bugs.</summary>
    internal static ExtractionResult ExtractCore(string text, DateOnly published)
    {
        var ctx = ArticleContext.Build(text, published);
        var dates = DateResolver.Find(ctx);
        var issueHits = IssueTagger.Tag(ctx.Clean);
        var attributed = new QuoteAttributor(ctx).Attribute();
        attributed.AddRange(TweetFinder.Find(ctx));
        attributed.Sort((a, b) => a.Start.CompareTo(b.Start));

        var quotes = attributed.Select(q => ToQuote(ctx, q, dates, issueHits)).ToList();
        var speakers = attributed.Where(q => q.Speaker is not null).Select(q => q.Speaker!).ToHashSet();
        var people = ctx.Registry.People
            .Where(p => p.Kind == SpeakerKind.Person || speakers.Contains(p))
            .Concat(speakers.Where(s => !ctx.Registry.People.Contains(s)))
            .Distinct()
            .Select(p => new ExtractedPerson(p.Name, p.Aliases.OrderBy(a => a.Length).ToList(), p.Role, p.Party, p.Kind))
            .ToList();
        var issues = issueHits.GroupBy(h => h.Key)
            .Select(g => new ExtractedIssue(g.Key, g.Select(h => new TextSpan(h.Start, h.End)).ToList()))
            .OrderBy(i => IssueTaxonomy.All.ToList().FindIndex(d => d.Key == i.Key))
            .ToList();
        var deadlines = DeadlineFinder.Find(ctx, dates, issueHits);
        var events = EventFinder.Find(ctx, dates, issueHits);
        return new ExtractionResult(quotes, dates, people, issues, deadlines, events, ctx.Furniture);
    }

    private static ExtractedQuote ToQuote(ArticleContext ctx, AttributedQuote q, List<ExtractedDate> dates, List<IssueHit> hits)
    {
        var paragraph = ctx.Paragraphs[q.Sentence.Paragraph];
        var issues = IssueTagger.KeysIn(hits, Math.Min(paragraph.Start, q.Start), Math.Max(paragraph.End, q.End));
        return new ExtractedQuote(ctx.Text[q.Start..q.End], q.Start, q.End, q.Speaker?.Name, q.Speaker?.Kind, q.Direct,
            SaidOn(ctx, q, dates), issues);
    }

    /// <summary>A day named in the attribution ("Freeland said Tuesday"), else the publication date.</summary>
    private static PartialDate SaidOn(ArticleContext ctx, AttributedQuote q, List<ExtractedDate> dates)
    {
        foreach (var d in dates)
        {
            if (d.Start < q.Sentence.Start || d.End > q.Sentence.End || d.Value.Precision != DatePrecision.Day) continue;
            if (d.Start >= q.Start && d.Start < q.End || ctx.InsideQuote[d.Start]) continue;
            if (d.Value.Date <= ctx.Published) return d.Value;
        }
        return new PartialDate(ctx.Published, DatePrecision.Day);
    }

    private static List<TextSpan> SafeFurniture(string text)
    {
        try { return FurnitureDetector.Detect(text); }
        catch (Exception) { return []; }
    }
}
