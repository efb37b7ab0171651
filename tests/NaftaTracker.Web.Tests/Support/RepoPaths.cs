namespace NaftaTracker.Web.Tests.Support;

/// <summary>Folders of the repository, found by walking up to NaftaTracker.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NaftaTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException($"NaftaTracker.sln not found above {AppContext.BaseDirectory}");
    }
}
