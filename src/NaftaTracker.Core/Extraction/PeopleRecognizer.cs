using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Finds the people of an article: well-known figures, "Title Firstname Lastname", known first names,
/// and "Firstname Lastname said". Merges surname-only mentions, picks the longest role and a party.</summary>
internal static partial class PeopleRecognizer
{
    private const string NameToken = @"(?:\p{Lu}[\p{Ll}\p{Lu}’'\-]*\p{L}|\p{Lu}\.)";

    [GeneratedRegex(@"(?<![\p{L}.])(?i:President|Minister|Secretary|Representative|Commissioner|Ambassador|Senator|Sen\.|Rep\.|Gov\.|Governor|Premier|adviser|advisor|negotiator|spokesman|spokeswoman|spokesperson|CEO|chairman|chairwoman|chair|economist|analyst|leader|director|Mayor|Chancellor|Congressman|Congresswoman|Speaker|czar|President-elect|Mr\.|Mrs\.|Ms\.|Dr\.|lawmaker|envoy|official|strategist|founder|professor|counterpart|aide|head|executive)\s+(?<name>" + NameToken + @"(?:\s+(?:de\s+la\s+|de\s+|del\s+|van\s+|von\s+)?" + NameToken + "){0,3})")]
    private static partial Regex TitledName();

    [GeneratedRegex(@"(?<![\p{L}])(?<name>" + NameToken + @"\s+" + NameToken + @"(?:\s+" + NameToken + @")?)(?:’s|'s)?\s+(?:said|says|told|added|wrote|tweeted|warned|noted|argued|insisted|stressed)\b")]
    private static partial Regex NameBeforeCue();

    [GeneratedRegex(@"\b(?:said|says|added|according\s+to)\s+(?<name>" + NameToken + @"\s+" + NameToken + @"(?:\s+" + NameToken + @")?)")]
    private static partial Regex NameAfterCue();

    // "Francois-Philippe Champagne, the international trade minister," / "Laura Dawson, director of the Canada Institute,"
    // "Luc Beaudoin, who milks 80 cows near Saint-Hyacinthe, said": "who" is said of people
    [GeneratedRegex(@"(?<![\p{L}.])(?<name>" + NameToken + @"(?:\s+" + Particle + NameToken + @"){1,2}),[ \t]+(?:\d{1,3},[ \t]+)?(?:who|whose)(?![\p{L}])")]
    private static partial Regex NameBeforeWho();

    // "Harjit Sandhu, 34, put it more simply": an age is said of a person
    [GeneratedRegex(@"(?<![\p{L}.])(?<name>" + NameToken + @"(?:\s+" + Particle + NameToken + @"){1,2}),[ \t]+\d{1,3},")]
    private static partial Regex NameWithAge();

    // "said Hollister, 61," / "Hollister said": a surname alone as a speaker, completed from "Ray Hollister" elsewhere
    [GeneratedRegex(@"(?<![\p{L}.’'])(?:(?<name>\p{Lu}[\p{Ll}’'\-]+)[ \t]+(?:said|says|told|added|warned|insisted|argued)(?![\p{L}])|(?:said|says|added)[ \t]+(?<name>\p{Lu}[\p{Ll}’'\-]+)(?=[,.]))")]
    private static partial Regex SurnameSpeaker();

    private const string Particle = @"(?:de\s+la\s+|de\s+|del\s+|van\s+|von\s+)?";

    [GeneratedRegex(@"(?<![\p{L}.])(?<name>" + NameToken + @"(?:\s+" + Particle + NameToken + @"){1,2}),[ \t]+(?<role>(?:the[ \t]+|a[ \t]+|an[ \t]+)?[^,.;:“”""\n]{3,90}?)(?=[,.;])")]
    private static partial Regex NameWithAppositiveRole();

    // "The Business Council of Canada’s president, Goldy Hyder, warned" / "Mexico’s chief negotiator, Kenneth Smith Ramos, said"
    [GeneratedRegex(@"(?<![\p{L}])(?<head>\p{Ll}[\p{Ll}\-]+),[ \t]+(?<name>" + NameToken + @"(?:\s+" + NameToken + @"){1,3}),")]
    private static partial Regex RoleThenName();

    private static readonly HashSet<string> PersonRoleHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "secretary", "representative", "president", "spokesman", "spokeswoman", "spokesperson", "negotiator",
        "czar", "chief", "commissioner", "ambassador", "leader", "chair", "chairman", "chairwoman", "ceo", "executive",
        "director", "head", "premier", "senator", "lawmaker", "governor", "mayor", "analyst", "economist", "aide", "envoy",
        "critic", "adviser", "advisor", "professor", "founder", "president-elect", "lawyer", "partner", "fellow",
        "strategist", "official", "chancellor", "diplomat", "undersecretary", "deputy",
    };

    private static readonly HashSet<string> SayingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "warned", "noted", "argued", "insisted", "wrote", "tweeted", "stressed", "is", "was", "has", "had", "will", "would",
    };

    /// <summary>An appositive that describes a person: it has a role noun and no verb ("the international trade
    /// minister", "director of the Canada Institute"), unlike "the foreign minister said" after a place.</summary>
    internal static string? AppositiveRole(string appositive)
    {
        var words = appositive.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 14 || words.Any(SayingWords.Contains)) return null;
        if (words[0] is "who" or "which" or "where" or "when") return null;
        if (!words.Any(w => PersonRoleHeads.Contains(w.TrimEnd('’', '\'')))) return null;
        if (words[0] is "the" or "a" or "an") words = words[1..];
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<name>(?<first>\p{Lu}[\p{Ll}\-]+)\s+" + NameToken + @"(?:\s+" + NameToken + @")?)")]
    private static partial Regex CapitalisedPair();

    private static readonly Regex FigureAliases = BuildFigureRegex();

    private static Regex BuildFigureRegex()
    {
        var forms = NameLexicon.Figures.SelectMany(f => f.Aliases.Append(f.Name)).Distinct().OrderByDescending(a => a.Length).Select(Regex.Escape);
        return new Regex(@"(?<![\p{L}])(?:" + string.Join("|", forms) + @")(?![\p{L}])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public static PersonRegistry Recognize(string text)
    {
        var registry = new PersonRegistry();
        var byKey = new Dictionary<string, PersonRecord>(StringComparer.OrdinalIgnoreCase);

        foreach (Match m in FigureAliases.Matches(text))
        {
            var figure = NameLexicon.Figures.First(f => f.Name == m.Value || f.Aliases.Contains(m.Value));
            if (!byKey.TryGetValue(figure.Name, out var person))
            {
                person = new PersonRecord(figure.Name, SpeakerKind.Person) { Figure = figure, Gender = figure.Gender, Party = figure.Party };
                byKey[figure.Name] = person;
                foreach (var alias in figure.Aliases) byKey[alias] = person;
                registry.People.Add(person);
            }
            person.Aliases.Add(m.Value);
            person.Seen.Add(m.Value);
            if (PaternalSurname(m.Value.Split(' ')) is { } paternal && !byKey.ContainsKey(paternal)) { person.Aliases.Add(paternal); byKey[paternal] = person; }
            if (LongerFormOfFigure(text, m, figure) is { } longer) { person.Aliases.Add(longer); person.Seen.Add(longer); }
        }
        foreach (var person in registry.People.ToList())
            if (person.Figure is { } f && MiddleInitialForm(text, f.Name) is { } initialled) { person.Aliases.Add(initialled); person.Seen.Add(initialled); }

        foreach (Match m in TitledName().Matches(text)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: true);
        foreach (Match m in NameBeforeCue().Matches(text)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in NameAfterCue().Matches(text)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in NameBeforeWho().Matches(text)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in NameWithAge().Matches(text)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in RoleThenName().Matches(text))
            if (PersonRoleHeads.Contains(m.Groups["head"].Value)) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in NameWithAppositiveRole().Matches(text))
            if (AppositiveRole(m.Groups["role"].Value) is not null) AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);
        foreach (Match m in CapitalisedPair().Matches(text))
            if (NameLexicon.FirstNames.ContainsKey(m.Groups["first"].Value))
                AddDiscovered(registry, byKey, m.Groups["name"], allowSingle: false);

        foreach (Match m in SurnameSpeaker().Matches(text))
        {
            var surname = m.Groups["name"].Value;
            if (byKey.ContainsKey(surname) || NameLexicon.NotNames.Contains(surname) || NameLexicon.Titles.Contains(surname) || PhraseScanner.IsCapitalStop(surname)) continue;
            if (FullNameFor(text, surname) is { } full) AddDiscovered(registry, byKey, full, allowSingle: false);
        }
        foreach (var person in registry.People.ToList()) CompleteSurnameOnly(text, person, byKey);
        FindMentions(text, registry);
        foreach (var person in registry.People) AssignNameRoleAndParty(text, person, registry);
        GenderFromHonorifics(text, registry);
        return registry;
    }

    private static void AddDiscovered(PersonRegistry registry, Dictionary<string, PersonRecord> byKey, Group group, bool allowSingle) =>
        AddDiscovered(registry, byKey, group.Value, allowSingle);

    private static void AddDiscovered(PersonRegistry registry, Dictionary<string, PersonRecord> byKey, string raw, bool allowSingle)
    {
        var tokens = CleanTokens(raw);
        if (tokens.Count == 0 || tokens.Count == 1 && !allowSingle) return;
        var full = string.Join(' ', tokens);
        var surname = tokens[^1];
        if (tokens.Count == 1 && !byKey.ContainsKey(surname) && (surname.Length < 3 || surname.EndsWith('.'))) return;
        if (byKey.TryGetValue(full, out var known) || byKey.TryGetValue(surname, out known))
        {
            known.Aliases.Add(full);
            known.Seen.Add(full);
            if (tokens.Count > 1) known.Aliases.Add(surname);
            return;
        }
        var person = new PersonRecord(full, SpeakerKind.Person)
        {
            Gender = NameLexicon.FirstNames.GetValueOrDefault(tokens[0], Gender.Unknown),
        };
        person.Aliases.Add(surname);
        person.Seen.Add(full);
        byKey[full] = person;
        byKey[surname] = person;
        // Spanish names carry two surnames and the first one is used alone: "Kenneth Smith Ramos" … "Smith said"
        if (PaternalSurname(tokens) is { } paternal && !byKey.ContainsKey(paternal)) { person.Aliases.Add(paternal); byKey[paternal] = person; }
        // "Bosco de la Vega" … "De la Vega warned"
        var particle = tokens.FindIndex(1, t => t is "de" or "del" or "van" or "von");
        if (particle > 0)
        {
            var compound = string.Join(' ', tokens.Skip(particle));
            // "Carlos Aceves del Olmo" … "Aceves del Olmo"
            var withPaternal = particle > 1 ? string.Join(' ', tokens.Skip(1)) : compound;
            foreach (var form in new[] { compound, char.ToUpperInvariant(compound[0]) + compound[1..], withPaternal })
                if (byKey.TryAdd(form, person)) person.Aliases.Add(form);
        }
        registry.People.Add(person);
    }

    /// <summary>"Jesús Seade Kuri", "Marcelo Ebrard Casaubón": a Mexican figure's full name with the second surname the
    /// lexicon leaves out.</summary>
    private static string? LongerFormOfFigure(string text, Match m, KnownFigure figure)
    {
        if (figure.Party != "MX" || m.Value != figure.Name) return null;
        var next = SecondSurname().Match(text, m.Index + m.Length);
        if (!next.Success) return null;
        var word = next.Groups["w"].Value;
        return NameLexicon.NotNames.Contains(word) || PhraseScanner.IsCapitalStop(word) || NameLexicon.Titles.Contains(word) ? null : m.Value + " " + word;
    }

    [GeneratedRegex(@"\G[ \t]+(?<w>\p{Lu}[\p{Ll}áéíóúñü]+)(?![\p{L}’'.-])(?!\s+\p{Lu})")]
    private static partial Regex SecondSurname();

    /// <summary>"Robert E. Lighthizer", "Paul D. Ryan": the figure's name with a middle initial, as some papers write it.</summary>
    private static string? MiddleInitialForm(string text, string name)
    {
        var parts = name.Split(' ');
        if (parts.Length != 2) return null;
        var m = Regex.Match(text, @"(?<![\p{L}])" + Regex.Escape(parts[0]) + @"\s+\p{Lu}\.\s+" + Regex.Escape(parts[1]) + @"(?![\p{L}])");
        return m.Success ? m.Value : null;
    }

    private static string? PaternalSurname(IReadOnlyList<string> tokens) =>
        tokens.Count >= 3 && tokens.All(t => !t.EndsWith('.')) && !NameLexicon.FirstNames.ContainsKey(tokens[^2]) && tokens[^2] is not ("de" or "del" or "la")
            ? tokens[^2] : null;

    /// <summary>"Ray Hollister" for "Hollister": the first capitalised word before the surname that is not a title, a place or a
    /// stop word (and not a short word unknown as a first name).</summary>
    private static string? FullNameFor(string text, string surname) =>
        FirstNamesBefore(text, surname, afterDot: false).FirstOrDefault(first => NameLexicon.FirstNames.ContainsKey(first) || first.Length >= 3) is { } found
            ? found + " " + surname : null;

    /// <summary>"Ms. Bérard" found by her title, "Annie Bérard" elsewhere in the article: the full name.</summary>
    private static void CompleteSurnameOnly(string text, PersonRecord person, Dictionary<string, PersonRecord> byKey)
    {
        if (person.Figure is not null || person.Name.Contains(' ')) return;
        foreach (var first in FirstNamesBefore(text, person.Name, afterDot: true))
        {
            var full = first + " " + person.Name;
            if (byKey.TryGetValue(full, out var other) && other != person) continue;
            person.Aliases.Add(full);
            person.Seen.Add(full);
            byKey[full] = person;
            return;
        }
    }

    /// <summary>Capitalised words right before each occurrence of <paramref name="surname"/> ("Annie" in "Annie Bérard") that
    /// could be a first name: not a title, role word, place or sentence opener.</summary>
    private static IEnumerable<string> FirstNamesBefore(string text, string surname, bool afterDot)
    {
        for (var i = text.IndexOf(surname, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surname, i + 1, StringComparison.Ordinal))
        {
            var end = i + surname.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            var e = i;
            while (e > 0 && text[e - 1] is ' ' or '\t') e--;
            if (e == i) continue;
            var s = e;
            while (s > 0 && (char.IsLower(text[s - 1]) || text[s - 1] == '-')) s--;
            if (s == 0 || s == e || !char.IsUpper(text[s - 1])) continue;
            s--;
            if (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] is '’' or '\'' || !afterDot && text[s - 1] == '.')) continue;
            var first = text[s..e];
            if (NameLexicon.NotNames.Contains(first) || NameLexicon.Titles.Contains(first) || NameLexicon.RoleWords.Contains(first) || PhraseScanner.IsCapitalStop(first)) continue;
            yield return first;
        }
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<title>Mr|Mrs|Ms)\.?[ \t]+$", RegexOptions.RightToLeft)]
    private static partial Regex HonorificBefore();

    /// <summary>"Ms. Bérard", "Mr Lighthizer": the honorific gives the gender the first-name lexicon may not know.</summary>
    private static void GenderFromHonorifics(string text, PersonRegistry registry)
    {
        foreach (var mention in registry.Mentions)
        {
            if (mention.Person.Gender != Gender.Unknown) continue;
            var from = Math.Max(0, mention.Start - 6);
            var m = HonorificBefore().Match(text, from, mention.Start - from);
            if (m.Success) mention.Person.Gender = m.Groups["title"].Value == "Mr" ? Gender.Male : Gender.Female;
        }
    }

    /// <summary>Drops possessives, words that are never names, and titles at either end.</summary>
    private static List<string> CleanTokens(string raw)
    {
        var split = raw.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        // a possessive ends the name: "François Legault’s Coalition Avenir Québec"
        var possessive = split.FindIndex(t => t.EndsWith("’s") || t.EndsWith("'s"));
        if (possessive >= 0) split.RemoveRange(possessive + 1, split.Count - possessive - 1);
        var tokens = split.Select(t => t.EndsWith("’s") || t.EndsWith("'s") ? t[..^2] : t).ToList();
        while (tokens.Count > 0 && (NameLexicon.NotNames.Contains(tokens[0]) || NameLexicon.Titles.Contains(tokens[0]) || tokens[0] is "de" or "del" or "la")) tokens.RemoveAt(0);
        var cut = tokens.FindIndex(t => NameLexicon.NotNames.Contains(t) || NameLexicon.Titles.Contains(t));
        if (cut >= 0) tokens.RemoveRange(cut, tokens.Count - cut);
        return tokens;
    }

    private static void FindMentions(string text, PersonRegistry registry)
    {
        var aliasToPerson = new Dictionary<string, PersonRecord>(StringComparer.Ordinal);
        foreach (var person in registry.People)
            foreach (var alias in person.Aliases)
                aliasToPerson.TryAdd(alias, person);
        var found = new List<Mention>();
        foreach (var alias in aliasToPerson.Keys.OrderByDescending(a => a.Length))
        {
            for (var i = text.IndexOf(alias, StringComparison.Ordinal); i >= 0; i = text.IndexOf(alias, i + 1, StringComparison.Ordinal))
            {
                var end = i + alias.Length;
                if (i > 0 && char.IsLetter(text[i - 1]) || end < text.Length && char.IsLetter(text[end])) continue;
                if (found.Any(f => i < f.End && f.Start < end)) continue; // a longer alias already covers it
                found.Add(new Mention(i, end, aliasToPerson[alias]));
            }
        }
        registry.Mentions.AddRange(found.OrderBy(f => f.Start));
    }

    private static void AssignNameRoleAndParty(string text, PersonRecord person, PersonRegistry registry)
    {
        if (person.Figure is { } figure)
        {
            // The full name as the article spells it ("Cecilia Malmstrom"), else the canonical one.
            // the fullest form the article gives that starts with the figure's first name ("Robert E. Lighthizer",
            // "Jesús Seade Kuri"), else the one it gives, else the canonical one
            var first = figure.Name.Split(' ')[0];
            var spelled = person.Seen.Where(a => a.Contains(' ') && a.Length > 4 && (a.StartsWith(first + " ", StringComparison.Ordinal) || !a.Contains(". ")))
                .OrderByDescending(a => a.StartsWith(first + " ", StringComparison.Ordinal)).ThenByDescending(a => a.Length).FirstOrDefault();
            person.Name = spelled ?? figure.Name;
        }
        else
        {
            person.Name = person.Aliases.OrderByDescending(a => a.Split(' ').Length).ThenByDescending(a => a.Length).First();
        }
        person.Aliases.Add(person.Name);
        string? bestRole = null;
        foreach (var mention in registry.Mentions)
        {
            if (mention.Person != person) continue;
            var role = RoleBefore(text, mention.Start);
            if (role is not null) person.Aliases.Add(role + " " + text[mention.Start..mention.End]);
            // "Canada’s chief negotiator, Steve Verheul," gives the role before the comma
            else if (mention.Start > 2 && text[mention.Start - 1] == ' ' && text[mention.Start - 2] == ',')
                role = RoleBefore(text, mention.Start - 2);
            if (role is null) continue;
            if (bestRole is null || role.Length > bestRole.Length) bestRole = role;
        }
        person.Role = bestRole ?? person.Figure?.Role ?? RoleAfter(text, person, registry);
        person.Party = person.Figure?.Party ?? PartyOf(person.Role);
    }

    /// <summary>The title and description just before a name: "White House economic adviser" in "White House economic adviser Larry Kudlow".</summary>
    internal static string? RoleBefore(string text, int nameStart)
    {
        var lineStart = nameStart;
        var floor = Math.Max(0, nameStart - 120);
        while (lineStart > floor && text[lineStart - 1] != '\n') lineStart--;
        var phrase = PhraseScanner.Before(text, lineStart, nameStart, allowFor: false, allowAnd: true);
        if (phrase is not { } p || p.End <= p.Start) return null;
        var role = text[p.Start..p.End].Trim();
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        while (words.Length > 0 && (words[^1] is "of" or "the" || words[^1].EndsWith("’s") || words[^1].EndsWith("'s"))) words = words[..^1];
        if (words.Length == 0 || !words.Any(w => NameLexicon.Titles.Contains(w) || NameLexicon.RoleWords.Contains(w) && w.ToLowerInvariant() is not ("white" or "house" or "new" or "state" or "national" or "federal" or "party"))) return null;
        return string.Join(' ', words);
    }

    /// <summary>The role an appositive gives right after a mention: "Champagne, the international trade minister,".</summary>
    private static string? RoleAfter(string text, PersonRecord person, PersonRegistry registry)
    {
        foreach (var mention in registry.Mentions)
        {
            if (mention.Person != person) continue;
            var m = NameWithAppositiveRole().Match(text, mention.Start, Math.Min(text.Length - mention.Start, 200));
            if (m.Success && m.Index == mention.Start && m.Groups["name"].Length == mention.End - mention.Start
                && AppositiveRole(m.Groups["role"].Value) is { } role)
                return role;
        }
        return null;
    }

    internal static string? PartyOf(string? description)
    {
        if (string.IsNullOrEmpty(description)) return null;
        if (PartyUs().IsMatch(description)) return "US";
        if (PartyCa().IsMatch(description)) return "CA";
        if (PartyMx().IsMatch(description)) return "MX";
        if (PartyEu().IsMatch(description)) return "EU";
        return null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:U\.S\.|US|USA|American|Washington|White House|United States)(?![\p{L}])")]
    private static partial Regex PartyUs();
    [GeneratedRegex(@"(?<![\p{L}])(?:Canadian|Canada|Ottawa|Canada’s|Canada's)(?![\p{L}])")]
    private static partial Regex PartyCa();
    [GeneratedRegex(@"(?<![\p{L}])(?:Mexican|Mexico|Mexico’s|Mexico's)(?![\p{L}])")]
    private static partial Regex PartyMx();
    [GeneratedRegex(@"(?<![\p{L}])(?:EU|European|Brussels)(?![\p{L}])")]
    private static partial Regex PartyEu();
}
