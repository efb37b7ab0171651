using System.Globalization;
using System.Text;
using NaftaTracker.Domain;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Ingestion;

/// <summary>What a person typed or pasted into the add-article form. Every field is raw text, so nothing is lost when it is rejected.</summary>
public sealed record ArticleSubmission(string? Text, string? Published, string? Title = null, string? Outlet = null, string? Url = null);

/// <param name="Field">The form field at fault (Text, Published, Title, Outlet, Url).</param>
public sealed record SubmissionProblem(string Field, string Message);

/// <summary>Either the problems (nothing stored) or what ingestion did.</summary>
public sealed record SubmissionResult(IReadOnlyList<SubmissionProblem> Problems, IngestOutcome? Outcome)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Validates an article submitted by hand and ingests it through the same pipeline as the CLI.</summary>
public sealed class ArticleSubmissions(ArticleIngestor ingestor, TimeProvider clock)
{
    public const int MaxTitleLength = 300;
    public const int MaxOutletLength = 200;
    public const int MaxUrlLength = 2000;
    public static readonly DateOnly EarliestPublished = new(1990, 1, 1);

    public async Task<SubmissionResult> SubmitAsync(ArticleSubmission input, CancellationToken ct = default)
    {
        var problems = new List<SubmissionProblem>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var published = ValidatePublished(input.Published, today, problems);
        var text = ValidateText(input.Text, problems, out var htmlTitle);
        var title = Optional(input.Title, nameof(ArticleSubmission.Title), MaxTitleLength, problems);
        var outlet = Optional(input.Outlet, nameof(ArticleSubmission.Outlet), MaxOutletLength, problems);
        var url = ValidateUrl(input.Url, problems);
        if (problems.Count > 0 || text is null || published is null) return new SubmissionResult(problems, null);

        var source = new ArticleSource(text, title ?? htmlTitle ?? ArticleText.FirstLine(text), published.Value, DateKnowledge.Stated,
            $"given in the add-article form on {today:yyyy-MM-dd}", outlet, url);
        var outcome = await ingestor.IngestAsync(source, ct: ct);
        if (outcome.Status == IngestStatus.Rejected)
            return new SubmissionResult([new SubmissionProblem(nameof(ArticleSubmission.Text), $"The article was not stored: {outcome.Reason}.")], outcome);
        return new SubmissionResult([], outcome);
    }

    private static DateOnly? ValidatePublished(string? raw, DateOnly today, List<SubmissionProblem> problems)
    {
        const string field = nameof(ArticleSubmission.Published);
        if (string.IsNullOrWhiteSpace(raw))
        {
            problems.Add(new(field, "Enter the publication date: relative dates in the text (\"Tuesday\", \"next month\") are resolved against it."));
            return null;
        }
        if (!DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add(new(field, $"“{raw.Trim()}” is not a date. Use the form YYYY-MM-DD, for example 2018-09-14."));
            return null;
        }
        if (date < EarliestPublished || date > today)
        {
            problems.Add(new(field, $"The publication date must be between {EarliestPublished:yyyy-MM-dd} and today ({today:yyyy-MM-dd})."));
            return null;
        }
        return date;
    }

    private static string? ValidateText(string? raw, List<SubmissionProblem> problems, out string? htmlTitle)
    {
        const string field = nameof(ArticleSubmission.Text);
        htmlTitle = null;
        if (string.IsNullOrWhiteSpace(raw))
        {
            problems.Add(new(field, "Paste the article's text: it is empty."));
            return null;
        }
        // The same checks as a file given to the CLI: size limit, binary content, HTML pages stripped to text.
        var read = ArticleFileReader.Read(Encoding.UTF8.GetBytes(raw), "pasted text");
        if (read.IsRejected)
        {
            problems.Add(new(field, $"The text {read.Rejection}."));
            return null;
        }
        htmlTitle = read.Article!.Title;
        return read.Article.Text;
    }

    private static string? Optional(string? raw, string field, int maxLength, List<SubmissionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var value = raw.Trim();
        if (value.Length <= maxLength) return value;
        problems.Add(new(field, $"{field} is {value.Length} characters long; the limit is {maxLength}."));
        return null;
    }

    private static string? ValidateUrl(string? raw, List<SubmissionProblem> problems)
    {
        var value = Optional(raw, nameof(ArticleSubmission.Url), MaxUrlLength, problems);
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return uri.ToString();
        problems.Add(new(nameof(ArticleSubmission.Url), $"“{value}” is not a web address. Give the full link, starting with https://, or leave it blank."));
        return null;
    }
}
