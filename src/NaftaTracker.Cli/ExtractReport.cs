using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Cli;

// The JSON shape of `extract` (docs/cli.md). Offsets are character (UTF-16 code unit) offsets into the decoded,
// normalised article text — the same text the store keeps — and every span is half-open: text[start..end].

public sealed record SpanJson(int Start, int End, string Text);
public sealed record RangeJson(int Start, int End);
public sealed record QuoteJson(string Text, string? Speaker, string? SpeakerKind, bool Direct, int Start, int End, string? SaidOn, IReadOnlyList<string> Issues);
public sealed record DateJson(string Text, string Value, string Precision, int Start, int End);
public sealed record PersonJson(string Name, IReadOnlyList<string> Aliases, string? Role, string? Party, string Kind);
public sealed record IssueJson(string Key, IReadOnlyList<RangeJson> Spans);
public sealed record DeadlineJson(string Label, string Due, string Precision, string Kind, SpanJson Evidence, IReadOnlyList<string> Issues);
public sealed record EventJson(string Kind, string Title, string? On, string? Precision, int? Round, SpanJson Evidence, IReadOnlyList<string> Issues);

public sealed record ExtractJson(
    string File,
    string Published,
    string Title,
    string Encoding,
    bool Html,
    int Length,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<DateJson> Dates,
    IReadOnlyList<PersonJson> People,
    IReadOnlyList<IssueJson> Issues,
    IReadOnlyList<DeadlineJson> Deadlines,
    IReadOnlyList<EventJson> Events,
    IReadOnlyList<SpanJson> Furniture,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text);

public static class ExtractReport
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // stdout JSON, not HTML: keep “curly quotes”, accents and apostrophes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ExtractJson Build(ArticleFile article, DateOnly published, ExtractionResult r, bool includeText)
    {
        var text = article.Text;
        SpanJson Span(TextSpan s) => new(s.Start, s.End, Slice(text, s.Start, s.End));
        return new ExtractJson(
            article.Name,
            published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            article.Title ?? NaftaTracker.Ingestion.ArticleText.FirstLine(text),
            article.Encoding,
            article.FromHtml,
            text.Length,
            article.Warnings,
            r.Quotes.Select(q => new QuoteJson(q.Text, q.Speaker, Lower(q.SpeakerKind), q.Direct, q.Start, q.End, q.SaidOn?.ToIso(), q.Issues)).ToList(),
            r.Dates.Select(d => new DateJson(d.Text, d.Value.ToIso(), Lower(d.Value.Precision)!, d.Start, d.End)).ToList(),
            r.People.Select(p => new PersonJson(p.Name, p.Aliases, p.Role, p.Party, Lower(p.Kind)!)).ToList(),
            r.Issues.Select(i => new IssueJson(i.Key, i.Spans.Select(s => new RangeJson(s.Start, s.End)).ToList())).ToList(),
            r.Deadlines.Select(d => new DeadlineJson(d.Label, d.Due.ToIso(), Lower(d.Due.Precision)!, Lower(d.Kind)!, Span(d.Evidence), d.Issues)).ToList(),
            r.Events.Select(e => new EventJson(Lower(e.Kind)!, e.Title, e.On?.ToIso(), Lower(e.On?.Precision), e.RoundNumber, Span(e.Evidence), e.Issues)).ToList(),
            r.Furniture.Select(Span).ToList(),
            includeText ? text : null);
    }

    public static string ToJson(ExtractJson report) => JsonSerializer.Serialize(report, JsonOptions) + "\n";

    public static string ToText(ExtractJson r)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(r.Title);
        sb.AppendLine(inv, $"{r.File}: published {r.Published}, {r.Encoding}{(r.Html ? ", HTML stripped to text" : "")}, {r.Length:N0} characters");
        foreach (var w in r.Warnings) sb.AppendLine(inv, $"warning: {w}");

        Section(sb, "Quotes", r.Quotes, q =>
            $"[{q.Start}–{q.End}] {q.Speaker ?? "(unattributed)"}{(q.Direct ? "" : " (reported)")}: “{q.Text}”{Tags(q.Issues)}");
        Section(sb, "Dates", r.Dates, d => $"[{d.Start}–{d.End}] \"{d.Text}\" → {d.Value} ({d.Precision})");
        Section(sb, "People", r.People, p =>
            p.Name + (p.Role is null ? "" : $", {p.Role}") + (p.Party is null ? "" : $" ({p.Party})")
            + (p.Aliases.Count == 0 ? "" : $"; also {string.Join(", ", p.Aliases)}"));
        Section(sb, "Issues", r.Issues, i => $"{i.Key}: {i.Spans.Count} mention{(i.Spans.Count == 1 ? "" : "s")}");
        Section(sb, "Deadlines", r.Deadlines, d => $"{d.Due} ({d.Kind}) {d.Label}{Tags(d.Issues)}");
        Section(sb, "Events", r.Events, e =>
            $"{e.On ?? "undated"} {e.Kind}{(e.Round is int n ? $" (round {n})" : "")}: {e.Title}{Tags(e.Issues)}");
        Section(sb, "Furniture", r.Furniture, f => $"[{f.Start}–{f.End}] {Shorten(f.Text, 80)}");
        return sb.ToString();
    }

    private static void Section<T>(StringBuilder sb, string name, IReadOnlyList<T> items, Func<T, string> line)
    {
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{name} ({items.Count})");
        foreach (var item in items) sb.Append("  ").AppendLine(line(item));
    }

    private static string Tags(IReadOnlyList<string> issues) => issues.Count == 0 ? "" : $" [{string.Join(", ", issues)}]";

    private static string Shorten(string s, int max)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    private static string Slice(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? text[start..end] : "";

    private static string? Lower<TEnum>(TEnum? value) where TEnum : struct, Enum => value?.ToString().ToLowerInvariant();
    private static string? Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
