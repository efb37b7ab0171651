namespace NaftaTracker.Tests.Extraction;

/// <summary>The real articles under seeds/, found by walking up to the folder that holds NaftaTracker.sln.</summary>
internal static class SeedArticles
{
    public static readonly (string Prefix, DateOnly Published)[] All =
    [
        ("000", new DateOnly(2018, 9, 11)), ("001", new DateOnly(2018, 9, 11)), ("002", new DateOnly(2018, 9, 7)),
        ("003", new DateOnly(2017, 10, 11)), ("004", new DateOnly(2017, 11, 21)),
    ];

    public static string Read(string prefix)
    {
        var seeds = Path.Combine(RepositoryRoot(), "seeds");
        return File.ReadAllText(Directory.GetFiles(seeds, prefix + "_*.txt").Single());
    }

    public static DateOnly PublishedOn(string prefix) => All.Single(a => a.Prefix == prefix).Published;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NaftaTracker.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("NaftaTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
