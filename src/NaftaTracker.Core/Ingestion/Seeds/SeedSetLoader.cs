using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion.Input;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NaftaTracker.Ingestion.Seeds;

/// <summary>Reads seeds/manifest.yaml, the article files it names and seeds/curation.yaml, and checks every
/// curated span is verbatim in its article. Any fault throws <see cref="SeedDataException"/> naming file and entry.</summary>
public static class SeedSetLoader
{
    public const string ManifestName = "manifest.yaml";
    public const string CurationName = "curation.yaml";

    public static SeedSet Load(string folder)
    {
        var manifest = ReadYaml<ManifestFile>(Path.Combine(folder, ManifestName));
        var curationPath = Path.Combine(folder, CurationName);
        var curation = File.Exists(curationPath) ? ReadYaml<CurationFile>(curationPath) : new CurationFile();

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = manifest.Articles.Select((entry, i) => ReadArticle(folder, entry, i, texts)).ToList();
        var facts = new CurationReader(CurationName, texts).Read(curation);

        var articles = sources.Select(s => new SeedArticle(s, facts.GetValueOrDefault(s.SourceFile!, CuratedFacts.None))).ToList();
        var people = curation.People.Select((p, i) => CurationReader.ReadPerson(CurationName, p, i)).ToList();
        return new SeedSet(articles, people);
    }

    private static ArticleSource ReadArticle(string folder, ManifestEntry e, int index, Dictionary<string, string> texts)
    {
        var entry = $"articles[{index}]" + (e.File is null ? "" : $" ({e.File})");
        Fail.IfBlank(ManifestName, entry, "file", e.File);
        var path = Path.Combine(folder, e.File!);
        if (!File.Exists(path)) throw new SeedDataException(ManifestName, entry, $"file '{e.File}' not found in {folder}");
        if (texts.ContainsKey(e.File!)) throw new SeedDataException(ManifestName, entry, $"file '{e.File}' is listed twice");

        // Decoded as the CLI decodes any article file: UTF-8/16 with or without BOM, Windows-1252, HTML stripped to text.
        var read = ArticleFileReader.Read(path);
        if (read.IsRejected)
            throw new SeedDataException(e.File!, "text", read.Rejection!.StartsWith("is empty", StringComparison.Ordinal) ? "the article is empty" : $"the article {read.Rejection}");
        var text = read.Article!.Text;
        texts[e.File!] = text;

        if (!DateOnly.TryParseExact(e.Published, "yyyy-MM-dd", out var published))
            throw new SeedDataException(ManifestName, entry, $"published: '{e.Published}' is not a date of the form YYYY-MM-DD");
        var knowledge = Fail.ParseEnum<DateKnowledge>(ManifestName, entry, "dateKnowledge", e.DateKnowledge ?? "stated");
        Fail.IfBlank(ManifestName, entry, "dateEvidence", e.DateEvidence);
        if (e.DateQuote is not null && !text.Contains(e.DateQuote, StringComparison.Ordinal))
            throw new SeedDataException(ManifestName, entry, $"dateQuote not found verbatim in {e.File}: \"{e.DateQuote}\"");

        var evidence = e.DateQuote is null ? e.DateEvidence!.Trim() : $"{e.DateEvidence!.Trim()} Evidence: “{e.DateQuote}”";
        var title = !string.IsNullOrWhiteSpace(e.Title) ? e.Title.Trim() : read.Article.Title ?? ArticleText.FirstLine(text);
        return new ArticleSource(text, title, published, knowledge, evidence, e.Outlet, e.Url, e.File) { Warnings = read.Article.Warnings };
    }

    private static T ReadYaml<T>(string path)
    {
        if (!File.Exists(path)) throw new SeedDataException(Path.GetFileName(path), "file", $"not found at {path}");
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(File.ReadAllText(path)) ?? Activator.CreateInstance<T>();
        }
        catch (YamlException ex)
        {
            throw new SeedDataException(Path.GetFileName(path), $"line {ex.Start.Line}, column {ex.Start.Column}", ex.InnerException?.Message ?? ex.Message);
        }
    }
}
