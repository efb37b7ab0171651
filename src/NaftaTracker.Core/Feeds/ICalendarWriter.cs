using System.Globalization;
using System.Text;

namespace NaftaTracker.Feeds;

/// <summary>An all-day VEVENT: <see cref="EndExclusive"/> is the day after the last day (RFC 5545 3.6.1).</summary>
public sealed record CalendarEvent(string Uid, string Summary, DateOnly Start, DateOnly EndExclusive, string Description, string? Url,
    IReadOnlyList<string> Categories);

/// <summary>Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// sequence, TEXT values escaped.</summary>
public static class ICalendarWriter
{
    public const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEvent> events, DateTimeOffset stamp)
    {
        var sb = new StringBuilder();
        void Line(string content) => AppendFolded(sb, content);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//NaftaTracker//Deadlines and rounds//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + EscapeText(calendarName));
        var dtstamp = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + e.Uid);
            Line("DTSTAMP:" + dtstamp);
            Line("DTSTART;VALUE=DATE:" + Date(e.Start));
            Line("DTEND;VALUE=DATE:" + Date(e.EndExclusive));
            Line("SUMMARY:" + EscapeText(e.Summary));
            Line("DESCRIPTION:" + EscapeText(e.Description));
            if (e.Categories.Count > 0) Line("CATEGORIES:" + string.Join(',', e.Categories.Select(EscapeText)));
            if (e.Url is not null) Line("URL:" + e.Url);
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return sb.ToString();
    }

    public static string Date(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n, tabs kept, other controls dropped.</summary>
    public static string EscapeText(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r' or '\n': sb.Append(@"\n"); break;
                case '\t': sb.Append(c); break;
                case < ' ' or '\u007f': break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Appends one content line, folded so no physical line exceeds 75 octets (continuations start with a space).</summary>
    public static void AppendFolded(StringBuilder sb, string content)
    {
        var octets = 0;
        foreach (var rune in content.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                sb.Append("\r\n ");
                octets = 1;
            }
            sb.Append(rune.ToString());
            octets += size;
        }
        sb.Append("\r\n");
    }
}
