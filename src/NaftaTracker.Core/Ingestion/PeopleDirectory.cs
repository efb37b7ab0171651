using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion;

/// <summary>Finds or creates the Person behind a name, merging aliases, within one unit of work.</summary>
internal sealed class PeopleDirectory
{
    private readonly TrackerDbContext _db;
    private readonly Dictionary<string, Person> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Party> _parties;

    private PeopleDirectory(TrackerDbContext db, List<Person> people, Dictionary<string, Party> parties)
    {
        _db = db;
        _parties = parties;
        foreach (var person in people) Index(person);
    }

    public int Created { get; private set; }

    public static async Task<PeopleDirectory> LoadAsync(TrackerDbContext db, CancellationToken ct)
    {
        var people = await db.People.Include(p => p.Aliases).ToListAsync(ct);
        var parties = await db.Parties.ToDictionaryAsync(p => p.Code, ct);
        return new PeopleDirectory(db, people, parties);
    }

    public Person? Find(string name) => _byName.GetValueOrDefault(NameKey.Of(name));

    /// <summary>The person for <paramref name="name"/>, created if new; fills in role and party when unknown so far.</summary>
    public Person Resolve(string name, IEnumerable<string> aliases, string? role, string? partyCode, SpeakerKind kind)
    {
        var names = aliases.Prepend(name).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var person = names.Select(Find).FirstOrDefault(p => p is not null);
        if (person is null)
        {
            person = new Person { Name = name.Trim(), Slug = UniqueSlug(name), Kind = kind };
            _db.People.Add(person);
            Created++;
        }
        person.Role ??= string.IsNullOrWhiteSpace(role) ? null : role.Trim();
        if (person.Party is null && person.PartyId is null && partyCode is not null && _parties.TryGetValue(partyCode, out var party))
            person.Party = party;
        foreach (var alias in names)
            AddAlias(person, alias);
        return person;
    }

    private void AddAlias(Person person, string alias)
    {
        var key = NameKey.Of(alias);
        if (key.Length == 0) return;
        if (key != NameKey.Of(person.Name) && !person.Aliases.Any(a => NameKey.Of(a.Alias) == key))
            person.Aliases.Add(new PersonAlias { Alias = alias.Trim() });
        // A surname shared by two people stays with the first one found.
        _byName.TryAdd(key, person);
    }

    private void Index(Person person)
    {
        _byName.TryAdd(NameKey.Of(person.Name), person);
        foreach (var alias in person.Aliases) _byName.TryAdd(NameKey.Of(alias.Alias), person);
    }

    private string UniqueSlug(string name)
    {
        var slug = NameKey.Slug(name);
        var taken = _db.People.Local.Select(p => p.Slug).Concat(_db.People.Select(p => p.Slug)).ToHashSet();
        var candidate = slug;
        for (var i = 2; taken.Contains(candidate); i++) candidate = $"{slug}-{i}";
        return candidate;
    }
}
