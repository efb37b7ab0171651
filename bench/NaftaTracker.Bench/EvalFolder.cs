namespace NaftaTracker.Bench;

internal static class EvalFolder
{
    /// <summary>The first argument that is not an option (nor an option's value), else tests/eval found from the working directory upwards.</summary>
    public static string Resolve(string[] args, params string[] optionsWithValue)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (optionsWithValue.Contains(args[i])) { i++; continue; }
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) return args[i];
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "eval");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine("tests", "eval");
    }
}
