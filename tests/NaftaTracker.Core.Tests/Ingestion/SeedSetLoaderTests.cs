using NaftaTracker.Core.Tests.Support;
using NaftaTracker.Domain;
using NaftaTracker.Ingestion.Seeds;

namespace NaftaTracker.Core.Tests.Ingestion;

public class SeedSetLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nt-seeds-").FullName;

    [Fact]
    public void Loads_the_repository_seeds_with_inferred_dates_and_verbatim_evidence()
    {
        var seeds = SeedSetLoader.Load(RepoPaths.Seeds);

        Assert.Equal(5, seeds.Articles.Count);
        var a002 = seeds.Articles.Single(a => a.Source.SourceFile == "002_f98dcb380e670b6a.txt");
        Assert.Equal(new DateOnly(2018, 9, 7), a002.Source.Published);
        Assert.Equal(DateKnowledge.Inferred, a002.Source.DateKnowledge);
        Assert.Contains("Sep 6, 2018", a002.Source.DateEvidence);
        Assert.Contains(a002.Facts.Deadlines, d => d.Due == PartialDate.Day(2018, 10, 1));

        foreach (var article in seeds.Articles)
        foreach (var span in article.Facts.Positions.Select(p => p.Evidence)
                     .Concat(article.Facts.Deadlines.Select(d => d.Evidence))
                     .Concat(article.Facts.Events.Select(e => e.Evidence)))
            Assert.Equal(span.Text, article.Source.Text[span.Start..span.End]);
    }

    [Fact]
    public void A_curated_span_not_in_its_article_fails_naming_the_file_and_the_entry()
    {
        WriteSeeds(curation: """
            positions:
              - article: a.txt
                issue: dairy
                party: CA
                stance: defends
                summary: Defends supply management
                evidence: "Canada will defend supply management"
              - article: a.txt
                issue: dairy
                party: US
                stance: demands
                summary: Wants access
                evidence: "words that are not in the article"
            """);

        var ex = Assert.Throws<SeedDataException>(() => SeedSetLoader.Load(_folder));

        Assert.Equal("curation.yaml", ex.File);
        Assert.Equal("positions[1]", ex.Entry);
        Assert.Contains("evidence not found verbatim in a.txt", ex.Message);
        Assert.Contains("words that are not in the article", ex.Message);
    }

    [Theory]
    [InlineData("issue: butter", "issue: 'butter' is not in the taxonomy")]
    [InlineData("party: XX", "party: 'XX' is not one of US, CA, MX, EU")]
    [InlineData("stance: maybe", "stance: 'maybe' is not one of")]
    public void A_bad_field_is_named(string badLine, string expected)
    {
        var entry = new Dictionary<string, string>
        {
            ["issue"] = "issue: dairy", ["party"] = "party: CA", ["stance"] = "stance: defends",
        };
        entry[badLine.Split(':')[0]] = badLine;
        WriteSeeds(curation: $"""
            positions:
              - article: a.txt
                {entry["issue"]}
                {entry["party"]}
                {entry["stance"]}
                summary: s
                evidence: "Canada will defend supply management"
            """);

        var ex = Assert.Throws<SeedDataException>(() => SeedSetLoader.Load(_folder));

        Assert.Equal("positions[0]", ex.Entry);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void A_malformed_publication_date_is_named()
    {
        WriteSeeds(published: "Sept 7");
        var ex = Assert.Throws<SeedDataException>(() => SeedSetLoader.Load(_folder));
        Assert.Equal("manifest.yaml", ex.File);
        Assert.Contains("published: 'Sept 7' is not a date", ex.Message);
    }

    [Fact]
    public void Broken_yaml_names_the_line()
    {
        WriteSeeds(curation: "positions:\n  - article: a.txt\n   bad indent: [\n");
        var ex = Assert.Throws<SeedDataException>(() => SeedSetLoader.Load(_folder));
        Assert.StartsWith("line ", ex.Entry);
    }

    private void WriteSeeds(string curation = "", string published = "2018-09-10")
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Ottawa said on Monday that Canada will defend supply management.\n");
        File.WriteAllText(Path.Combine(_folder, "manifest.yaml"), $"""
            articles:
              - file: a.txt
                title: A test article
                published: {published}
                dateKnowledge: stated
                dateEvidence: given
            """);
        File.WriteAllText(Path.Combine(_folder, "curation.yaml"), curation);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
