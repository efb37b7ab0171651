using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Negotiation rounds, meetings and threats, one sentence at a time.</summary>
internal static partial class EventFinder
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
    private static readonly string[] Cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))|(?<adj>latest|next|final|last|new|current))\s+(?:of\s+(?:\w+\s+)?)?(?:planned\s+|negotiating\s+|formal\s+|official\s+)?rounds?(?<tail>\s+of\s+(?:\S+\s+){0,2}?(?:talks|negotiations|NAFTA|discussions|bargaining))?(?![\p{L}])|(?<![\p{L}])round\s+(?<num>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Round();

    [GeneratedRegex(@"(?<![\p{L}])(?:talks|negotiat\w*|NAFTA|discussions|bargaining)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex TalksWord();

    [GeneratedRegex(@"(?<![\p{L}])round\s+of\s+(?:\S+\s+){0,2}?(?:tariffs|sanctions|layoffs|applause|golf|cuts|hikes|duties|retaliation)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherRound();

    [GeneratedRegex(@"(?<![\p{L}])(?:met\s+with|meets?\s+with|will\s+meet|to\s+meet|sat\s+down\s+with|after\s+meeting|(?:will|to)\s+be\s+meeting|meetings?\s+(?:on\s+\w+\s+)?(?:with|between)|summit)(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Meeting();

    [GeneratedRegex(@"between\s+(?<who>[^,.;]+?)(?:\s+in\s+\p{Lu}[\p{L}.]+)?(?=[,.;]|$)")]
    private static partial Regex Between();

    [GeneratedRegex(@"(?<![\p{L}])(?:threaten(?:s|ed|ing)?|threats?)\s+to\s+(?<what>(?:[^,.;:—]|\.(?=\S|\s+\p{Ll}))+)", RegexOptions.IgnoreCase)]
    private static partial Regex Threat();

    public static List<ExtractedEvent> Find(ArticleContext ctx, List<ExtractedDate> dates, List<IssueHit> issues)
    {
        var events = new List<ExtractedEvent>();
        var text = ctx.Clean;
        foreach (var s in ctx.Sentences)
        {
            var evidence = new TextSpan(s.Start, s.End);
            var keys = IssueTagger.KeysIn(issues, s.Start, s.End);
            var on = DateIn(dates, s, DatePrecision.Day);
            var roundOn = DateIn(dates, s, DatePrecision.Month);
            foreach (Match m in Round().Matches(text, s.Start))
            {
                if (m.Index >= s.End) break;
                if (!m.Groups["tail"].Success && !TalksWord().IsMatch(text.AsSpan(s.Start, s.End - s.Start))) continue;
                if (OtherRound().IsMatch(text.AsSpan(m.Index, Math.Min(s.End, m.Index + m.Length + 40) - m.Index))) continue;
                int? number = m.Groups["ord"].Success ? OrdinalValue(m.Groups["ord"].Value) : m.Groups["num"].Success ? CardinalValue(m.Groups["num"].Value) : null;
                var title = number is { } n ? $"Round {n} of NAFTA talks" : Capitalise(m.Groups["adj"].Value.ToLowerInvariant()) + " round of NAFTA talks";
                AddRound(events, new ExtractedEvent(EventKind.Round, title, roundOn, number, evidence, keys));
            }
            if (Meeting().Match(text, s.Start, s.End - s.Start) is { Success: true } meeting)
                Add(events, new ExtractedEvent(EventKind.Meeting, MeetingTitle(ctx, s, meeting), roundOn, null, evidence, keys));
            if (Threat().Match(text, s.Start, s.End - s.Start) is { Success: true } threat)
                Add(events, new ExtractedEvent(EventKind.Threat, ThreatTitle(ctx, s, threat), on, null, evidence, keys));
        }
        // An unnumbered "latest round" on the same day as a numbered one is that round.
        events.RemoveAll(e => e.Kind == EventKind.Round && e.RoundNumber is null
                              && events.Any(o => o.Kind == EventKind.Round && o.RoundNumber is not null && o.On == e.On && e.On is not null));
        return events;
    }

    private static PartialDate? DateIn(List<ExtractedDate> dates, Sentence s, DatePrecision coarsest)
    {
        PartialDate? best = null;
        foreach (var d in dates)
            if (d.Start >= s.Start && d.End <= s.End && d.Value.Precision <= coarsest && (best is null || d.Value.Precision < best.Value.Precision))
                best = d.Value;
        return best;
    }

    private static void AddRound(List<ExtractedEvent> events, ExtractedEvent round)
    {
        var same = events.FindIndex(e => e.Kind == EventKind.Round && (round.RoundNumber is { } n ? e.RoundNumber == n : e.RoundNumber is null && e.Title == round.Title));
        if (same < 0) events.Add(round);
        else if (events[same].On is null && round.On is not null) events[same] = events[same] with { On = round.On };
    }

    private static void Add(List<ExtractedEvent> events, ExtractedEvent e)
    {
        if (!events.Any(o => o.Kind == e.Kind && o.Title == e.Title)) events.Add(e);
    }

    private static string MeetingTitle(ArticleContext ctx, Sentence s, Match cue)
    {
        var between = Between().Match(ctx.Clean, cue.Index, s.End - cue.Index);
        if (between.Success) return "Meeting between " + between.Groups["who"].Value.Trim();
        var people = ctx.Registry.PersonMentionsIn(s.Start, s.End).Select(m => m.Person.Name).Distinct().ToList();
        if (people.Count >= 2) return "Meeting: " + string.Join(" and ", people.Take(3));
        var with = Regex.Match(ctx.Clean[cue.Index..s.End], @"with\s+(?<who>[^,.;]{3,60}?)(?=\s+(?:on|in|at|and|to|after|before)\s|[,.;]|$)");
        var subject = people.Count == 1 ? people[0] : null;
        if (with.Success) return $"{subject ?? "Meeting"}{(subject is null ? " with " : " meets ")}{with.Groups["who"].Value.Trim()}";
        if (subject is not null) return $"Meeting with {subject}";
        var clause = ctx.Clean[s.Start..s.End].Split([',', ';', '.', '“', '”', '"'], StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(c => Meeting().IsMatch(c))?.Trim() ?? "Meeting";
        return Capitalise(string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12)));
    }

    private static string ThreatTitle(ArticleContext ctx, Sentence s, Match threat)
    {
        var actor = ctx.Registry.PersonMentionsIn(s.Start, threat.Index).Select(m => m.Person.Name).FirstOrDefault();
        var what = string.Join(' ', threat.Groups["what"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10));
        return actor is null ? "Threat to " + what : $"{actor} threatens to {what}";
    }

    private static int? OrdinalValue(string word)
    {
        var i = Array.IndexOf(Ordinals, word.ToLowerInvariant());
        if (i >= 0) return i + 1;
        return int.TryParse(new string(word.TakeWhile(char.IsDigit).ToArray()), out var n) ? n : null;
    }

    private static int? CardinalValue(string word)
    {
        var i = Array.IndexOf(Cardinals, word.ToLowerInvariant());
        return i >= 0 ? i + 1 : int.TryParse(word, out var n) ? n : null;
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
