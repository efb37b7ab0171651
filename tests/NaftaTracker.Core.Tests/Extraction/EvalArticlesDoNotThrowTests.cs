using NaftaTracker.Core.Tests.Evaluation;
using NaftaTracker.Evaluation;
using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

/// <summary><see cref="ArticleExtractor.Extract"/> swallows exceptions, so a bug would only show as an empty result:
/// run the unguarded pipeline over the tuning articles (seeds and synthetic; never the held-out split).</summary>
public class EvalArticlesDoNotThrowTests
{
    public static TheoryData<string> Groups => new() { "seeds", "synthetic" };

    [Theory]
    [MemberData(nameof(Groups))]
    public void ExtractCore_does_not_throw_and_finds_quotes(string group)
    {
        var set = EvalSet.Load(Path.Combine(EvalFolderLocator.Find(), group));
        Assert.NotEmpty(set.Articles);
        foreach (var article in set.Articles)
        {
            var result = ArticleExtractor.ExtractCore(article.Text, article.Published);
            if (article.Quotes.Count > 0) Assert.True(result.Quotes.Count > 0, article.Name + " gave no quotes");
            foreach (var q in result.Quotes) Assert.Equal(q.Text, article.Text[q.Start..q.End]);
        }
    }
}
