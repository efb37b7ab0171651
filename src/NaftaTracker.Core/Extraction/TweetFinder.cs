using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Tweets pasted as their own paragraph: "@realDonaldTrump: We will ..." quoted without marks.</summary>
internal static partial class TweetFinder
{
    [GeneratedRegex(@"^@(?<handle>\w{1,15})\s*(?:[:\-–—]\s*|\s+)(?<body>\S.*)$")]
    private static partial Regex TweetLine();

    public static List<AttributedQuote> Find(ArticleContext ctx)
    {
        var tweets = new List<AttributedQuote>();
        foreach (var para in ctx.Paragraphs)
        {
            if (ctx.Clean[para.Start] != '@') continue;
            var line = ctx.Clean[para.Start..para.End];
            var m = TweetLine().Match(line);
            if (!m.Success || line.IndexOfAny(['"', '“', '”', '«', '„']) >= 0) continue;
            var body = m.Groups["body"];
            var speaker = SpeakerFor(ctx, m.Groups["handle"].Value);
            var sentence = ctx.SentenceAt(para.Start) ?? new Sentence(para.Start, para.End, 0);
            tweets.Add(new AttributedQuote(para.Start + body.Index, para.Start + body.Index + body.Length, true, speaker, sentence));
        }
        return tweets;
    }

    /// <summary>The author of an embedded tweet: the quote's paragraph is followed by "— Name (@handle) Date".</summary>
    public static PersonRecord? EmbedAuthor(ArticleContext ctx, int paragraphEnd)
    {
        var i = paragraphEnd;
        while (i < ctx.Text.Length && char.IsWhiteSpace(ctx.Text[i])) i++;
        var lineEnd = ctx.Text.IndexOf('\n', i);
        if (lineEnd < 0) lineEnd = ctx.Text.Length;
        var m = FurnitureDetector.TweetEmbedLine().Match(ctx.Text[i..lineEnd]);
        return m.Success ? SpeakerFor(ctx, m.Groups["handle"].Value) : null;
    }

    private static PersonRecord SpeakerFor(ArticleContext ctx, string handle)
    {
        var name = NameLexicon.TwitterHandles.GetValueOrDefault(handle, "@" + handle);
        var known = ctx.Registry.People.FirstOrDefault(p => p.Name == name || p.Aliases.Contains(name));
        if (known is not null) return known;
        var figure = NameLexicon.Figures.FirstOrDefault(f => f.Name == name);
        var kind = name.StartsWith("Office", StringComparison.Ordinal) ? SpeakerKind.Organisation : SpeakerKind.Person;
        var person = new PersonRecord(name, kind) { Figure = figure, Role = figure?.Role, Party = figure?.Party ?? (kind == SpeakerKind.Organisation ? "US" : null) };
        ctx.Registry.People.Add(person);
        return person;
    }
}
