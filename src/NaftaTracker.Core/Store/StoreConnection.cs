using Microsoft.Data.Sqlite;

namespace NaftaTracker.Store;

/// <summary>Where the store lives: the connection string <c>ConnectionStrings:Tracker</c> (environment variable
/// <c>ConnectionStrings__Tracker</c>), shared by the web app and the CLI so both open the same database file.</summary>
public static class StoreConnection
{
    public const string Name = "Tracker";
    public const string EnvironmentVariable = "ConnectionStrings__Tracker";

    /// <summary>The default database, relative to the web project's folder (its content root).</summary>
    public const string DefaultConnectionString = "Data Source=data/naftatracker.db";

    /// <summary>The connection string with a relative Data Source resolved against <paramref name="baseDirectory"/>,
    /// and the database file's folder created. Null or blank means <see cref="DefaultConnectionString"/>.</summary>
    public static string Resolve(string? configured, string baseDirectory)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        var inMemory = csb.Mode == SqliteOpenMode.Memory || csb.DataSource == ":memory:";
        if (csb.DataSource is { Length: > 0 } source && !inMemory && !Path.IsPathRooted(source))
            csb.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, source));
        if (!inMemory && Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
        return csb.ToString();
    }

    /// <summary>The database file a connection string names, or null for an in-memory store.</summary>
    public static string? DataSourceOf(string connectionString)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        return csb.Mode == SqliteOpenMode.Memory || csb.DataSource is ":memory:" or "" ? null : csb.DataSource;
    }
}
