using System.Text;
using System.Xml.Linq;
using NaftaTracker.Feeds;

namespace NaftaTracker.Core.Tests.Feeds;

public class FeedWritersTests
{
    [Fact]
    public void Calendar_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var sb = new StringBuilder();
        ICalendarWriter.AppendFolded(sb, "SUMMARY:" + string.Concat(Enumerable.Repeat("Malmström 🇨🇦 ", 20)));
        var lines = sb.ToString().Split("\r\n")[..^1];

        Assert.True(lines.Length > 1);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(sb.ToString())));
        Assert.Equal("SUMMARY:" + string.Concat(Enumerable.Repeat("Malmström 🇨🇦 ", 20)), string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Theory]
    [InlineData("a;b,c\\d", @"a\;b\,c\\d")]
    [InlineData("line\r\nnext\nlast", @"line\nnext\nlast")]
    [InlineData("bell\u0007tab\t", "belltab\t")]
    public void Calendar_text_is_escaped(string input, string expected) => Assert.Equal(expected, ICalendarWriter.EscapeText(input));

    [Fact]
    public void Atom_text_is_written_as_text_and_characters_xml_cannot_carry_are_dropped()
    {
        var entry = new AtomEntry("tag:naftatracker,2018:quote-1", "<b>bold</b> & \u0001", new DateTimeOffset(2018, 9, 7, 0, 0, 0, TimeSpan.Zero),
            "https://example.org/articles/1#q-1", "Larry Kudlow", "m-i-l-k ]]> <script>", "summary", ["Dairy market access"]);
        var xml = AtomWriter.Write("tag:naftatracker,2018:feed", "Feed", "https://example.org/feed.atom?a=1&b=2", "https://example.org/quotes",
            entry.Updated, [entry]);

        var feed = XDocument.Parse(Encoding.UTF8.GetString(xml)).Root!;
        XNamespace atom = AtomWriter.Namespace;
        var e = feed.Element(atom + "entry")!;
        Assert.Equal("<b>bold</b> & ", e.Element(atom + "title")!.Value);
        Assert.Equal("m-i-l-k ]]> <script>", e.Element(atom + "content")!.Value);
        Assert.Equal("2018-09-07T00:00:00Z", e.Element(atom + "updated")!.Value);
        Assert.Equal("https://example.org/feed.atom?a=1&b=2", feed.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }
}
