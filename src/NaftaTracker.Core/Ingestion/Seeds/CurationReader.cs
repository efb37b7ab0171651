using NaftaTracker.Domain;
using NaftaTracker.Extraction;

namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Turns curation.yaml entries into <see cref="CuratedFacts"/> per article file, locating each evidence span.</summary>
internal sealed class CurationReader(string file, IReadOnlyDictionary<string, string> articleTexts)
{
    public Dictionary<string, CuratedFacts> Read(CurationFile curation)
    {
        var positions = curation.Positions.Select((p, i) => (p.Article, Fact: ReadPosition(p, $"positions[{i}]"))).ToList();
        var deadlines = curation.Deadlines.Select((d, i) => (d.Article, Fact: ReadDeadline(d, $"deadlines[{i}]"))).ToList();
        var events = curation.Events.Select((e, i) => (e.Article, Fact: ReadEvent(e, $"events[{i}]"))).ToList();

        return articleTexts.Keys.ToDictionary(a => a, a => new CuratedFacts(
            positions.Where(p => p.Article == a).Select(p => p.Fact).ToList(),
            deadlines.Where(d => d.Article == a).Select(d => d.Fact).ToList(),
            events.Where(e => e.Article == a).Select(e => e.Fact).ToList()));
    }

    public static CuratedPerson ReadPerson(string file, PersonEntry p, int index)
    {
        var entry = $"people[{index}]";
        Fail.IfBlank(file, entry, "name", p.Name);
        if (p.Party is not null && !Parties.IsKnown(p.Party)) throw new SeedDataException(file, entry, $"party: '{p.Party}' is not one of {string.Join(", ", Parties.Names.Keys)}");
        var kind = p.Kind is null ? SpeakerKind.Person : Fail.ParseEnum<SpeakerKind>(file, entry, "kind", p.Kind);
        return new CuratedPerson(p.Name!.Trim(), p.Role, p.Party, p.Aliases, kind);
    }

    private CuratedPosition ReadPosition(PositionEntry p, string entry)
    {
        var span = Locate(p, entry);
        var issue = IssueKey(p.Issue, entry);
        var party = PartyCode(p.Party, entry, required: true)!;
        var stance = Fail.ParseEnum<Stance>(file, entry, "stance", p.Stance);
        Fail.IfBlank(file, entry, "summary", p.Summary);
        return new CuratedPosition(issue, party, stance, p.Summary!.Trim(), OptionalDate(p.Date, entry, "date"), span);
    }

    private CuratedDeadline ReadDeadline(DeadlineEntry d, string entry)
    {
        var span = Locate(d, entry);
        Fail.IfBlank(file, entry, "label", d.Label);
        var due = OptionalDate(d.Due, entry, "due") ?? throw new SeedDataException(file, entry, "due is missing");
        var kind = Fail.ParseEnum<DeadlineKind>(file, entry, "kind", d.Kind ?? "negotiation");
        var issue = d.Issue is null ? null : IssueKey(d.Issue, entry);
        return new CuratedDeadline(d.Label!.Trim(), due, kind, PartyCode(d.Party, entry, required: false), issue, span);
    }

    private CuratedEvent ReadEvent(EventEntry e, string entry)
    {
        var span = Locate(e, entry);
        Fail.IfBlank(file, entry, "title", e.Title);
        var on = OptionalDate(e.On, entry, "on") ?? throw new SeedDataException(file, entry, "on is missing");
        var kind = Fail.ParseEnum<EventKind>(file, entry, "kind", e.Kind);
        return new CuratedEvent(kind, e.Title!.Trim(), on, e.Round, PartyCode(e.Party, entry, required: false), e.Person, span);
    }

    private CuratedSpan Locate(FactEntry fact, string entry)
    {
        Fail.IfBlank(file, entry, "article", fact.Article);
        if (!articleTexts.TryGetValue(fact.Article!, out var text))
            throw new SeedDataException(file, entry, $"article: '{fact.Article}' is not in the manifest");
        Fail.IfBlank(file, entry, "evidence", fact.Evidence);
        var start = text.IndexOf(fact.Evidence!, StringComparison.Ordinal);
        if (start < 0)
            throw new SeedDataException(file, entry, $"evidence not found verbatim in {fact.Article}: \"{fact.Evidence}\"");
        return new CuratedSpan(start, start + fact.Evidence!.Length, fact.Evidence);
    }

    private string IssueKey(string? key, string entry) =>
        IssueTaxonomy.Find(key ?? "")?.Key
        ?? throw new SeedDataException(file, entry, $"issue: '{key}' is not in the taxonomy ({string.Join(", ", IssueTaxonomy.All.Select(i => i.Key))})");

    private string? PartyCode(string? code, string entry, bool required)
    {
        if (code is null && !required) return null;
        return Parties.IsKnown(code) ? code : throw new SeedDataException(file, entry, $"party: '{code}' is not one of {string.Join(", ", Parties.Names.Keys)}");
    }

    private PartialDate? OptionalDate(string? value, string entry, string field)
    {
        if (value is null) return null;
        return PartialDate.TryParseIso(value, out var date)
            ? date
            : throw new SeedDataException(file, entry, $"{field}: '{value}' is not YYYY-MM-DD, YYYY-MM or YYYY");
    }
}
