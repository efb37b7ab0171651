using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

/// <summary>Finds whole lines of page furniture (video captions, READ MORE links, polls, ads, photo credits)
/// pasted along with the article. Furniture is masked, never deleted, so offsets stay valid.</summary>
public static partial class FurnitureDetector
{
    [GeneratedRegex(@"^\s*(?:Click to play video|(?:ABOVE|WATCH|WATCH LIVE|READ MORE|READ|MORE|RELATED|SEE ALSO|ALSO READ|LISTEN|VIDEO|PHOTOS|RECOMMENDED|TRENDING|FURTHER READING)\s*[:|])", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixLine();

    [GeneratedRegex(@"^\s*(?:Sponsored content|Sponsored|Story continues below(?: advertisement)?|Advertisement|Ad|poll image|Total Results:\s*\d+|Share(?: this (?:article|story))?|Tweet|Email|Print|Comments?|Subscribe|Sign up|Copy link|Listen to this article|Skip to content|Image|Video|Photo)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"^\s*(?:Share (?:this|on|via)|Subscribe (?:to|now|for|today)|Sign up (?:for|to|here)|Follow us on|Get the latest|Click here to|Join the conversation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareLine();

    [GeneratedRegex(@"(?:^\s*(?:Photo|Photograph|Image)\s+(?:by|courtesy\s+of)\s+[^\n]{2,60}|\(?\b(?:Photo|Photograph|Image|Credit|Photo credit|File photo)s?\s*:\s*[^\n]{0,100}?\)?|\b\p{Lu}[\p{Lu}.’'\- ]{2,40}/\s*(?:THE CANADIAN PRESS|REUTERS|AFP|AP|GETTY IMAGES|BLOOMBERG|POSTMEDIA)|\(?\b(?:REUTERS|Reuters|AP Photo|AP|AFP|Getty Images|THE CANADIAN PRESS|The Canadian Press|Bloomberg|EPA|CP)\s*/\s*[^\n/]{1,60}\)?)\s*$")]
    private static partial Regex PhotoCredit();

    /// <summary>Video captions end with a dash and a date stamp: "Trump calls NAFTA talks 'intense negotiations' – Sep 5, 2018".</summary>
    [GeneratedRegex(@"\s[–—-]\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\s*$")]
    private static partial Regex DateStampedCaption();

    /// <summary>Photo captions in the AP/CP style end with the weekday and the full date: "… in Washington on Wednesday, Aug. 29, 2018."</summary>
    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?\s*(?:\([^()\n]{2,60}\))?\s*$")]
    private static partial Regex WeekdayDatedCaption();

    /// <summary>"(Sean Kilpatrick/The Canadian Press)": a photographer and an agency.</summary>
    [GeneratedRegex(@"\([^()\n/]{2,40}/\s*(?:The Canadian Press|THE CANADIAN PRESS|Canadian Press|Reuters|REUTERS|Associated Press|AP|AFP|Getty Images|Bloomberg|CBC|Radio-Canada|EPA|Shutterstock|Postmedia|Toronto Star|The Globe and Mail|La Presse)\)\s*$")]
    private static partial Regex BracketedCredit();

    [GeneratedRegex(@"^\s*Total Results:\s*\d+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PollEnd();

    /// <summary>The line an embedded tweet ends with: "— Donald J. Trump (@realDonaldTrump) August 27, 2017".</summary>
    [GeneratedRegex(@"^\s*[—–-]+\s*[^\n]{1,60}\(@(?<handle>\w{1,15})\)\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})?\s*$")]
    internal static partial Regex TweetEmbedLine();

    /// <summary>Bylines and time stamps: "By Jane Smith and Luis Ortega", "Published January 29, 2018 • Last updated …",
    /// "09/28/2018 10:00 AM EDT", "Mon., Sept. 10, 2018".</summary>
    [GeneratedRegex(@"^\s*(?:[^\n]{0,40}(?:Published|Updated|Last\s+updated|Posted|First\s+published|Originally\s+published)\b:?[^\n]{0,100}\d{4}[^\n]{0,60}|\d{1,2}/\d{1,2}/\d{2,4}(?:\s+\d{1,2}:\d{2}\s*(?:AM|PM|a\.m\.|p\.m\.)?(?:\s+[A-Z]{2,4})?)?|(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}(?:[^\n\p{L}]{0,5}\d{1,2}:\d{2}[^\n]{0,30})?|By\s+\p{Lu}[\p{L}.’'\-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'\-]+){1,6}(?:\s*[,|•]\s*[^\n]{0,40})?)\s*$")]
    private static partial Regex BylineOrTimestamp();

    [GeneratedRegex(@"^\s*(?:Related(?:\s+(?:Stories|Articles|Links|Content|Coverage|Videos?))?|More\s+on\s+this\s+(?:story|topic)|Recommended(?:\s+for\s+you)?|You\s+may\s+also\s+like|Most\s+(?:read|popular)|Top\s+stories|Latest\s+stories)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeading();

    [GeneratedRegex(@"^\s*poll image\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PollStart();

    public static List<TextSpan> Detect(string text)
    {
        var lines = Lines(text);
        var furniture = new List<TextSpan>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            var line = text.AsSpan(start, end - start);
            if (line.IsWhiteSpace()) continue;
            if (ListHeading().IsMatch(line))
            {
                // "Related Stories" and the headlines listed under it, up to the next blank line
                furniture.Add(new TextSpan(start, end));
                for (var j = i + 1; j < Math.Min(lines.Count, i + 9); j++)
                {
                    var item = text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start).Trim();
                    // headlines are short and carry no final period; body text after the list is not swallowed
                    if (item.IsEmpty || item.Length > 140 || item[^1] == '.') break;
                    furniture.Add(new TextSpan(lines[j].Start, lines[j].End));
                    i = j;
                }
                continue;
            }
            if (PollStart().IsMatch(line))
            {
                furniture.Add(new TextSpan(start, end));
                i = SwallowPoll(text, lines, i + 1, furniture);
                continue;
            }
            if (!IsFurnitureLine(line)) continue;
            furniture.Add(new TextSpan(start, end));
            // a credit on its own line ("THE CANADIAN PRESS/Simon Labrecque") closes the caption on the line above it
            if (line.Trim().Length <= 80 && PhotoCredit().Match(line.ToString()) is { Success: true } credit && line[..credit.Index].IsWhiteSpace()
                && i > 1 && !text.AsSpan(lines[i - 1].Start, lines[i - 1].End - lines[i - 1].Start).IsWhiteSpace()
                && text.AsSpan(lines[i - 2].Start, lines[i - 2].End - lines[i - 2].Start).IsWhiteSpace() // the caption is a block of its own
                && !furniture.Contains(new TextSpan(lines[i - 1].Start, lines[i - 1].End)))
                furniture.Insert(furniture.Count - 1, new TextSpan(lines[i - 1].Start, lines[i - 1].End));
        }
        return furniture;
    }

    internal static bool IsFurnitureLine(ReadOnlySpan<char> line) =>
        PrefixLine().IsMatch(line) || WholeLine().IsMatch(line) || (line.Length <= 200 && ShareLine().IsMatch(line)) || PhotoCredit().IsMatch(line) || line.Length <= 250 && DateStampedCaption().IsMatch(line)
        || line.Length <= 300 && (WeekdayDatedCaption().IsMatch(line) || BracketedCredit().IsMatch(line))
        || line.Length <= 160 && (BylineOrTimestamp().IsMatch(line) || TweetEmbedLine().IsMatch(line));

    /// <summary>A poll is its question and options up to "Total Results"; without that marker only the question goes.</summary>
    private static int SwallowPoll(string text, List<(int Start, int End)> lines, int from, List<TextSpan> furniture)
    {
        var limit = Math.Min(lines.Count, from + 15);
        for (var j = from; j < limit; j++)
            if (PollEnd().IsMatch(text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start)))
            {
                for (var k = from; k <= j; k++)
                    if (!text.AsSpan(lines[k].Start, lines[k].End - lines[k].Start).IsWhiteSpace())
                        furniture.Add(new TextSpan(lines[k].Start, lines[k].End));
                return j;
            }
        for (var j = from; j < limit; j++)
        {
            var line = text.AsSpan(lines[j].Start, lines[j].End - lines[j].Start);
            if (line.IsWhiteSpace()) continue;
            if (line.TrimEnd().EndsWith("?")) { furniture.Add(new TextSpan(lines[j].Start, lines[j].End)); return j; }
            break;
        }
        return from - 1;
    }

    internal static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            lines.Add((start, end));
            start = i + 1;
        }
        return lines;
    }

    /// <summary>A copy of the text with furniture replaced by spaces (line breaks kept).</summary>
    public static string Mask(string text, IReadOnlyList<TextSpan> furniture)
    {
        if (furniture.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var span in furniture)
            for (var i = span.Start; i < span.End; i++)
                if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        return new string(chars);
    }
}
