using System.Text;
using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Ingestion;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Core.Tests.Ingestion.Input;

public sealed class ArticleFileReaderTests : IDisposable
{
    private const string Article = "Freeland upbeat on NAFTA\n\nWASHINGTON — “We are making progress,” Chrystia Freeland said on Tuesday.\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("naftatracker-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static ArticleFile Accepted(ArticleFileResult result)
    {
        Assert.False(result.IsRejected, $"rejected: {result.Rejection}");
        return result.Article!;
    }

    [Fact]
    public void Plain_utf8_is_read_as_is()
    {
        var article = Accepted(ArticleFileReader.Read(Write("a.txt", Encoding.UTF8.GetBytes(Article))));
        Assert.Equal(Article, article.Text);
        Assert.Equal(TextDecoding.Utf8, article.Encoding);
        Assert.Null(article.Title);
        Assert.False(article.FromHtml);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Crlf_is_normalised_so_offsets_match_the_store()
    {
        var article = Accepted(ArticleFileReader.Read(Write("a.txt", Encoding.UTF8.GetBytes(Article.Replace("\n", "\r\n")))));
        Assert.Equal(Article, article.Text);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var result = ArticleFileReader.Read(Write("empty.txt", []));
        Assert.True(result.IsRejected);
        Assert.Contains("empty", result.Rejection);
    }

    [Fact]
    public void Whitespace_only_file_is_rejected()
    {
        var result = ArticleFileReader.Read(Write("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\n  \n")));
        Assert.True(result.IsRejected);
        Assert.Contains("empty", result.Rejection);
    }

    [Fact]
    public void Nul_bytes_are_binary()
    {
        var bytes = Encoding.UTF8.GetBytes(Article).Concat(new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10 }).ToArray();
        var result = ArticleFileReader.Read(Write("x.bin", bytes));
        Assert.True(result.IsRejected);
        Assert.StartsWith("looks binary", result.Rejection);
    }

    [Fact]
    public void Random_bytes_are_binary()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var result = ArticleFileReader.Read(Write("random.dat", bytes));
        Assert.True(result.IsRejected);
        Assert.StartsWith("looks binary", result.Rejection);
    }

    [Fact]
    public void Control_characters_without_nul_are_binary()
    {
        // A PNG-like header: no NUL in the first bytes, but control characters galore.
        var bytes = Enumerable.Range(0, 600).Select(i => (byte)(i % 3 == 0 ? 0x1B : 'a' + i % 26)).ToArray();
        var result = ArticleFileReader.Read(Write("ctl.txt", bytes));
        Assert.True(result.IsRejected);
        Assert.Contains("control characters", result.Rejection);
    }

    [Fact]
    public void Invalid_utf8_with_bytes_undefined_in_windows_1252_is_binary()
    {
        var bytes = Encoding.ASCII.GetBytes("Some text ").Concat(new byte[] { 0x81, 0x8D, 0xC3 }).Concat(Encoding.ASCII.GetBytes(" more text")).ToArray();
        var result = ArticleFileReader.Read(Write("odd.txt", bytes));
        Assert.True(result.IsRejected);
        Assert.StartsWith("looks binary", result.Rejection);
    }

    [Fact]
    public void Oversize_file_is_rejected_with_size_and_limit()
    {
        var bytes = Enumerable.Repeat((byte)'a', (int)ArticleFileReader.MaxBytes + 1).ToArray();
        var result = ArticleFileReader.Read(Write("big.txt", bytes));
        Assert.True(result.IsRejected);
        Assert.Contains("too large", result.Rejection);
        Assert.Contains("2,097,153 bytes", result.Rejection);
        Assert.Contains("2 MiB", result.Rejection);
    }

    [Fact]
    public void File_at_the_limit_is_accepted()
    {
        var bytes = Enumerable.Repeat((byte)'a', (int)ArticleFileReader.MaxBytes).ToArray();
        Assert.Equal((int)ArticleFileReader.MaxBytes, Accepted(ArticleFileReader.Read(Write("limit.txt", bytes))).Text.Length);
    }

    [Fact]
    public void Missing_file_is_rejected_not_thrown()
    {
        var result = ArticleFileReader.Read(Path.Combine(_dir, "nope.txt"));
        Assert.True(result.IsRejected);
        Assert.Contains("not found", result.Rejection);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_bom_is_decoded(string encodingName)
    {
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Article)).ToArray();
        var article = Accepted(ArticleFileReader.Read(Write("u16.txt", bytes)));
        Assert.Equal(Article, article.Text);
        Assert.Equal(encodingName, article.Encoding);
        Assert.Empty(article.Warnings);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_without_bom_is_recognised_by_its_nul_pattern(bool bigEndian, string expected)
    {
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(Article);
        var article = Accepted(ArticleFileReader.Read(Write("u16.txt", bytes)));
        Assert.Equal(Article, article.Text);
        Assert.Equal(expected, article.Encoding);
        Assert.Contains(article.Warnings, w => w.Contains("byte-order mark"));
    }

    [Fact]
    public void Utf8_with_bom_is_decoded_without_the_bom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Article)).ToArray();
        var article = Accepted(ArticleFileReader.Read(Write("bom.txt", bytes)));
        Assert.Equal(Article, article.Text);
        Assert.Equal(TextDecoding.Utf8Bom, article.Encoding);
    }

    [Fact]
    public void Windows_1252_curly_quotes_and_apostrophe_are_decoded_with_a_warning()
    {
        var bytes = Encoding.ASCII.GetBytes("Canada won").Append((byte)0x92).Concat(Encoding.ASCII.GetBytes("t sign. "))
            .Append((byte)0x93).Concat(Encoding.ASCII.GetBytes("No deal is better than a bad deal,")).Append((byte)0x94)
            .Concat(Encoding.ASCII.GetBytes(" said Trudeau ")).Append((byte)0x97).Concat(Encoding.ASCII.GetBytes(" caf")).Append((byte)0xE9)
            .Append((byte)'\n').ToArray();
        var article = Accepted(ArticleFileReader.Read(Write("w.txt", bytes)));
        Assert.Equal("Canada won’t sign. “No deal is better than a bad deal,” said Trudeau — café\n", article.Text);
        Assert.Equal(TextDecoding.Windows1252, article.Encoding);
        Assert.Contains(article.Warnings, w => w.Contains("Windows-1252"));
    }

    [Fact]
    public void Html_page_is_stripped_to_its_article_text()
    {
        const string page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Freeland upbeat as NAFTA talks resume &amp; drag on</title>
              <style>body { color: red; }</style>
              <script>var tracker = "SCRIPT-CONTENT"; if (a < b) { alert(1); }</script>
            </head>
            <body>
              <header><a href="/">Daily Gazette</a> <nav><ul><li>Home</li><li>Politics</li></ul></nav></header>
              <!-- ad slot: COMMENT-CONTENT -->
              <article>
                <h1>Freeland upbeat as NAFTA talks resume</h1>
                <p>WASHINGTON &mdash; Foreign Affairs Minister Chrystia Freeland said the talks were
                   <em>constructive</em>.</p>
                <p>&ldquo;We are making progress,&rdquo; she said.<br>The talks resume Friday.</p>
                <aside>Related: ASIDE-CONTENT</aside>
                <blockquote>Canada won&#8217;t sign a bad deal.</blockquote>
                <form><input name="email"> Subscribe FORM-CONTENT</form>
              </article>
              <footer>&copy; 2018 FOOTER-CONTENT</footer>
              <script>SCRIPT-TWO</script>
            </body>
            </html>
            """;
        var article = Accepted(ArticleFileReader.Read(Write("page.html", Encoding.UTF8.GetBytes(page))));
        Assert.True(article.FromHtml);
        Assert.Equal("Freeland upbeat as NAFTA talks resume & drag on", article.Title);
        Assert.Equal(
            "Freeland upbeat as NAFTA talks resume\n\n" +
            "WASHINGTON — Foreign Affairs Minister Chrystia Freeland said the talks were constructive.\n\n" +
            "“We are making progress,” she said.\n\n" +
            "The talks resume Friday.\n\n" +
            "Canada won’t sign a bad deal.",
            article.Text);
        foreach (var absent in new[] { "SCRIPT", "COMMENT", "ASIDE", "FORM", "FOOTER", "Politics", "color", "<", "&" })
            Assert.DoesNotContain(absent, article.Text);
    }

    [Fact]
    public void Html_is_recognised_without_an_html_extension_and_falls_back_to_h1_for_the_title()
    {
        const string page = "<html><body><main><h1>Talks stall</h1><div>Round five ended.</div><div>No deal on dairy.</div></main></body></html>";
        var article = Accepted(ArticleFileReader.Read(Write("page.txt", Encoding.UTF8.GetBytes(page))));
        Assert.True(article.FromHtml);
        Assert.Equal("Talks stall", article.Title);
        Assert.Equal("Talks stall\n\nRound five ended.\n\nNo deal on dairy.", article.Text);
    }

    [Fact]
    public void Plain_text_mentioning_tags_is_not_taken_for_html()
    {
        const string text = "Headline\n\nThe deal says x < y and <b> is a tag name, nothing more.\n";
        var article = Accepted(ArticleFileReader.Read(Write("a.txt", Encoding.UTF8.GetBytes(text))));
        Assert.False(article.FromHtml);
        Assert.Equal(text, article.Text);
    }

    [Fact]
    public void Html_page_without_text_is_rejected()
    {
        var result = ArticleFileReader.Read(Write("empty.html", Encoding.UTF8.GetBytes("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")));
        Assert.True(result.IsRejected);
        Assert.Contains("HTML", result.Rejection);
    }

    [Fact]
    public void Seed_articles_read_exactly_as_their_plain_text()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            var article = Accepted(ArticleFileReader.Read(file));
            Assert.Equal(ArticleText.Normalize(File.ReadAllText(file)), article.Text);
            Assert.False(article.FromHtml, file);
        }
    }
}
