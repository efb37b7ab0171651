namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Field checks that throw <see cref="SeedDataException"/> naming where the bad value sits.</summary>
internal static class Fail
{
    public static void IfBlank(string file, string entry, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new SeedDataException(file, entry, $"{field} is missing");
    }

    public static T ParseEnum<T>(string file, string entry, string field, string? value) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new SeedDataException(file, entry, $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()}");
}
