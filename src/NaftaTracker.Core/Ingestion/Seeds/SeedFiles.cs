namespace NaftaTracker.Ingestion.Seeds;

// The shapes of seeds/manifest.yaml and seeds/curation.yaml, as YamlDotNet reads them (camelCase keys).

internal sealed class ManifestFile
{
    public List<ManifestEntry> Articles { get; set; } = [];
}

internal sealed class ManifestEntry
{
    public string? File { get; set; }
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string? DateKnowledge { get; set; }
    public string? DateEvidence { get; set; }
    public string? DateQuote { get; set; }
}

internal sealed class CurationFile
{
    public List<PersonEntry> People { get; set; } = [];
    public List<PositionEntry> Positions { get; set; } = [];
    public List<DeadlineEntry> Deadlines { get; set; } = [];
    public List<EventEntry> Events { get; set; } = [];
}

internal sealed class PersonEntry
{
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Party { get; set; }
    public string? Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
}

internal abstract class FactEntry
{
    public string? Article { get; set; }
    public string? Evidence { get; set; }
}

internal sealed class PositionEntry : FactEntry
{
    public string? Issue { get; set; }
    public string? Party { get; set; }
    public string? Stance { get; set; }
    public string? Summary { get; set; }
    public string? Date { get; set; }
}

internal sealed class DeadlineEntry : FactEntry
{
    public string? Label { get; set; }
    public string? Due { get; set; }
    public string? Kind { get; set; }
    public string? Party { get; set; }
    public string? Issue { get; set; }
}

internal sealed class EventEntry : FactEntry
{
    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? On { get; set; }
    public int? Round { get; set; }
    public string? Party { get; set; }
    public string? Person { get; set; }
}
