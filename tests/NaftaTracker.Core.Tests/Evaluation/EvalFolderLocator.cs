namespace NaftaTracker.Core.Tests.Evaluation;

internal static class EvalFolderLocator
{
    /// <summary>tests/eval, found upwards from the test binaries.</summary>
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "eval");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/eval not found above " + AppContext.BaseDirectory);
    }
}
