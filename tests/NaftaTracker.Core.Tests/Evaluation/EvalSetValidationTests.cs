using NaftaTracker.Evaluation;

namespace NaftaTracker.Core.Tests.Evaluation;

/// <summary>The annotated evaluation set is well-formed: texts verbatim, values parse at their precision, speakers non-blank.</summary>
public class EvalSetValidationTests
{
    private static readonly EvalSet Set = EvalSet.Load(EvalFolderLocator.Find());

    [Fact]
    public void Every_annotation_is_valid()
    {
        Assert.True(Set.Problems.Count == 0, "Annotation problems:\n" + string.Join("\n", Set.Problems));
    }

    [Fact]
    public void Set_holds_the_seeds_and_at_least_twelve_synthetic_articles()
    {
        Assert.Equal(5, Set.Articles.Count(a => a.Group == "seed"));
        Assert.True(Set.Articles.Count(a => a.Group == "synthetic") >= 12);
    }

    [Fact]
    public void Every_article_has_a_txt_and_every_txt_an_annotation()
    {
        var root = EvalFolderLocator.Find();
        var orphans = Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Where(t => !File.Exists(Path.ChangeExtension(t, ".json"))).ToList();
        Assert.True(orphans.Count == 0, "Articles without annotation: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Repeated_texts_occur_at_least_as_often_as_annotated()
    {
        var problems = new List<string>();
        foreach (var a in Set.Articles)
        {
            foreach (var g in a.Quotes.GroupBy(q => q.Text).Where(g => Occurrences(a.Text, g.Key) < g.Count()))
                problems.Add($"{a.Name}: quote \"{g.Key}\" annotated {g.Count()}x, occurs {Occurrences(a.Text, g.Key)}x");
            foreach (var g in a.Dates.GroupBy(d => d.Text).Where(g => Occurrences(a.Text, g.Key) < g.Count()))
                problems.Add($"{a.Name}: date \"{g.Key}\" annotated {g.Count()}x, occurs {Occurrences(a.Text, g.Key)}x");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Gold_extractor_scores_perfectly_on_the_real_set()
    {
        var s = Scorer.Score(new GoldExtractor(Set.Articles), Set).Overall;
        Assert.Equal(1.0, s.Quotes.F1);
        Assert.Equal(1.0, s.Speakers.Value);
        Assert.Equal(1.0, s.DateValues.Value);
        Assert.Equal(1.0, s.Issues.F1);
    }

    private static int Occurrences(string text, string part)
    {
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
