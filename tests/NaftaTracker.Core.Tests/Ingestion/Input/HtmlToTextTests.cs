using System.Diagnostics;
using System.Text;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Core.Tests.Ingestion.Input;

public sealed class HtmlToTextTests
{
    [Theory]
    [InlineData("<a")]                       // unclosed tags
    [InlineData("<p><div>")]                 // block tags
    [InlineData("<nav><nav>")]               // unclosed chrome, nested
    [InlineData("<!--")]                     // unclosed comments
    [InlineData("<h1>")]                     // unclosed title candidates
    [InlineData("<title>")]
    [InlineData("<article>x</article>")]     // many candidate containers
    // Linear time: a couple of seconds in Debug; a quadratic pattern would take minutes.
    public void Pathological_pages_at_the_size_limit_convert_quickly(string unit)
    {
        var sb = new StringBuilder("<html><body>");
        while (sb.Length < ArticleFileReader.MaxBytes - unit.Length) sb.Append(unit);
        var watch = Stopwatch.StartNew();
        HtmlToText.Convert(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{unit}: {watch.Elapsed}");
    }

    [Fact]
    public void Nested_chrome_is_dropped_whole_and_the_largest_article_is_kept()
    {
        const string html = """
            <html><body>
            <article><p>Teaser</p></article>
            <article><h2>Main story</h2><aside>one <aside>two</aside> AFTER_NESTED_ASIDE</aside><p>Body text.</p><ul><li>First</li><li>Second</li></ul></article>
            </body></html>
            """;
        var page = HtmlToText.Convert(html);
        Assert.Equal("Main story\n\nBody text.\n\nFirst\n\nSecond", page.Text);
        Assert.Null(page.Title);
    }

    [Fact]
    public void Entities_decode_after_tags_are_stripped_so_escaped_markup_stays_text()
    {
        var page = HtmlToText.Convert("<body><p>Use &lt;p&gt; tags &amp; &quot;quotes&quot;&nbsp;here.</p></body>");
        Assert.Equal("Use <p> tags & \"quotes\" here.", page.Text);
    }
}
