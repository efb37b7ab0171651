using Microsoft.Data.Sqlite;
using NaftaTracker.Store;

namespace NaftaTracker.Cli;

/// <summary>Which database the CLI opens, so that `ingest` adds articles to the store the dashboard shows.</summary>
public static class StoreLocator
{
    public const string SolutionFile = "NaftaTracker.sln";
    public static readonly string WebProjectFolder = Path.Combine("src", "NaftaTracker.Web");

    /// <summary>First match wins: <c>--connection</c>, then <c>--db FILE</c> (both relative to the current directory),
    /// then the <c>ConnectionStrings__Tracker</c> environment variable (a relative Data Source is resolved against the web
    /// project's folder, as the web app resolves it), then the web app's default database
    /// <c>src/NaftaTracker.Web/data/naftatracker.db</c> in the repository holding the current directory, else
    /// <c>./data/naftatracker.db</c>.</summary>
    public static string Resolve(string? connection, string? dbFile, string? environment, string currentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(connection)) return StoreConnection.Resolve(connection, currentDirectory);
        if (!string.IsNullOrWhiteSpace(dbFile))
            return StoreConnection.Resolve(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(dbFile, currentDirectory) }.ToString(), currentDirectory);
        var webRoot = FindRepositoryRoot(currentDirectory) is { } root ? Path.Combine(root, WebProjectFolder) : currentDirectory;
        return StoreConnection.Resolve(string.IsNullOrWhiteSpace(environment) ? null : environment, webRoot);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding NaftaTracker.sln, or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }
}
