namespace NaftaTracker.Articles;

/// <summary>A range of article text to highlight, addressable by <see cref="Anchor"/> (an element id).</summary>
public sealed record Highlight(int Start, int End, string Anchor, string Kind);

/// <param name="Anchors">Anchors of the highlights that start in this segment.</param>
/// <param name="Covering">Anchors of every highlight covering this segment.</param>
public sealed record TextSegment(int Start, string Text, IReadOnlyList<string> Anchors, IReadOnlyList<string> Covering, IReadOnlyList<string> Kinds)
{
    public bool IsHighlighted => Covering.Count > 0;
}

public sealed record TextParagraph(IReadOnlyList<TextSegment> Segments);

/// <summary>Splits article text into paragraphs (non-blank lines) and non-overlapping segments, so overlapping
/// highlights render as plain text inside &lt;mark&gt; elements without nesting or raw HTML.</summary>
public static class ArticleMarkup
{
    public static IReadOnlyList<TextParagraph> Build(string text, IEnumerable<Highlight> highlights)
    {
        var marks = highlights
            .Select(h => h with { Start = Math.Clamp(h.Start, 0, text.Length), End = Math.Clamp(h.End, 0, text.Length) })
            .Where(h => h.End > h.Start)
            .DistinctBy(h => h.Anchor)
            .ToList();

        var paragraphs = new List<List<TextSegment>>();
        foreach (var (start, end) in Lines(text))
        {
            var cuts = new SortedSet<int> { start, end };
            foreach (var h in marks)
            {
                if (h.Start > start && h.Start < end) cuts.Add(h.Start);
                if (h.End > start && h.End < end) cuts.Add(h.End);
            }
            var bounds = cuts.ToList();
            var segments = new List<TextSegment>();
            for (var i = 0; i + 1 < bounds.Count; i++)
            {
                var (s, e) = (bounds[i], bounds[i + 1]);
                var covering = marks.Where(h => h.Start < e && h.End > s).ToList();
                segments.Add(new TextSegment(s, text[s..e], [], covering.Select(h => h.Anchor).ToList(), covering.Select(h => h.Kind).Distinct().ToList()));
            }
            paragraphs.Add(segments);
        }

        // Each anchor goes to the first segment at or after its highlight's start.
        var all = paragraphs.SelectMany(p => p).ToList();
        var anchors = all.ToDictionary(s => s, _ => new List<string>());
        foreach (var h in marks.OrderBy(h => h.Start))
        {
            var target = all.FirstOrDefault(s => s.Start >= h.Start && s.Start < h.End);
            if (target is not null) anchors[target].Add(h.Anchor);
        }
        return paragraphs.Select(p => new TextParagraph(p.Select(s => s with { Anchors = anchors[s] }).ToList())).ToList();
    }

    private static IEnumerable<(int Start, int End)> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var trimmedEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            if (!string.IsNullOrWhiteSpace(text[start..trimmedEnd])) yield return (start, trimmedEnd);
            if (newline < 0) yield break;
            start = newline + 1;
        }
    }
}
