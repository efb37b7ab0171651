using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>A person (or organisation) as one article knows them, with every surface form seen.</summary>
internal sealed class PersonRecord(string name, SpeakerKind kind)
{
    public string Name { get; set; } = name;
    public SpeakerKind Kind { get; } = kind;
    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal) { name };
    public string? Role { get; set; }
    public string? Party { get; set; }
    public Gender Gender { get; set; }
    public KnownFigure? Figure { get; init; }
    /// <summary>Forms of the name the article itself uses.</summary>
    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public string Surname => Name.Contains(' ') ? Name[(Name.LastIndexOf(' ') + 1)..] : Name;
}

internal readonly record struct Mention(int Start, int End, PersonRecord Person);

/// <summary>The people and organisations of one article and where each is mentioned.</summary>
internal sealed class PersonRegistry
{
    public List<PersonRecord> People { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<Mention> Organisations { get; } = [];

    /// <summary>The mention that ends exactly at <paramref name="end"/> and starts at or after <paramref name="start"/>.</summary>
    public Mention? PersonEndingAt(int start, int end)
    {
        var i = FirstAtOrAfter(Mentions, start);
        for (; i < Mentions.Count && Mentions[i].Start < end; i++)
            if (Mentions[i].End == end) return Mentions[i];
        return null;
    }

    public Mention? OrganisationEndingAt(int start, int end)
    {
        foreach (var m in Organisations)
            if (m.End == end && m.Start >= start - 4) return m;
        return null;
    }

    public IEnumerable<Mention> PersonMentionsIn(int start, int end)
    {
        for (var i = FirstAtOrAfter(Mentions, start); i < Mentions.Count && Mentions[i].Start < end; i++)
            yield return Mentions[i];
    }

    /// <summary>Most recent person of the gender before <paramref name="position"/>, looking back a bounded window.</summary>
    public PersonRecord? MostRecent(int position, Gender gender, bool[] insideQuote, int window = 2000)
    {
        // A person whose gender the lexicon does not know ("Goldy Hyder") fits either pronoun; the nearest fit wins.
        for (var i = FirstAtOrAfter(Mentions, position) - 1; i >= 0 && Mentions[i].Start >= position - window; i--)
        {
            var m = Mentions[i];
            if (m.Start < insideQuote.Length && insideQuote[m.Start]) continue;
            if (m.Person.Gender == gender || m.Person.Gender == Gender.Unknown) return m.Person;
        }
        return null;
    }

    public PersonRecord? MostRecentOrganisation(int position, string head)
    {
        for (var i = Organisations.Count - 1; i >= 0; i--)
        {
            var m = Organisations[i];
            if (m.Start < position && m.Person.Name.Contains(head, StringComparison.OrdinalIgnoreCase)) return m.Person;
        }
        return null;
    }

    private static int FirstAtOrAfter(List<Mention> list, int position)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
