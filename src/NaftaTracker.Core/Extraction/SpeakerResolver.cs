using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

internal readonly record struct Speaker(PersonRecord? Who, bool Found)
{
    public static readonly Speaker None = new(null, false);
    /// <summary>A subject was found but deliberately left unnamed: "a spokeswoman for Lighthizer", "officials".</summary>
    public static readonly Speaker Anonymous = new(null, true);
}

/// <summary>Turns the subject of a cue verb into a speaker: names, surnames, pronouns (by gender and recency),
/// descriptions ("the president", "the office"), organisations. Anonymous sources resolve to no one.</summary>
internal sealed partial class SpeakerResolver(PersonRegistry registry, bool[] insideQuote, IReadOnlyList<Sentence>? sentences = null, Func<Sentence, bool>? quoteOnly = null)
{
    [GeneratedRegex(@"(?:\s*,)?\s*(?:\b(?:on|late|early|last|this)\s+)?\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|earlier|later|also|again|then|previously|recently|once|repeatedly|separately|simply|publicly|privately|has|have|had|was|is|would|will|did|does|already|in\s+(?:an?|his|her|its|their)\s+(?:interview|statement|speech|tweet|e-?mail|post|letter|news\s+conference|press\s+conference|radio\s+interview|address|op-ed)(?:\s+(?:with|to|on)\s+[\p{L}\p{N}.’'& \-]{1,40}?)?|on\s+Twitter|in\s+a\s+tweet|at\s+an?\s+(?:news|press)\s+conference|morning|afternoon|evening|night)\s*,?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingAdverbial();

    [GeneratedRegex(@",\s*(?:(?:who|which)[^,]{0,130}|meanwhile|however|though|too|also|instead|in\s+turn|in\s+response|for\s+now|\p{Ll}+(?:ed|en)\s+(?:by|in|at|on|near)\s+[^,]{1,60}|speaking|standing|appearing|flanked|sitting|asked|when\s+\p{Ll}|while\s+\p{Ll}|in\s+\w+|(?:on|at|after|before|during|from|with|in)\s+(?:his|her|its|their|the|a|an)\s+[^,]{1,60}|\d{1,3}|the\s+[^,]{1,60}|an?\s+[^,]{1,60}|\p{Ll}+ing\b[^,]{0,80}|for\s+(?:his|her|its|their|our)\s+part|(?:(?:\p{Ll}[\p{Ll}\-]*|\p{Lu}{2,5})\s+){1,4}(?:of|for|at|to|with)\s+[^,]{1,80}|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,4})[^,]{0,80},\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingAppositive();

    [GeneratedRegex(@"\s*\((?:(?:[RDI]|Rep|Dem|NDP|PRI|PAN|Morena|Lib|Con)\.?\s*[-–]\s*[\p{L}. ]{2,20}|\p{Lu}{2,8})\)\s*,?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingPartyTag();

    [GeneratedRegex(@"(?<![\p{L}])(?:the|The)\s+(?:group|association|organization|organisation|lobby|federation|council|chamber|coalition)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex GroupReference();

    [GeneratedRegex(@"^[\s,]*(?:(?:the|The|two|three|four|several|some|Some|many|Many|senior|Senior|other|Other|U\.S\.|Canadian|Mexican|American|trade|Trade|industry|Industry|government|Government|administration|Administration)\s+){0,3}(?:officials|sources|analysts|lawyers|people|experts|executives|diplomats|negotiators|economists|critics|observers|insiders|aides|lawmakers)\s+(?:in|from|at|with|of|on|familiar|close|briefed|involved|who|travelling|traveling)\b[^,;]*$")]
    private static partial Regex GroupSubject();

    [GeneratedRegex(@"(?<![\p{L}])(?:a|an|A|An|one|One|another|Another|a\s+second|a\s+third|some|Some|several|Several|many|Many)\s+(?:[\p{Ll}\-]+\s+){0,4}[\p{Ll}\-]+\s*$", RegexOptions.RightToLeft)]
    private static partial Regex IndefiniteSubject();

    [GeneratedRegex(@"(?<![\p{L}])(?:the|The)\s+(?<head>company|automaker|carmaker|firm|manufacturer|union)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex GenericOrganisation();

    [GeneratedRegex(@",?\s*\b(?:who|which)(?:\s+(?:also|has|had|have|recently|previously|repeatedly|once))?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex TrailingWho();

    private static readonly string[] NationalityWords = ["u.s.", "us", "american", "canadian", "mexican", "canada’s", "mexico’s", "canada's", "mexico's", "eu", "european", "washington’s", "ottawa’s"];

    // The last speaker found (a person, or null for an anonymous source) and the last organisation found speaking.
    private (PersonRecord? Who, int Position)? lastSpeaker;
    private (PersonRecord Who, int Position)? lastOrganisation;

    /// <summary>The organisation last found speaking ("Ford said …"), when that was in this sentence or the two before.</summary>
    private PersonRecord? RecentOrganisationSpeaker(int position) =>
        lastOrganisation is { } last && last.Position < position && SentencesBack(last.Position, position, skipQuoteOnly: false) <= 2 ? last.Who : null;

    /// <summary>How many sentences lie between the one holding <paramref name="earlier"/> and the one holding
    /// <paramref name="position"/>, optionally not counting sentences that are nothing but a quote; max when unknown.</summary>
    private int SentencesBack(int earlier, int position, bool skipQuoteOnly)
    {
        if (sentences is null) return int.MaxValue;
        var here = SentenceSplitter.LastStartingAtOrBefore(sentences, position);
        var there = SentenceSplitter.LastStartingAtOrBefore(sentences, earlier);
        if (skipQuoteOnly && quoteOnly is not null)
            for (var k = here - 1; k > there && quoteOnly(sentences[k]); k--) here--;
        return here - there;
    }

    /// <summary>"The U.S. Chamber of Commerce said …, but it said …": "it" is the organisation named in this sentence or the one before.</summary>
    private PersonRecord? RecentOrganisation(int position)
    {
        if (sentences is null) return null;
        var here = SentenceSplitter.LastStartingAtOrBefore(sentences, position);
        if (here < 0) return null;
        var from = sentences[Math.Max(0, here - 1)].Start;
        for (var i = registry.Organisations.Count - 1; i >= 0; i--)
        {
            var m = registry.Organisations[i];
            if (m.Start >= position || insideQuote[m.Start]) continue;
            return m.Start >= from ? m.Person : null;
        }
        return null;
    }

    /// <summary>The speaker named before a cue verb, within [<paramref name="limit"/>, <paramref name="cueStart"/>).</summary>
    public Speaker Before(string bare, int limit, int cueStart) => Remember(BeforeCore(bare, limit, cueStart), cueStart);

    /// <summary>Keeps the last speaker found: "Guajardo told reporters … He said … “…,” he said." chains to them.</summary>
    private Speaker Remember(Speaker speaker, int position)
    {
        if (speaker.Who is { Kind: SpeakerKind.Organisation } org) lastOrganisation = (org, position);
        if (speaker.Who is { Kind: SpeakerKind.Person } who) lastSpeaker = (who, position);
        else if (speaker == Speaker.Anonymous) lastSpeaker = (null, position); // "an industry lobbyist said. He said …"
        return speaker;
    }

    /// <summary>The speaker last found, when that was in this sentence or the one before: a person, or an anonymous
    /// source (Found with no one), whom a following "he said" continues.</summary>
    private Speaker? RecentSpeaker(int position, Gender? gender)
    {
        if (lastSpeaker is not { } last || last.Position >= position) return null;
        if (gender is { } g && last.Who is { } who && who.Gender != g && who.Gender != Gender.Unknown) return null;
        // sentences that are nothing but a quote ("“If that means …”") continue the same speaker
        if (SentencesBack(last.Position, position, skipQuoteOnly: true) > 1) return null;
        return last.Who is { } person ? new Speaker(person, true) : Speaker.Anonymous;
    }

    private Speaker BeforeCore(string bare, int limit, int cueStart)
    {
        var end = cueStart;
        for (var guard = 0; guard < 8; guard++)
        {
            var windowStart = Math.Max(limit, end - 160);
            var window = bare.AsSpan(windowStart, end - windowStart);
            var trimmed = window.TrimEnd();
            Match m;
            if (trimmed.EndsWith(","))
            {
                // "Mexico’s chief negotiator, Kenneth Smith Ramos, said": the name between commas after a description.
                if (NamedAppositive(bare, limit, windowStart + trimmed.Length - 1) is { } named) return named;
                // ", speaking in Ottawa on Wednesday," is one appositive, not an adverbial
                m = TrailingAppositive().Match(bare, windowStart, end - windowStart);
                // keep the appositive's opening comma: a second appositive may precede it
                if (m.Success && m.Index + m.Length == end && m.Index > limit) { end = m.Index + 1; continue; }
            }
            // "Kevin Brady (R-Texas) told reporters": a party tag between the name and the verb
            m = TrailingPartyTag().Match(bare, windowStart, end - windowStart);
            if (m.Success && m.Length > 0 && m.Index + m.Length == end) { end = m.Index; continue; }
            m = TrailingAdverbial().Match(bare, windowStart, end - windowStart);
            if (m.Success && m.Length > 0 && m.Index + m.Length == end)
            {
                // ", who leads the polls, has said": keep the comma so the appositive before it is seen
                var comma = bare.IndexOf(',', m.Index, m.Length);
                end = comma >= 0 && bare.AsSpan(m.Index, comma - m.Index).IsWhiteSpace() ? comma + 1 : m.Index;
                continue;
            }
            m = TrailingWho().Match(bare, windowStart, end - windowStart);
            // keep the comma before "who": an appositive may end there ("Neal (D-Mass.), the incoming chairman …, who has said")
            if (m.Success && m.Length > 0 && m.Index + m.Length == end) { end = bare[m.Index] == ',' ? m.Index + 1 : m.Index; continue; }
            break;
        }
        while (end > limit && bare[end - 1] is ' ' or '\t' or ',') end--;
        // "officials in Ottawa say", "people familiar with the talks said": a group, whatever place or body follows it
        var group = GroupSubject().Match(bare, limit, end - limit);
        if (group.Success) return Speaker.Anonymous;
        // "the group said" after "Dairy Farmers of Canada": the organisation named just before
        var groupRef = GroupReference().Match(bare, limit, end - limit);
        if (groupRef.Success && RecentOrganisation(groupRef.Index) is { } referred) return new Speaker(referred, true);
        // "the company said", "the automaker said": the organisation last named
        var generic = GenericOrganisation().Match(bare, limit, end - limit);
        if (generic.Success)
        {
            var described = Describe(bare, generic.Groups["head"].Value, generic.Index, definite: true);
            return described.Who is null && generic.Groups["head"].Value != "union" && RecentOrganisationSpeaker(generic.Index) is { } company ? new Speaker(company, true) : described;
        }
        // a recognised organisation whose name has lower-case words ("Union des producteurs agricoles")
        if (registry.OrganisationEndingAt(limit, end) is { } org && org.Start >= limit && OpensClause(bare, limit, org.Start)) return new Speaker(org.Person, true);
        var phrase = PhraseScanner.Before(bare, limit, end, allowFor: true, allowAnd: true);
        if (phrase is { } p) return Resolve(bare, p);
        // "an auto industry lobbyist said", "another source said": someone the article does not name
        var indefinite = IndefiniteSubject().Match(bare, limit, end - limit);
        if (!indefinite.Success || indefinite.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w is "and" or "but" or "or" or "then" or "that")) return Speaker.None;
        var before = bare.AsSpan(limit, indefinite.Index - limit).TrimEnd();
        return before.IsEmpty || before[^1] is ',' or ';' or ':' or ArticleContext.QuoteMark ? Speaker.Anonymous : Speaker.None;
    }

    /// <summary>Only a determiner, or nothing, between the clause start (or a comma) and <paramref name="at"/>.</summary>
    /// <summary>A person's name ends right before the comma that precedes <paramref name="at"/>.</summary>
    private bool PersonBeforeComma(string bare, int limit, int at)
    {
        var e = at;
        while (e > limit && bare[e - 1] is ' ' or '\t' or ',') e--;
        return registry.PersonEndingAt(Math.Max(limit, e - 60), e) is not null;
    }

    private static bool OpensClause(string bare, int limit, int at)
    {
        var before = bare.AsSpan(limit, at - limit).TrimEnd();
        if (before.EndsWith("the") || before.EndsWith("The")) before = before[..^3].TrimEnd();
        return before.IsEmpty || before[^1] is ',' or ';' or ':' or ArticleContext.QuoteMark;
    }

    private Speaker? AppositiveNameAfter(string bare, int end, int limit)
    {
        if (end + 2 >= limit || bare[end] != ',') return null;
        var start = end + 1;
        while (start < limit && bare[start] is ' ' or '\t') start++;
        foreach (var m in registry.PersonMentionsIn(start, start + 1))
            if (m.Start == start) return new Speaker(m.Person, true);
        var name = PhraseScanner.After(bare, start, limit);
        if (name is not { } n || n.Start != start || n.Determiner is not null) return null;
        var words = bare[n.Start..n.End];
        var after = n.End < limit ? bare[n.End] : '.';
        return words.Contains(' ') && words.Split(' ').All(w => w.Length > 1 && char.IsUpper(w[0]) && !NameLexicon.RoleWords.Contains(w)) && after is '.' or ',' or ';'
            ? new Speaker(Named(words, SpeakerKind.Person), true) : null;
    }

    /// <summary>", Name," right before the cue, after a description that opens the clause (no comma before it).</summary>
    private Speaker? NamedAppositive(string bare, int limit, int closingComma)
    {
        var phrase = PhraseScanner.Before(bare, limit, closingComma, allowFor: false);
        if (phrase is not { } p || p.Determiner is not null) return null;
        var open = p.Start;
        while (open > limit && bare[open - 1] is ' ' or '\t') open--;
        if (open <= limit || bare[open - 1] != ',') return null;
        // the description is what stands between the comma (or clause start) before it and the name:
        // "On Thursday, as negotiators met, Mr. Ryan’s spokeswoman, Laurel Hanning, acknowledged …"
        var segment = limit;
        for (var i = open - 2; i >= limit; i--)
        {
            if (bare[i] is ';' or ':' || bare[i] == ArticleContext.QuoteMark) return null;
            if (bare[i] == ',') { segment = i + 1; break; }
        }
        while (segment < open && bare[segment] is ' ' or '\t') segment++;
        if (bare.AsSpan(segment).StartsWith("and ") || bare.AsSpan(segment).StartsWith("but ")) segment += 4;
        // "Jesus Seade, the trade negotiator for Mexico’s president-elect, Andres Manuel Lopez Obrador, said": the
        // description belongs to the name before it, and the second name to the description
        if (segment != limit && PersonBeforeComma(bare, limit, segment)) return null;
        if (segment != limit && !bare[segment..(open - 1)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => NameLexicon.RoleWords.Contains(w.Trim('’', '\'', 's')) || NameableHeads.Contains(w))) return null;
        var determined = bare.AsSpan(segment).StartsWith("a ") || bare.AsSpan(segment).StartsWith("an ") || bare.AsSpan(segment).StartsWith("the ");
        if (segment != limit && !char.IsUpper(bare[segment]) && !determined) return null;
        if (segment != limit && bare.AsSpan(segment).StartsWith("The ")) return null;
        if (!bare.AsSpan(segment, open - 1 - segment).ContainsAny(LowerLetters)) return null; // a description has a common noun
        if (registry.PersonEndingAt(p.Start, p.End) is { } mention) return new Speaker(mention.Person, true);
        // a name the recogniser did not know: two or more capitalised words ("Adam Austen")
        var name = bare[p.Start..p.End];
        return name.Contains(' ') && name.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])) ? new Speaker(Named(name, SpeakerKind.Person), true) : null;
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    public Speaker After(string bare, int cueEnd, int limit)
    {
        var phrase = PhraseScanner.After(bare, cueEnd, limit);
        if (phrase is not { } p) return Speaker.None;
        // "said the spokeswoman, Kimiko Hardin.": the name after the description
        if (p.Determiner is not null && AppositiveNameAfter(bare, p.End, limit) is { } named) return Remember(named, cueEnd);
        return Remember(Resolve(bare, p), cueEnd);
    }

    public Speaker Resolve(string bare, Phrase phrase)
    {
        var words = bare[phrase.Start..phrase.End];
        if (PhraseScanner.IsPronoun(words))
        {
            var gender = words.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => Gender.Unknown };
            if (words is "it" or "It") return (RecentOrganisation(phrase.Start) ?? RecentOrganisationSpeaker(phrase.Start)) is { } itsOrg ? new Speaker(itsOrg, true) : Speaker.Anonymous;
            if (gender == Gender.Unknown) return Speaker.Anonymous;
            if (SubjectNearby(bare, phrase.Start, gender) is { } subject) return new Speaker(subject, true);
            if (RecentSpeaker(phrase.Start, gender) is { } recent) return recent;
            var who = registry.MostRecent(phrase.Start, gender, insideQuote);
            return who is null ? Speaker.None : new Speaker(who, true);
        }
        if (phrase.Conjoined || phrase.Truncated) return Speaker.Anonymous;
        if (IndexOfWord(words, "and") >= 0 && !TitleWithAnd(phrase, words)) return Speaker.Anonymous; // "Trump and Trudeau said"
        // "the head of the United Auto Workers": a person described by an organisation, not the organisation
        if (phrase.Determiner is not null && IndexOfWord(words, "of") is var ofAt and > 0 && LastWord(words[..(ofAt - 1)]) is "head" or "president" or "leader" or "chief" or "chair" or "chairman" or "director")
            return Describe(bare, words.ToLowerInvariant(), phrase.Start) is { Who: not null } described ? described : Speaker.Anonymous;
        var forAt = IndexOfWord(words, "for");
        if (forAt >= 0)
        {
            // "a spokeswoman for Lighthizer" speaks for, but is not, Lighthizer.
            var headEnd = phrase.Start + forAt;
            if (registry.OrganisationEndingAt(phrase.Start, headEnd - 1) is { } orgHead) return new Speaker(orgHead.Person, true);
            return NamedLater(bare, phrase.End, LastWord(words[..(forAt - 1)])) ?? Speaker.Anonymous;
        }
        if (phrase.Determiner is { } det && det.ToLowerInvariant() is "a" or "an") return NamedLater(bare, phrase.End, LastWord(words)) ?? Speaker.Anonymous;
        if (registry.PersonEndingAt(phrase.Start, phrase.End) is { } mention) return new Speaker(mention.Person, true);
        if (registry.OrganisationEndingAt(phrase.Start, phrase.End) is { } org) return new Speaker(org.Person, true);
        var lastWord = words[(words.LastIndexOf(' ') + 1)..];
        if (lastWord is "administration" or "government" && words.Length > lastWord.Length && char.IsUpper(words[0])
            && registry.MostRecentOrganisation(phrase.Start, lastWord) is null)
            return new Speaker(Named(words), true); // "the Trump administration", "the Trudeau government"
        if (phrase.Determiner is not null || lastWord.Length > 0 && char.IsLower(lastWord[0]))
            return Describe(bare, words.ToLowerInvariant(), phrase.Start, definite: phrase.Determiner is "the" or "The");
        // "Rep. Lloyd Doggett of Texas"
        foreach (var m in registry.PersonMentionsIn(phrase.Start, phrase.End))
            if (m.End < phrase.End && bare.AsSpan(m.End, phrase.End - m.End).StartsWith(" of ") && char.IsUpper(bare[m.End + 4]))
                return new Speaker(m.Person, true);
        if (NamedSpeaker(bare, phrase, words) is { } named) return new Speaker(named, true);
        if (!words.Contains(' ') && IsGroupPlural(words)) return Speaker.Anonymous; // "Officials described …"
        return Speaker.None;
    }

    /// <summary>"House Ways and Means Chairman Kevin Brady", "the Ways and Means chairman": one person whose title has
    /// "and" in it, unlike "Trump and Trudeau" or "Canada and Mexico".</summary>
    private bool TitleWithAnd(Phrase phrase, string words)
    {
        var people = registry.PersonMentionsIn(phrase.Start, phrase.End).Count();
        if (registry.PersonEndingAt(phrase.Start, phrase.End) is not null) return people == 1;
        return people == 0 && phrase.Determiner is not null && char.IsLower(LastWord(words)[0]);
    }

    private static string LastWord(string words) => words[(words.LastIndexOf(' ') + 1)..];

    private static readonly HashSet<string> NameableHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokeswoman", "spokesman", "spokesperson", "official", "aide", "adviser", "advisor", "negotiator", "economist",
        "analyst", "lawyer", "executive", "director", "diplomat", "minister", "secretary", "senator", "lawmaker",
    };

    /// <summary>"a spokeswoman for the ministry said … The spokeswoman, Claudia Aguilar, added …": an indefinite
    /// description that the next sentences name ("The spokeswoman, Name," or "spokeswoman Name").</summary>
    private Speaker? NamedLater(string bare, int from, string head)
    {
        if (!NameableHeads.Contains(head)) return null;
        var limit = Math.Min(bare.Length, from + 600);
        var at = from;
        while (true)
        {
            var i = bare.IndexOf(head, at, limit - at, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return null;
            at = i + head.Length;
            if (i == 0 || char.IsLetter(bare[i - 1]) || at < bare.Length && char.IsLetter(bare[at])) continue;
            var before = bare.AsSpan(Math.Max(0, i - 4), Math.Min(4, i));
            if (!before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)) continue;
            var p = at;
            if (p < limit && bare[p] == ',') p++;
            while (p < limit && bare[p] == ' ') p++;
            foreach (var m in registry.PersonMentionsIn(p, p + 1))
                if (m.Start == p) return new Speaker(m.Person, true);
            var phrase = PhraseScanner.After(bare, p, limit);
            if (phrase is { } name && name.Start == p && bare[name.Start..name.End] is var n && n.Contains(' ') && n.Split(' ').All(w => char.IsUpper(w[0])))
                return new Speaker(Named(n, SpeakerKind.Person), true);
            return null;
        }
    }

    /// <summary>Subject preference for he/she: the person who opens the pronoun's sentence (before it) or the sentence
    /// before ("Seade … joined the meetings. He said …"), when the gender fits or is unknown.</summary>
    private PersonRecord? SubjectNearby(string bare, int position, Gender gender)
    {
        if (sentences is null) return null;
        var at = SentenceSplitter.LastStartingAtOrBefore(sentences, position);
        if (at < 0) return null;
        for (var k = at; k >= Math.Max(0, at - 1); k--)
        {
            var sentence = sentences[k];
            var end = k == at ? position : sentence.End;
            foreach (var m in registry.PersonMentionsIn(sentence.Start, end))
            {
                if (insideQuote[m.Start]) continue;
                if (!OpensSentence(bare, sentence.Start, m.Start)) break;
                if (m.Person.Gender == gender || m.Person.Gender == Gender.Unknown) return m.Person;
                break;
            }
        }
        return null;
    }

    /// <summary>Only a title ("Heritage Minister", "U.S. President") stands between the sentence start and the mention.</summary>
    private static bool OpensSentence(string bare, int start, int mention)
    {
        if (mention - start > 60) return false;
        var words = bare[start..mention].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
            if (!(char.IsUpper(w[0]) && !PhraseScanner.IsCapitalStop(w)) && !NameLexicon.RoleWords.Contains(w) && w is not ("of" or "the")) return false;
        return true;
    }

    private readonly Dictionary<string, PersonRecord> named = new(StringComparer.Ordinal);

    /// <summary>A proper name the article gives without a recognised person behind it: a government by its capital
    /// ("Ottawa", "Washington"), a news agency or a company ("Reuters", "Banorte"). Plural common nouns opening a
    /// sentence ("Analysts", "Officials") and nationality plurals ("Canadians") are groups, not names.</summary>
    private PersonRecord? NamedSpeaker(string bare, Phrase phrase, string words)
    {
        if (words.Length < 3 || NameLexicon.RoleWords.Contains(words) || PhraseScanner.IsCapitalStop(words)) return null;
        if (words.EndsWith("ans") || words.EndsWith("ese") || words.EndsWith("ians")) return null;
        var single = !words.Contains(' ');
        if (single && IsGroupPlural(words))
        {
            var b = phrase.Start;
            while (b > 0 && bare[b - 1] is ' ' or '\t') b--;
            if (b == 0 || bare[b - 1] is '.' or '!' or '?' or '\n' or '\r' or ArticleContext.QuoteMark or '—' or '(') return null;
        }
        foreach (var c in words)
            if (char.IsDigit(c)) return null;
        // "Ford said" after "Ford Motor Co.": the company the article named in full
        foreach (var org in registry.Organisations)
            if (org.Start < phrase.Start && org.Person.Name.StartsWith(words + " ", StringComparison.Ordinal)) return org.Person;
        return Named(words);
    }

    private static readonly string[] GroupEndings = ["ers", "ors", "ists", "ysts", "ials", "ics", "ans", "ats", "ents", "ants", "ves", "ies", "ces", "rts", "als", "ons", "ees", "ives"];

    /// <summary>"Analysts", "Officials", "Negotiators", "Lawmakers", "Democrats": plural nouns for groups, unlike the
    /// names "Dias", "Ross" or "Williams".</summary>
    private static bool IsGroupPlural(string word) => word != "Reuters" && GroupEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    private PersonRecord Named(string words, SpeakerKind kind = SpeakerKind.Organisation)
    {
        if (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) words = words[4..];
        // "Austen said" after "Adam Austen, a spokesman for …, said": the surname is the name given before.
        if (!words.Contains(' ') && named.Values.FirstOrDefault(r => r.Name.EndsWith(" " + words, StringComparison.Ordinal)) is { } full)
            return full;
        if (!named.TryGetValue(words, out var record))
            named[words] = record = new PersonRecord(words, kind);
        return record;
    }

    /// <summary>"the president", "the trade representative", "the office": someone the article has named.</summary>
    private Speaker Describe(string bare, string description, int position, bool definite = true)
    {
        var tokens = description.Replace("’s", "").Replace("'s", "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (tokens.Count == 0) return Speaker.None;
        var party = PeopleRecognizer.PartyOf(string.Join(' ', tokens.Select(Capitalise)));
        tokens.RemoveAll(t => NationalityWords.Contains(t));
        if (tokens.Count == 0) return Speaker.None;
        var head = tokens[^1];
        // "Lindsay Walters, a White House spokeswoman, said … The spokeswoman added …": the spokesperson just heard
        if (head is "spokesman" or "spokeswoman" or "spokesperson" or "official" or "source" or "aide" or "negotiator" && definite
            && RecentSpeaker(position, gender: null) is { } recentSpeaker) return recentSpeaker;
        if (head is "officials" or "sources" or "source" or "official" or "people" or "spokesman" or "spokeswoman" or "spokesperson" or "aide" or "negotiators" or "analysts" or "leaders")
            return Speaker.Anonymous;
        // "the union leader", "the union boss": the person whose role names a union
        if (tokens.Count == 2 && tokens[0] == "union" && tokens[1] is "leader" or "boss" or "chief" or "head" or "president")
        {
            var unionist = registry.People.Where(p => p.Role is { } r && (r.Contains("union", StringComparison.OrdinalIgnoreCase) || OrganisationRecognizer.KnownUnions.Any(u => r.Contains(u))))
                .OrderByDescending(p => LastMentionBefore(p, position)).FirstOrDefault();
            if (unionist is not null) return new Speaker(unionist, true);
        }
        if (NameLexicon.OrganisationHeads.Contains(head) || head is "ministry" or "department" or "chamber" or "office" or "union" or "agency" or "government" or "administration")
        {
            var org = head == "house" ? registry.MostRecentOrganisation(position, "White House") : registry.MostRecentOrganisation(position, head);
            // "the company" after "Magna International Inc": the company last named
            if (org is null && head is "company" or "automaker" or "carmaker" or "firm" or "manufacturer" && definite)
                org = registry.Organisations.LastOrDefault(o => o.Start < position && OrganisationRecognizer.IsCompany(o.Person.Name)).Person;
            // "the union" after "Unifor": a union whose name does not say so
            if (org is null && head == "union" && definite && tokens.Count == 1) org = OrganisationRecognizer.KnownUnions.Select(u => registry.MostRecentOrganisation(position, u)).OfType<PersonRecord>().FirstOrDefault();
            // "the ministry" after "the Secretariat of Foreign Relations": the government body last named
            if (org is null && head is "ministry" or "department" or "secretariat")
                org = registry.MostRecentOrganisation(position, "Ministry") ?? registry.MostRecentOrganisation(position, "Secretariat") ?? registry.MostRecentOrganisation(position, "Department");
            if (org is not null) return new Speaker(org, true);
            // "the trade representative" names a person even though "Representative" heads offices too
            if (head is not "representative" and not "house") return Speaker.Anonymous;
        }
        List<string>? synonym = head is "czar" or "chief" or "envoy" && tokens.Contains("trade") ? ["trade", "representative"] : null;
        PersonRecord? best = null;
        var bestMention = -1;
        var bestRank = int.MaxValue;
        foreach (var person in registry.People)
        {
            if (person.Role is null || party is not null && person.Party != party) continue;
            if (!Fits(tokens, person.Role) && !Fits(tokens, person.Figure?.Role) && (synonym is null || !Fits(synonym, person.Role) && !Fits(synonym, person.Figure?.Role))) continue;
            var last = LastMentionBefore(person, position);
            // "the president" with no nationality means the one the article titles without one ("President Donald Trump"),
            // not "Mexican President Enrique Peña Nieto", however recently the latter was named; and a title of office
            // ("U.S. President") before a common noun ("Unifor president").
            var rank = (party is null && HasNationality(person.Role) ? 1 : 0) + (head == "president" && IsOrganisationPresident(person.Role) ? 2 : 0);
            if (best is null || rank < bestRank || rank == bestRank && last > bestMention)
                (best, bestMention, bestRank) = (person, last, rank);
        }
        if (best is null && NameLexicon.OrganisationHeads.Contains(head)) return Speaker.Anonymous;
        best ??= DescribedNearMention(bare, tokens, position);
        return best is null ? Speaker.None : new Speaker(best, true);
    }

    private static readonly HashSet<string> SoftDescriptionWords = new(StringComparer.Ordinal) { "incoming", "new", "outgoing", "former", "current", "then" };

    /// <summary>"Graciela Márquez Colín, who will take over as economy secretary on Saturday, … the incoming economy
    /// secretary said": the person whose relative clause or appositive, right after a mention, holds the description.</summary>
    private PersonRecord? DescribedNearMention(string bare, List<string> tokens, int position)
    {
        var core = tokens.Where(t => !SoftDescriptionWords.Contains(t)).ToList();
        if (core.Count == 0 || !NameLexicon.RoleWords.Contains(core[^1])) return null;
        PersonRecord? found = null;
        foreach (var m in registry.Mentions)
        {
            if (m.Start >= position) break;
            if (m.Person.Kind != SpeakerKind.Person || m.End >= bare.Length || bare[m.End] != ',') continue;
            var close = bare.IndexOfAny(['.', ';'], m.End, Math.Min(160, bare.Length - m.End));
            var window = bare[(m.End + 1)..(close < 0 ? Math.Min(bare.Length, m.End + 160) : close)].ToLowerInvariant();
            var words = window.Split((char[])[' ', ',', '’', '\''], StringSplitOptions.RemoveEmptyEntries);
            if (core.All(words.Contains)) found = m.Person;
        }
        return found;
    }

    [GeneratedRegex(@"^The\s+(?<d>(?:[\p{Ll}.’']+\s+){0,3}?(?:president|prime\s+minister|minister|secretary|trade\s+representative|ambassador|premier|chief\s+negotiator))(?![\p{L}])")]
    private static partial Regex SubjectDescription();

    /// <summary>"The president was less conciliatory. He said …": a sentence that opens with a description of someone the
    /// article has named mentions that person, so later pronouns can reach them.</summary>
    public void AddDescriptionMentions(string text)
    {
        var added = new List<Mention>();
        foreach (var sentence in sentences ?? [])
        {
            var m = SubjectDescription().Match(text, sentence.Start, Math.Min(sentence.End, sentence.Start + 80) - sentence.Start);
            if (!m.Success || m.Index != sentence.Start) continue;
            var who = Describe(text, m.Groups["d"].Value, sentence.Start).Who;
            if (who is { Kind: SpeakerKind.Person }) added.Add(new Mention(sentence.Start, m.Index + m.Length, who));
        }
        if (added.Count == 0) return;
        registry.Mentions.AddRange(added);
        registry.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>"Unifor president", "Business Council of Canada’s president": the president of an organisation, not of a
    /// country ("President", "U.S. President", "Mexican President").</summary>
    private static bool IsOrganisationPresident(string? role) =>
        role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => !w.Equals("president", StringComparison.OrdinalIgnoreCase) && !NationalityWords.Contains(w.ToLowerInvariant()) && w is not ("former" or "Former" or "then" or "vice" or "Vice"));

    private static bool HasNationality(string? role) =>
        role is not null && role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => NationalityWords.Contains(w.ToLowerInvariant()));

    private static bool Fits(List<string> description, string? role)
    {
        if (role is null) return false;
        var roleTokens = role.ToLowerInvariant().Replace("’s", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return description.All(roleTokens.Contains) && (description.Contains("vice") || !roleTokens.Contains("vice"));
    }

    private int LastMentionBefore(PersonRecord person, int position)
    {
        var last = -1;
        foreach (var m in registry.Mentions)
        {
            if (m.Start >= position) break;
            if (m.Person == person) last = m.Start;
        }
        return last < 0 && registry.Mentions.Any(m => m.Person == person) ? 0 : last;
    }

    private static string Capitalise(string t) => t switch { "u.s." => "U.S.", "us" => "US", "eu" => "EU", _ => t.Length > 0 ? char.ToUpperInvariant(t[0]) + t[1..] : t };

    private static int IndexOfWord(string words, string word)
    {
        var i = words.IndexOf(" " + word + " ", StringComparison.Ordinal);
        return i < 0 ? -1 : i + 1;
    }
}
