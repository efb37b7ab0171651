using System.CommandLine;
using System.Globalization;
using NaftaTracker.Extraction;

namespace NaftaTracker.Cli;

/// <summary>The command line: <c>extract</c> and <c>ingest</c> (docs/cli.md). Exit codes: 0 success, 1 some input was
/// rejected (or the store failed), 2 usage error.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Rejected = 1;
    public const int Usage = 2;

    /// <summary>Runs the CLI in-process with the given writers, as the tests do.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default) =>
        RunAsync(args, stdout, stderr, new ArticleExtractor(), ct);

    /// <summary>As <see cref="RunAsync(string[], TextWriter, TextWriter, CancellationToken)"/> with a given extractor.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, IArticleExtractor extractor, CancellationToken ct = default)
    {
        var root = BuildCommands(stdout, stderr, extractor);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"error: {error.Message}");
            var command = parse.CommandResult.Command;
            stderr.WriteLine(command == root ? "Run with --help for usage." : $"Run '{command.Name} --help' for usage.");
            return Usage;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, ct);
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("error: cancelled");
            return Rejected;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            if (parse.GetValue(Verbose)) stderr.WriteLine(ex);
            else stderr.WriteLine("(run with --verbose for details)");
            return Rejected;
        }
    }

    internal static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Show more: decoding details, the store's location, stack traces of unexpected errors.",
        Recursive = true,
    };

    private static RootCommand BuildCommands(TextWriter stdout, TextWriter stderr, IArticleExtractor extractor)
    {
        var root = new RootCommand("NaftaTracker: extract facts from NAFTA news articles and add articles to the tracker's store.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr, extractor));
        root.Subcommands.Add(IngestCommand.Create(stdout, stderr, extractor));
        return root;
    }

    /// <summary>A --published option whose value must be a calendar date YYYY-MM-DD.</summary>
    internal static Option<string> PublishedOption(string description)
    {
        var option = new Option<string>("--published") { Description = description, HelpName = "YYYY-MM-DD" };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !TryParseDate(value, out _))
                result.AddError($"--published: '{value}' is not a date of the form YYYY-MM-DD (for example 2018-09-11).");
        });
        return option;
    }

    internal static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
