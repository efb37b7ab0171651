using System.Globalization;
using System.Text.Json;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;

namespace NaftaTracker.Evaluation;

/// <summary>Loads the evaluation folder: every <c>*.json</c> annotation with its sibling <c>*.txt</c> article, recursively.
/// The schema is documented in tests/eval/README.md.</summary>
public sealed class EvalSet
{
    public IReadOnlyList<EvalArticle> Articles { get; }

    /// <summary>Problems found while loading (unparseable values, unknown issue keys, texts not in the article...).</summary>
    public IReadOnlyList<string> Problems { get; }

    public EvalSet(IReadOnlyList<EvalArticle> articles, IReadOnlyList<string>? problems = null)
    {
        Articles = articles;
        Problems = problems ?? [];
    }

    public static EvalSet Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Evaluation folder not found: {folder}");
        var articles = new List<EvalArticle>();
        var problems = new List<string>();
        foreach (var json in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, json).Replace('\\', '/')[..^".json".Length];
            var txt = Path.ChangeExtension(json, ".txt");
            if (!File.Exists(txt)) { problems.Add($"{name}: no article {Path.GetFileName(txt)}"); continue; }
            var article = Parse(name, File.ReadAllText(txt), File.ReadAllText(json), problems);
            if (article is not null) articles.Add(article);
        }
        return new EvalSet(articles, problems);
    }

    /// <summary>Parses one annotation; adds a file-and-entry-named message to <paramref name="problems"/> for each defect.</summary>
    public static EvalArticle? Parse(string name, string text, string json, List<string> problems)
    {
        JsonElement root;
        try { root = JsonDocument.Parse(json).RootElement; }
        catch (JsonException e) { problems.Add($"{name}: invalid JSON: {e.Message}"); return null; }

        var publishedText = Str(root, "published");
        if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            problems.Add($"{name}: 'published' is not YYYY-MM-DD: {publishedText}");
            return null;
        }
        var source = Str(root, "source");
        var group = source is "seed" or "synthetic" or "heldout" or "heldout-2" or "heldout-3" ? source : name.Contains('/') ? name[..name.IndexOf('/')] : "other";

        var quotes = new List<GoldQuote>();
        var i = 0;
        foreach (var q in Array(root, "quotes"))
        {
            var entry = $"{name}: quotes[{i++}]";
            var qt = Str(q, "text");
            var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var direct = !q.TryGetProperty("direct", out var d) || d.ValueKind != JsonValueKind.False;
            if (string.IsNullOrWhiteSpace(qt)) { problems.Add($"{entry}: empty text"); continue; }
            if (!text.Contains(qt, StringComparison.Ordinal)) problems.Add($"{entry}: text not verbatim in article: \"{qt}\"");
            if (speaker is not null && string.IsNullOrWhiteSpace(speaker)) problems.Add($"{entry}: speaker is blank; use null");
            quotes.Add(new GoldQuote(qt, speaker, direct));
        }

        var dates = new List<GoldDate>();
        i = 0;
        foreach (var e in Array(root, "dates"))
        {
            var entry = $"{name}: dates[{i++}]";
            var dt = Str(e, "text");
            var value = Str(e, "value");
            var precision = Str(e, "precision");
            if (string.IsNullOrWhiteSpace(dt)) { problems.Add($"{entry}: empty text"); continue; }
            if (!text.Contains(dt, StringComparison.Ordinal)) problems.Add($"{entry}: text not verbatim in article: \"{dt}\"");
            if (!PartialDate.TryParseIso(value, out var pd)) { problems.Add($"{entry} \"{dt}\": value '{value}' is not YYYY-MM-DD, YYYY-MM or YYYY"); continue; }
            if (!string.Equals(precision, pd.Precision.ToString(), StringComparison.OrdinalIgnoreCase))
                problems.Add($"{entry} \"{dt}\": precision '{precision}' does not match value '{value}' ({pd.Precision})");
            dates.Add(new GoldDate(dt, pd));
        }

        var issues = new List<string>();
        foreach (var e in Array(root, "issues"))
        {
            var key = e.GetString() ?? "";
            if (IssueTaxonomy.Find(key) is null) problems.Add($"{name}: unknown issue key '{key}'");
            issues.Add(key);
        }

        return new EvalArticle(name, group, text, published, Str(root, "style"), quotes, dates, issues);
    }

    private static string? Str(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string property) =>
        e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}
