namespace NaftaTracker.Search;

/// <summary>A piece of a title or snippet; <see cref="Marked"/> pieces matched the query. Pages render each
/// piece as text (marked ones inside &lt;mark&gt;), never as HTML.</summary>
public sealed record HighlightSegment(string Text, bool Marked);

public static class Highlight
{
    /// <summary>Private-use characters FTS5's snippet()/highlight() put around matches.</summary>
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static IReadOnlyList<HighlightSegment> Split(string? marked)
    {
        var result = new List<HighlightSegment>();
        if (string.IsNullOrEmpty(marked)) return result;
        var inside = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close) continue;
            if (i > start) result.Add(new HighlightSegment(marked[start..i], inside));
            if (i < marked.Length) inside = marked[i] == Open;
            start = i + 1;
        }
        return result;
    }
}
