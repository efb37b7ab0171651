namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Seed data that cannot be loaded, naming the file, the entry and the field at fault.</summary>
public sealed class SeedDataException(string file, string entry, string message)
    : Exception($"{file}: {entry}: {message}")
{
    public string File { get; } = file;
    public string Entry { get; } = entry;
}
