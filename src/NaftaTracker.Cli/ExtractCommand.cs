using System.CommandLine;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Cli;

/// <summary><c>extract FILE --published YYYY-MM-DD [--format json|text]</c>: the facts the pipeline finds in one article,
/// on stdout, without touching any store. Errors go to stderr; stdout gets the whole report or nothing.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IArticleExtractor extractor)
    {
        var file = new Argument<string>("FILE") { Description = "The article: plain text (UTF-8, UTF-16, Windows-1252) or an HTML page." };
        var published = CliApp.PublishedOption("The article's publication date; relative dates (\"Tuesday\", \"next month\") resolve against it. Required.");
        published.Required = true;
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var includeText = new Option<bool>("--include-text") { Description = "Add the decoded, normalised article text (which the offsets index) to the JSON." };

        var command = new Command("extract", "Print the facts extracted from one article (quotes, dates, people, issues, deadlines, events, furniture). Stores nothing.")
        {
            file, published, format, includeText,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            CliApp.TryParseDate(parse.GetValue(published), out var date);
            var verbose = parse.GetValue(CliApp.Verbose);

            var read = ArticleFileReader.Read(path);
            if (read.IsRejected)
            {
                stderr.WriteLine($"error: {path}: {read.Rejection}");
                return CliApp.Rejected;
            }
            var article = read.Article!;
            foreach (var warning in article.Warnings) stderr.WriteLine($"warning: {path}: {warning}");
            if (verbose)
                stderr.WriteLine($"  {path}: {article.Encoding}{(article.FromHtml ? ", HTML stripped to text" : "")}, {article.Text.Length:N0} characters");

            ExtractionResult result;
            try
            {
                result = extractor.Extract(article.Text, date);
            }
            catch (Exception ex)
            {
                stderr.WriteLine($"error: {path}: extraction failed: {ex.Message}");
                if (verbose) stderr.WriteLine(ex);
                return CliApp.Rejected;
            }

            var report = ExtractReport.Build(article, date, result, parse.GetValue(includeText));
            // Rendered in full before anything is written, so a failure never leaves half a document on stdout.
            var output = parse.GetValue(format) == "text" ? ExtractReport.ToText(report) : ExtractReport.ToJson(report);
            stdout.Write(output);
            stdout.Flush();
            return CliApp.Ok;
        });
        return command;
    }
}
