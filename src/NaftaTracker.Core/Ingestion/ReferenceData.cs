using Microsoft.EntityFrameworkCore;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Search;
using NaftaTracker.Store;

namespace NaftaTracker.Ingestion;

/// <summary>Makes sure the parties, the issue taxonomy and the known people are in the store.</summary>
public static class ReferenceData
{
    public static async Task EnsureAsync(TrackerDbContext db, IEnumerable<CuratedPerson> knownPeople, CancellationToken ct = default)
    {
        var parties = await db.Parties.ToDictionaryAsync(p => p.Code, ct);
        foreach (var (code, name) in Parties.Names.Where(p => !parties.ContainsKey(p.Key)))
            db.Parties.Add(new Party { Code = code, Name = name });

        var issues = await db.Issues.Select(i => i.Key).ToListAsync(ct);
        foreach (var def in IssueTaxonomy.All.Where(d => !issues.Contains(d.Key)))
            db.Issues.Add(new Issue { Key = def.Key, Title = def.Title, Description = def.Description, Status = IssueStatus.Open });
        await db.SaveChangesAsync(ct);

        var people = await PeopleDirectory.LoadAsync(db, ct);
        foreach (var p in knownPeople)
            people.Resolve(p.Name, p.Aliases, p.Role, p.PartyCode, p.Kind);
        await db.SaveChangesAsync(ct);

        // Every path that opens a store comes through here (web start-up, CLI): bring the search index up to date.
        await SearchIndexer.EnsureAsync(db, ct);
    }
}
