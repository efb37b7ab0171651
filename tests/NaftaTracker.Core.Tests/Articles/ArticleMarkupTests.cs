using NaftaTracker.Articles;

namespace NaftaTracker.Core.Tests.Articles;

public class ArticleMarkupTests
{
    private const string Text = "First paragraph here.\n\nHe said it is good and fine today.";

    [Fact]
    public void Overlapping_spans_become_non_overlapping_segments_with_anchors_where_each_starts()
    {
        var start = Text.IndexOf("it is");
        var quote = new Highlight(start, start + "it is good and fine".Length, "q-1", "quote");
        var span = new Highlight(Text.IndexOf("He said"), Text.IndexOf("good") + 4, "span-x", "evidence");

        var paragraphs = ArticleMarkup.Build(Text, [quote, span]);

        Assert.Equal(2, paragraphs.Count);
        Assert.Equal("First paragraph here.", string.Concat(paragraphs[0].Segments.Select(s => s.Text)));
        var segments = paragraphs[1].Segments;
        Assert.Equal(["He said ", "it is good", " and fine", " today."], segments.Select(s => s.Text));
        Assert.Equal(["span-x"], segments[0].Anchors);
        Assert.Equal(["q-1"], segments[1].Anchors);
        Assert.Equal(["q-1", "span-x"], segments[1].Covering.Order());
        Assert.False(segments[3].IsHighlighted);
        Assert.Equal("it is good and fine", string.Concat(segments.Where(s => s.Covering.Contains("q-1")).Select(s => s.Text)));
    }

    [Fact]
    public void Spans_starting_at_the_same_place_share_the_segment_and_text_is_preserved()
    {
        var at = Text.IndexOf("He");
        var paragraphs = ArticleMarkup.Build(Text, [new(at, at + 7, "a", "quote"), new(at, at + 2, "b", "evidence"), new(at, at + 2, "b", "evidence")]);

        var segments = paragraphs[1].Segments;
        Assert.Equal(["a", "b"], segments[0].Anchors.Order());
        Assert.Equal(Text[Text.IndexOf("He")..], string.Concat(segments.Select(s => s.Text)));
    }
}
