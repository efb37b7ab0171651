using Microsoft.Data.Sqlite;

namespace NaftaTracker.Cli.Tests;

public sealed class StoreLocatorTests : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("naftatracker-locator-").FullName;
    public void Dispose() => Directory.Delete(_outside, recursive: true);

    private static string DataSource(string connection) => new SqliteConnectionStringBuilder(connection).DataSource;

    private static string RepoRoot() =>
        StoreLocator.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("NaftaTracker.sln not found");

    [Fact]
    public void Default_inside_the_repository_is_the_web_apps_database()
    {
        var root = RepoRoot();
        var fromSubfolder = Path.Combine(root, "tests");
        Assert.Equal(Path.Combine(root, "src", "NaftaTracker.Web", "data", "naftatracker.db"),
            DataSource(StoreLocator.Resolve(null, null, null, fromSubfolder)));
    }

    [Fact]
    public void Default_outside_the_repository_is_data_in_the_current_folder()
    {
        Assert.Equal(Path.Combine(_outside, "data", "naftatracker.db"), DataSource(StoreLocator.Resolve(null, null, null, _outside)));
    }

    [Fact]
    public void Environment_relative_data_source_resolves_like_the_web_app()
    {
        var root = RepoRoot();
        Assert.Equal(Path.Combine(root, "src", "NaftaTracker.Web", "other", "x.db"),
            DataSource(StoreLocator.Resolve(null, null, "Data Source=other/x.db", root)));
    }

    [Fact]
    public void Db_option_is_relative_to_the_current_folder_and_wins_over_the_environment()
    {
        Assert.Equal(Path.Combine(_outside, "mine.db"), DataSource(StoreLocator.Resolve(null, "mine.db", "Data Source=/elsewhere/x.db", _outside)));
    }

    [Fact]
    public void Connection_option_wins_over_everything()
    {
        var file = Path.Combine(_outside, "conn.db");
        Assert.Equal(file, DataSource(StoreLocator.Resolve($"Data Source={file}", "mine.db", "Data Source=/elsewhere/x.db", _outside)));
    }
}
