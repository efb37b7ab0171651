using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Finds date expressions and resolves them against the publication date, keeping their precision.
/// Weekdays: the latest such day on or before publication, or the next on or after it when the clause speaks of
/// the future. Month-day without a year: upcoming if future, past if past, else the nearest. Bare months: upcoming
/// unless the clause is past. "May" and "March" count as months only with a day, a year or a preposition.</summary>
internal static partial class DateResolver
{
    private const string Month = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?|Jan|Feb|Apr|Aug)";
    private const string FullMonth = @"(?:January|February|April|June|July|August|September|October|November|December)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:" +
        @"(?<iso>(?<iy>(?:19|20)\d\d)-(?<im>0[1-9]|1[0-2])-(?<id>[0-3]\d))" +
        @"|(?<mdy>(?<mon>" + Month + @")\s+(?<d>[1-3]?\d)(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s+(?<y>(?:19|20)\d\d)(?![\p{N}]))?)" +
        @"|(?<dmy>(?<d>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Month + @")(?:,?\s+(?<y>(?:19|20)\d\d)(?![\p{N}]))?)" +
        @"|(?<my>(?<mon>" + FullMonth + @"|March|May)\s+(?:of\s+)?(?<y>(?:19|20)\d\d)(?![\p{N}]))" +
        @"|(?<mm>March|May)(?![\p{L}])" +
        @"|(?<mon>" + FullMonth + @")(?![\p{L}])" +
        @"|(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])" +
        @"|(?<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow)(?![\p{L}])" +
        @"|(?<rm>(?<dir>[Nn]ext|[Ll]ast|[Tt]his)\s+(?<unit>month|year))(?![\p{L}])" +
        @"|(?<eo>(?:the\s+)?end\s+of\s+(?:the|this)\s+(?<unit>year|month))(?![\p{L}])" +
        @"|(?<eom>the\s+end\s+of\s+(?<mon>" + FullMonth + @"|March|May))(?![\p{L}])" +
        @"|(?<eoy>the\s+end\s+of\s+(?<ey>(?:19|20)\d\d))(?![\p{N}])" +
        @"|(?<nm>(?<ndir>[Nn]ext|[Ll]ast)\s+(?<mon>" + FullMonth + @"|March|May))(?![\p{L}])" +
        @"|(?<year>(?<![$€£,.]\s?)(?:19[5-9]\d|20[0-4]\d))(?![\p{N}]|\s*(?:%|percent|per\b))" +
        @")")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?:\b(?:in|by|until|since|before|after|through|during|from|early|late|mid|this|next|last|of|to|till)\s+|mid-)$", RegexOptions.RightToLeft)]
    private static partial Regex MonthPreposition();

    /// <summary>"A car today is a computer on wheels": today as "nowadays", after a noun and before a present copula.</summary>
    [GeneratedRegex(@"(?i:\b(?:a|an|the)\s+\p{Ll}+\s+today\s+(?:is|are)\b)")]
    private static partial Regex GenericToday();

    public static List<ExtractedDate> Find(ArticleContext ctx)
    {
        var dates = new List<ExtractedDate>();
        var text = ctx.Clean;
        var pub = ctx.Published;
        foreach (Match m in DateRegex().Matches(text))
        {
            if (m.Groups["rel"].Success && GenericToday().IsMatch(text.AsSpan(Math.Max(0, m.Index - 40), Math.Min(text.Length, m.Index + 12) - Math.Max(0, m.Index - 40)))) continue;
            if (m.Groups["mm"].Success && !MonthPreposition().IsMatch(text.AsSpan(Math.Max(0, m.Index - 10), Math.Min(10, m.Index)))) continue;
            var sentence = ctx.SentenceAt(m.Index);
            var (sStart, sEnd) = sentence is { } s ? (s.Start, s.End) : (m.Index, m.Index + m.Length);
            // "pushed the target to March": a destination, so ahead
            var toward = (m.Groups["mm"].Success || m.Groups["mon"].Success && !m.Groups["mdy"].Success && !m.Groups["dmy"].Success && !m.Groups["my"].Success && !m.Groups["eom"].Success && !m.Groups["nm"].Success)
                         && m.Index >= 3 && text.AsSpan(Math.Max(0, m.Index - 4), Math.Min(4, m.Index)).EndsWith(" to ");
            var value = Resolve(m, () => toward ? Tense.Future : TenseGuesser.Guess(text, sStart, sEnd, m.Index, m.Index + m.Length), pub);
            if (value is null) continue;
            var (start, end) = TextOf(m);
            dates.Add(new ExtractedDate(ctx.Text[start..end], start, end, value.Value));
        }
        return dates;
    }

    /// <summary>The verbatim span: the whole match, but only the day name for "Tuesday’s" and the number for "early 2019".</summary>
    private static (int Start, int End) TextOf(Match m) => (m.Index, m.Index + m.Length);

    private static PartialDate? Resolve(Match m, Func<Tense> tense, DateOnly pub)
    {
        try
        {
            if (m.Groups["iso"].Success)
                return PartialDate.Day(int.Parse(m.Groups["iy"].Value), int.Parse(m.Groups["im"].Value), int.Parse(m.Groups["id"].Value));
            if (m.Groups["mdy"].Success || m.Groups["dmy"].Success)
            {
                var month = MonthNumber(m.Groups["mon"].Value);
                var day = int.Parse(m.Groups["d"].Value);
                if (day is < 1 or > 31) return null;
                if (m.Groups["y"].Success) return Valid(int.Parse(m.Groups["y"].Value), month, day);
                return MonthDay(month, day, tense(), pub);
            }
            if (m.Groups["my"].Success) return PartialDate.Month(int.Parse(m.Groups["y"].Value), MonthNumber(m.Groups["mon"].Value));
            if (m.Groups["eoy"].Success) return PartialDate.Year(int.Parse(m.Groups["ey"].Value));
            if (m.Groups["nm"].Success)
            {
                // "next July": the first July after this month; "last July": the latest before it
                var month = MonthNumber(m.Groups["mon"].Value);
                var next = m.Groups["ndir"].Value.Equals("next", StringComparison.OrdinalIgnoreCase);
                var year = next ? (month > pub.Month ? pub.Year : pub.Year + 1) : (month < pub.Month ? pub.Year : pub.Year - 1);
                return PartialDate.Month(year, month);
            }
            if (m.Groups["eom"].Success) return BareMonth(MonthNumber(m.Groups["mon"].Value), tense() == Tense.Past ? Tense.Past : Tense.Future, pub);
            if (m.Groups["mon"].Success) return BareMonth(MonthNumber(m.Groups["mon"].Value), tense(), pub);
            if (m.Groups["mm"].Success) return BareMonth(MonthNumber(m.Groups["mm"].Value), tense(), pub);
            if (m.Groups["wd"].Success) return Weekday(Enum.Parse<DayOfWeek>(m.Groups["wd"].Value), tense(), pub);
            if (m.Groups["rel"].Success)
                return m.Groups["rel"].Value.ToLowerInvariant() switch
                {
                    "today" => new PartialDate(pub, DatePrecision.Day),
                    "yesterday" => new PartialDate(pub.AddDays(-1), DatePrecision.Day),
                    _ => new PartialDate(pub.AddDays(1), DatePrecision.Day),
                };
            if (m.Groups["rm"].Success)
            {
                var offset = m.Groups["dir"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };
                return m.Groups["unit"].Value == "month"
                    ? PartialDate.Month(pub.AddMonths(offset).Year, pub.AddMonths(offset).Month)
                    : PartialDate.Year(pub.Year + offset);
            }
            if (m.Groups["eo"].Success)
                return m.Groups["unit"].Value == "month" ? PartialDate.Month(pub.Year, pub.Month) : PartialDate.Year(pub.Year);
            if (m.Groups["year"].Success) return PartialDate.Year(int.Parse(m.Groups["year"].Value));
        }
        catch (ArgumentOutOfRangeException) { }
        catch (FormatException) { }
        catch (OverflowException) { }
        return null;
    }

    private static PartialDate? Valid(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? PartialDate.Day(year, month, day) : null;

    private const int MaxTenseDistanceDays = 200;

    internal static PartialDate? MonthDay(int month, int day, Tense tense, DateOnly pub)
    {
        var candidates = new[] { pub.Year - 1, pub.Year, pub.Year + 1 }
            .Where(y => day <= DateTime.DaysInMonth(y, month)).Select(y => new DateOnly(y, month, day)).ToList();
        if (candidates.Count == 0) return null;
        var nearest = candidates.OrderBy(d => Math.Abs(d.DayNumber - pub.DayNumber)).First();
        // The tense picks the side of the publication date, but only within about half a year: published in May,
        // "by May 17" is last week's deadline and "Nov. 6" this coming November, whatever the verb.
        DateOnly? byTense = tense switch
        {
            Tense.Future => candidates.Where(d => d >= pub).Cast<DateOnly?>().Min(),
            Tense.Past => candidates.Where(d => d <= pub).Cast<DateOnly?>().Max(),
            _ => null,
        };
        var chosen = byTense is { } t && Math.Abs(t.DayNumber - pub.DayNumber) <= MaxTenseDistanceDays ? t : nearest;
        return new PartialDate(chosen, DatePrecision.Day);
    }

    internal static PartialDate BareMonth(int month, Tense tense, DateOnly pub)
    {
        var year = tense == Tense.Past
            ? (month <= pub.Month ? pub.Year : pub.Year - 1)
            : (month >= pub.Month ? pub.Year : pub.Year + 1);
        return PartialDate.Month(year, month);
    }

    internal static PartialDate Weekday(DayOfWeek day, Tense tense, DateOnly pub)
    {
        var delta = tense == Tense.Future
            ? ((int)day - (int)pub.DayOfWeek + 7) % 7
            : -(((int)pub.DayOfWeek - (int)day + 7) % 7);
        return new PartialDate(pub.AddDays(delta), DatePrecision.Day);
    }

    private static int MonthNumber(string name) => name.TrimEnd('.')[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
