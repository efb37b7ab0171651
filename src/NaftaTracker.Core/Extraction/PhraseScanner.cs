namespace NaftaTracker.Extraction;

/// <summary>A noun phrase naming a speaker or a role: "White House economic adviser Larry Kudlow", "the office",
/// "a spokeswoman for Lighthizer", "he". Start/End exclude the determiner, which is kept apart.</summary>
internal readonly record struct Phrase(int Start, int End, string? Determiner, bool Conjoined, bool Truncated)
{
    public string Of(string text) => text[Start..End];
}

/// <summary>Reads capitalised words, role words and connectors backwards from a cue verb or forwards after one.</summary>
internal static class PhraseScanner
{
    private static readonly HashSet<string> CapitalStops = new(StringComparer.Ordinal)
    {
        "As", "But", "And", "While", "When", "After", "Before", "Following", "On", "In", "At", "If", "Hosting", "According",
        "Speaking", "Asked", "Yet", "So", "Meanwhile", "However", "Still", "Also", "Then", "Now", "Last", "Earlier", "Later",
        "Separately", "Both", "Even", "Since", "With", "From", "By", "For", "Of", "To", "Today", "Yesterday", "Monday",
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Instead", "Indeed", "Asked", "Though",
        "Although", "Because", "Until", "During", "Over", "Under", "Without", "Despite", "Like", "Unlike", "Here", "There",
        "Where", "Why", "How", "What", "Who", "Which", "Said", "Says", "It", "Its", "His", "Her", "Their", "Our", "My",
        "Many", "Some", "Several", "Most", "Few", "Others", "All", "Each", "Neither", "None",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "i", "it", "you" };

    public static bool IsPronoun(string word) => Pronouns.Contains(word);

    /// <summary>Capitalised words that do not start a name: sentence openers, weekdays, possessive pronouns.</summary>
    public static bool IsCapitalStop(string word) => CapitalStops.Contains(word);

    /// <summary>The phrase ending at <paramref name="end"/> (exclusive), not reaching before <paramref name="limit"/>.</summary>
    public static Phrase? Before(string text, int limit, int end, bool allowFor, bool allowAnd = false)
    {
        var tokens = new List<(int Start, int End)>();
        string? determiner = null;
        var determinerStart = -1;
        var pos = end;
        while (tokens.Count < 12)
        {
            var e = pos;
            while (e > limit && text[e - 1] is ' ' or '\t') e--;
            var s = e;
            while (s > limit && IsTokenChar(text[s - 1])) s--;
            if (s == e) break;
            var word = TrimDots(text, s, e, out var we);
            if (we < e && text[we] == '.') break; // "Washington." ends the sentence before the phrase
            if (tokens.Count == 0 && IsPronoun(word))
                return new Phrase(s, we, null, false, false);
            var lower = word.ToLowerInvariant();
            if (lower is "the" or "a" or "an")
            {
                if (lower == "the" && PrecedingWord(text, limit, s) is "of" or "for") { tokens.Add((s, we)); pos = s; continue; }
                determiner = word; determinerStart = s;
                break;
            }
            var accept = char.IsUpper(word[0]) && !CapitalStops.Contains(word)
                         || char.IsDigit(word[0]) && tokens.Count > 0
                         || NameLexicon.RoleWords.Contains(word)
                         || lower is "of" or "de" or "del" or "la" or "y" || allowFor && lower == "for"
                         // "House Ways and Means Chairman": "and" between capitalised words of one title
                         || allowAnd && lower == "and" && tokens.Count > 0 && AndInsideTitle(text, limit, s, tokens[^1]);
            if (!accept) break;
            tokens.Add((s, we));
            pos = s;
        }
        if (tokens.Count == 0) return null;
        tokens.Reverse();
        var truncated = false;
        while (tokens.Count > 0 && text.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start) is var w
               && (w.SequenceEqual("of") || w.SequenceEqual("for") || w.SequenceEqual("the") || w.SequenceEqual("de") || w.SequenceEqual("y") || w.SequenceEqual("and")))
        {
            tokens.RemoveAt(0);
            truncated = true;
            determiner = null;
        }
        if (tokens.Count == 0) return null;
        var start = tokens[0].Start;
        var phraseStart = determinerStart >= 0 && !truncated ? determinerStart : start;
        // "Trump and Trudeau said" joins subjects; "…, and Lighthizer warned" joins clauses.
        var conjoined = PrecedingWord(text, limit, phraseStart) is "and" or "&" && !CommaBeforeConjunction(text, limit, phraseStart);
        return new Phrase(start, tokens[^1].End, truncated ? null : determiner, conjoined, truncated);
    }

    /// <summary>The phrase starting after <paramref name="start"/>, as in "said Canadian Foreign Minister Chrystia Freeland".</summary>
    public static Phrase? After(string text, int start, int limit)
    {
        var pos = start;
        string? determiner = null;
        int first = -1, last = -1;
        for (var n = 0; n < 12; n++)
        {
            var s = pos;
            while (s < limit && text[s] is ' ' or '\t') s++;
            var e = s;
            while (e < limit && IsTokenChar(text[e])) e++;
            if (e == s) break;
            var word = TrimDots(text, s, e, out var we);
            var lower = word.ToLowerInvariant();
            if (n == 0 && IsPronoun(word)) return new Phrase(s, we, null, false, false);
            if (first < 0 && lower is "the" or "a" or "an") { determiner = word; pos = e; continue; }
            var accept = char.IsUpper(word[0]) && !CapitalStops.Contains(word)
                         || NameLexicon.RoleWords.Contains(word)
                         || first >= 0 && lower is "of" or "the" or "for" or "de" or "del" or "la";
            if (!accept) break;
            if (first < 0) first = s;
            if (lower is not ("of" or "the" or "for" or "de" or "del" or "la")) last = we;
            pos = e;
            if (we < e) break; // the token ended a sentence: "said Freeland."
        }
        return first < 0 || last < 0 ? null : new Phrase(first, last, determiner, false, false);
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '’' or '\'' or '-' or '&';

    /// <summary>Drops a sentence-final dot ("Freeland.") but keeps abbreviations ("U.S.", "Jr.").</summary>
    private static string TrimDots(string text, int s, int e, out int wordEnd)
    {
        wordEnd = e;
        if (e - s > 1 && text[e - 1] == '.')
        {
            var inner = text.AsSpan(s, e - s - 1);
            if (!inner.Contains('.') && inner.Length > 2 && inner is not "Jr" and not "Sr" and not "Mr" and not "Ms" and not "Mrs" and not "Dr" and not "Sen" and not "Rep" and not "Gov")
                wordEnd = e - 1;
        }
        while (wordEnd > s + 1 && text[wordEnd - 1] is '’' or '\'' or '-') wordEnd--;
        return text[s..wordEnd];
    }

    private static bool CommaBeforeConjunction(string text, int limit, int before)
    {
        var e = before;
        while (e > limit && text[e - 1] is ' ' or '\t') e--;
        while (e > limit && (char.IsLetter(text[e - 1]) || text[e - 1] == '&')) e--;
        while (e > limit && text[e - 1] is ' ' or '\t') e--;
        return e > limit && text[e - 1] == ',';
    }

    /// <summary>Committees and ministries whose names hold "and": "House Ways and Means Chairman", not "Freeland and U.S. Trade
    /// Representative Robert Lighthizer" (two people).</summary>
    private static readonly HashSet<string> TitlesWithAnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ways and Means", "Science and Technology", "Trade and Industry", "Agriculture and Agri-Food", "Commerce and Industry",
        "Finance and Public", "Energy and Commerce", "Agriculture and Rural", "Intergovernmental and Northern", "Fisheries and Oceans",
        "Infrastructure and Communities", "Public Safety and", "Economy and Finance", "Industry and Trade",
    };

    private static bool AndInsideTitle(string text, int limit, int andStart, (int Start, int End) after) =>
        PrecedingWord(text, limit, andStart) is { } before && TitlesWithAnd.Contains(before + " and " + text[after.Start..after.End]);

    private static string? PrecedingWord(string text, int limit, int before)
    {
        var e = before;
        while (e > limit && text[e - 1] is ' ' or '\t') e--;
        var s = e;
        while (s > limit && char.IsLetter(text[s - 1])) s--;
        if (s == e && e > limit && text[e - 1] == '&') return "&";
        return s == e ? null : text[s..e].ToLowerInvariant();
    }
}
