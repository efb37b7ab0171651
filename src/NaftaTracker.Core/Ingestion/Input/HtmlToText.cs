using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NaftaTracker.Ingestion.Input;

/// <summary>An HTML page reduced to its text, with the title it announces.</summary>
public sealed record HtmlText(string Text, string? Title);

/// <summary>Strips an HTML page to the article text, without an HTML parser: drops comments, scripts, styles and the
/// page chrome (nav, header, footer, aside, form); keeps the content of &lt;article&gt; or &lt;main&gt; when present;
/// turns block elements (p, br, div, h1–h6, li, blockquote, …) into paragraph breaks; decodes entities and collapses
/// whitespace. Paragraphs are separated by a blank line.</summary>
public static partial class HtmlToText
{
    private const char Break = '\u2029'; // paragraph separator: a marker while stripping, never in the output

    /// <summary>Elements whose content is never article text. Raw-text elements are removed as a whole first.</summary>
    private static readonly string[] RawTextElements = ["script", "style", "noscript", "template", "textarea", "svg", "iframe", "object"];
    private static readonly string[] ChromeElements = ["head", "nav", "header", "footer", "aside", "form", "button", "select", "dialog", "menu"];

    /// <summary>True when the text is an HTML document or fragment rather than plain text. The file name's extension
    /// (.html, .htm, .xhtml) decides when given; otherwise the text must open with a doctype or an html/head/body tag,
    /// or hold an &lt;html&gt; or &lt;body&gt; element near its start.</summary>
    public static bool LooksLikeHtml(string text, string? fileName = null)
    {
        var ext = fileName is null ? "" : Path.GetExtension(fileName).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml") return true;
        var head = text.Length > 4096 ? text[..4096] : text;
        return HtmlStart().IsMatch(head) || (HtmlOrBodyTag().IsMatch(head) && head.Contains("</", StringComparison.Ordinal));
    }

    public static HtmlText Convert(string html)
    {
        html = Comment().Replace(html, " ");
        html = CData().Replace(html, " ");
        foreach (var name in RawTextElements) html = RemoveElements(html, name);

        var title = TitleOf(html);

        var content = LargestElement(html, "article") ?? LargestElement(html, "main") ?? LargestElement(html, "body") ?? html;
        foreach (var name in ChromeElements) content = RemoveElements(content, name);

        content = BlockTag().Replace(content, Break.ToString());
        content = CellTag().Replace(content, " ");
        content = AnyTag().Replace(content, "");
        content = WebUtility.HtmlDecode(content);
        return new HtmlText(Paragraphs(content), title);
    }

    /// <summary>The &lt;title&gt;, else the first &lt;h1&gt;, as plain text; null when neither has text.</summary>
    private static string? TitleOf(string html)
    {
        foreach (var name in new[] { "title", "h1" })
        {
            // The first opening tag, then its closing tag by plain search: a lazy regex would rescan the page for every
            // unclosed <h1>.
            var open = new Regex($@"<{name}\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Match(html);
            if (!open.Success) continue;
            var innerStart = open.Index + open.Length;
            var close = html.IndexOf($"</{name}", innerStart, StringComparison.OrdinalIgnoreCase);
            if (close < 0) continue;
            var text = CollapseInline(WebUtility.HtmlDecode(AnyTag().Replace(html[innerStart..close], " ")));
            if (text.Length > 0) return text;
        }
        return null;
    }

    private static string Paragraphs(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var para in text.Split(Break))
        {
            var line = CollapseInline(para);
            if (line.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static string CollapseInline(string text) => Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>Removes every &lt;name&gt;…&lt;/name&gt; element, nested ones included; an unclosed one runs to the end.</summary>
    private static string RemoveElements(string html, string name)
    {
        var sb = new StringBuilder(html.Length);
        var pos = 0;
        while (FindElement(html, name, pos) is var (start, end) && start >= 0)
        {
            sb.Append(html, pos, start - pos).Append(' ');
            pos = end;
        }
        return sb.Append(html, pos, html.Length - pos).ToString();
    }

    /// <summary>The inner HTML of the &lt;name&gt; element with the most text, or null when there is none.</summary>
    private static string? LargestElement(string html, string name)
    {
        string? best = null;
        var bestLength = 0;
        var pos = 0;
        while (FindElement(html, name, pos) is var (start, end) && start >= 0)
        {
            var open = html.IndexOf('>', start);
            var close = html.LastIndexOf('<', end - 1);
            var inner = open >= 0 && close > open ? html[(open + 1)..close] : html[Math.Min(open + 1, end)..end];
            var length = AnyTag().Replace(inner, "").Trim().Length;
            if (best is null || length > bestLength) (best, bestLength) = (inner, length);
            pos = end;
        }
        return bestLength > 0 ? best : null;
    }

    /// <summary>The next element named <paramref name="name"/> at or after <paramref name="from"/>: [start of its opening tag,
    /// end of its matching closing tag). Counts nesting of the same name. (-1, -1) when there is none.</summary>
    private static (int Start, int End) FindElement(string html, string name, int from)
    {
        var tags = TagRegexes.GetOrAdd(name, n => new Regex($@"<(/?)({Regex.Escape(n)})\b[^<>]*?(/?)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        var m = tags.Match(html, from);
        while (m.Success && m.Groups[1].Value == "/") m = m.NextMatch(); // stray closing tag
        if (!m.Success) return (-1, -1);
        var start = m.Index;
        if (m.Groups[3].Value == "/") return (start, m.Index + m.Length); // self-closing
        var depth = 1;
        for (m = m.NextMatch(); m.Success; m = m.NextMatch())
        {
            if (m.Groups[3].Value == "/") continue;
            depth += m.Groups[1].Value == "/" ? -1 : 1;
            if (depth == 0) return (start, m.Index + m.Length);
        }
        return (start, html.Length);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> TagRegexes = new();

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<!\[CDATA\[.*?(\]\]>|$)", RegexOptions.Singleline)]
    private static partial Regex CData();

    [GeneratedRegex(@"^\s*(<\?xml[^<>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<(html|body)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlOrBodyTag();

    [GeneratedRegex(@"</?(p|br|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|main|pre|table|tr|figure|figcaption|hr|address)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?(td|th)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellTag();

    [GeneratedRegex(@"<[!/?]?[a-zA-Z][^<>]*>|<\?[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[\s\u2028]+")]
    private static partial Regex Whitespace();
}
