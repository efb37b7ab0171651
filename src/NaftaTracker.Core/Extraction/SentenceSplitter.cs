namespace NaftaTracker.Extraction;

internal readonly record struct Sentence(int Start, int End, int Paragraph);

/// <summary>Splits paragraphs (lines) into sentences, never inside a quotation and never after an abbreviation
/// such as "U.S." or "Oct.".</summary>
internal static partial class SentenceSplitter
{
    /// <summary>Index of the last sentence starting at or before <paramref name="position"/>, or -1 (binary search).</summary>
    public static int LastStartingAtOrBefore(IReadOnlyList<Sentence> sentences, int position)
    {
        int lo = 0, hi = sentences.Count - 1, at = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= position) { at = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return at;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "ste", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "jr", "sr", "vs", "no", "lt", "col", "capt",
        "prof", "pres", "sgt", "ave", "mt", "ft", "approx", "dept", "est", "fig", "mon", "tue", "wed", "thu", "fri",
    };

    public static List<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        foreach (var (start, end) in FurnitureDetector.Lines(text))
        {
            var s = start; var e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new TextSpan(s, e));
        }
        return result;
    }

    /// <param name="insideQuote">insideQuote[i] is true when i lies strictly between a quote's marks.</param>
    public static List<Sentence> Split(string text, IReadOnlyList<TextSpan> paragraphs, bool[] insideQuote)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            var start = para.Start;
            for (var i = para.Start; i < para.End; i++)
            {
                if (text[i] is not ('.' or '!' or '?')) continue;
                if (insideQuote[i] && !ClosesRightAfter(text, i, para.End)) continue;
                var j = i + 1;
                while (j < para.End && text[j] is '"' or '”' or '’' or ')' or '»' or '“' or ']') j++;
                if (j >= para.End || !char.IsWhiteSpace(text[j])) continue;
                var k = j;
                while (k < para.End && char.IsWhiteSpace(text[k])) k++;
                if (k >= para.End || !StartsSentence(text[k])) continue;
                if (insideQuote[k - 1] || text[i] == '.' && IsAbbreviation(text, i)) continue;
                if (j > i + 1 && text[i] is '!' or '?' && AttributionFollows(text, k, para.End)) continue; // “… Not acceptable!” Trump wrote on Twitter.
                Add(sentences, text, start, j, p);
                start = k;
                i = k - 1;
            }
            Add(sentences, text, start, para.End, p);
        }
        return sentences;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?:(?:the|a|an|U\.S\.|\p{Lu}[\p{L}.’'\-]*|[\p{Ll}\-]+)\s+){1,6}?(?:said|says|told|wrote|tweeted|asked|added|posted|declared|insisted|warned|replied)(?![\p{L}])")]
    private static partial System.Text.RegularExpressions.Regex ShortAttribution();

    /// <summary>A short subject and a verb of saying after a quote that ends with its own punctuation: the attribution
    /// belongs to the quote's sentence.</summary>
    private static bool AttributionFollows(string text, int k, int end)
    {
        if (!char.IsUpper(text[k])) return false;
        var m = ShortAttribution().Match(text, k, Math.Min(end, k + 80) - k);
        if (!m.Success) return false;
        // the subject is a name or a description, not the start of a sentence: no sentence-opening function word
        var first = text.AsSpan(k, Math.Min(m.Length, 12));
        if (first.StartsWith("It ") || first.StartsWith("He ") || first.StartsWith("She ") || first.StartsWith("They ") || first.StartsWith("We ") || first.StartsWith("I ")) return false;
        // and it ends soon: "Trump wrote on Twitter." (not "Trump said the talks would resume next week.")
        var after = m.Index + m.Length;
        var stop = text.IndexOfAny(['.', '!', '?', '“', '"'], after, end - after);
        if (stop < 0) stop = end;
        var rest = text.AsSpan(after, stop - after);
        return rest.Length <= 45 && !rest.Contains(" that", StringComparison.Ordinal) && (stop == end || text[stop] == '.');
    }

    private static bool ClosesRightAfter(string text, int i, int end)
    {
        var j = i + 1;
        return j < end && text[j] is '"' or '”' or '»' or '“' or '’';
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '„' or '«' or '‘' or '(' or '@' or '—' or '-' or '–';

    internal static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        var word = text.AsSpan(s, dot - s);
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initial: "J. Smith"
        if (word.Contains('.')) return true;                       // "U.S", "D.C", "a.m"
        return Abbreviations.Contains(word.ToString());
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, paragraph));
    }
}
