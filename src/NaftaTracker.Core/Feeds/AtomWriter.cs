using System.Globalization;
using System.Text;
using System.Xml;

namespace NaftaTracker.Feeds;

public sealed record AtomEntry(string Id, string Title, DateTimeOffset Updated, string AlternateUrl, string Author, string Content, string Summary,
    IReadOnlyList<string> Categories);

/// <summary>Writes an RFC 4287 Atom feed with XmlWriter; every value is written as text, never as markup.</summary>
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(string id, string title, string selfUrl, string alternateUrl, DateTimeOffset updated, IEnumerable<AtomEntry> entries)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Namespace);
            w.WriteElementString("id", Namespace, id);
            Text(w, "title", title);
            Text(w, "subtitle", "Quotes and events of the 2017–2018 NAFTA renegotiation, each linked to its source sentence.");
            w.WriteElementString("updated", Namespace, Rfc3339(updated));
            Link(w, "self", selfUrl, "application/atom+xml");
            Link(w, "alternate", alternateUrl, "text/html");
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, "NaftaTracker");
            w.WriteEndElement();
            w.WriteStartElement("generator", Namespace);
            w.WriteString("NaftaTracker");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, e.Id);
                Text(w, "title", e.Title);
                w.WriteElementString("updated", Namespace, Rfc3339(e.Updated));
                Link(w, "alternate", e.AlternateUrl, "text/html");
                w.WriteStartElement("author", Namespace);
                w.WriteElementString("name", Namespace, Clean(e.Author));
                w.WriteEndElement();
                foreach (var c in e.Categories)
                {
                    w.WriteStartElement("category", Namespace);
                    w.WriteAttributeString("term", Clean(c));
                    w.WriteEndElement();
                }
                Text(w, "summary", e.Summary);
                Text(w, "content", e.Content);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        return stream.ToArray();
    }

    public static string Rfc3339(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Text(XmlWriter w, string name, string value)
    {
        w.WriteStartElement(name, Namespace);
        w.WriteAttributeString("type", "text");
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    private static string Clean(string value)
    {
        if (value.All(XmlConvert.IsXmlChar)) return value;
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i])) sb.Append(value[i]);
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i])) { sb.Append(value, i, 2); i++; }
        }
        return sb.ToString();
    }
}
