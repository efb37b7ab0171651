using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

/// <summary>Invariants over arbitrary and article-like text, checked with FsCheck.</summary>
public class ExtractorPropertyTests
{
    private static readonly string[] Fragments =
    [
        "“", "”", "\"", "„", "“", "«", "»", "‘", "’", "\n", "\n\n", " ", ". ", ", ", "said", "he said.", "she said,", "Freeland",
        "Trump said: ", "Lighthizer said that the talks", "U.S. Trade Representative Robert Lighthizer", "Click to play video: 'x'",
        "READ MORE: “quoted”", "poll image", "Total Results: 0", "Photo: AFP/X", "Oct. 1", "Tuesday", "in May", "1994",
        "the fifth round of talks", "dairy", "Chapter 19", "threatened to leave", "by Dec. 1", "the president said", "@realDonaldTrump: ",
        "We are close to a deal", "a spokeswoman for Lighthizer said", "Mexico’s foreign ministry said", "end of the year",
        "\u0001", "\r\n", "é", "😀", "-", "—", "(", ")",
    ];

    private static Arbitrary<string> ArticleLike() =>
        Gen.ListOf(Gen.OneOf(Gen.Elements(Fragments), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static Arbitrary<string> AnyString() => ArbMap.Default.ArbFor<string>();

    [Fact]
    public void Never_throws_on_arbitrary_strings() =>
        Prop.ForAll(AnyString(), s => { ArticleExtractor.ExtractCore(s ?? "", new DateOnly(2018, 9, 11)); return true; })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Never_throws_on_article_like_strings() =>
        Prop.ForAll(ArticleLike(), s => { ArticleExtractor.ExtractCore(s, new DateOnly(2017, 10, 11)); return true; })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void A_date_running_across_a_line_break_past_its_sentence_is_kept()
    {
        // found by Never_throws_on_article_like_strings: "May\n1994" ends after the sentence that holds "May"
        const string text = "\u0006Lighthizer said that the talksdhe said.1w by Dec. 1>$p_*GMREAD MORE: “quoted”Oct. 1he said.We are close to a deal \n\u0001Lin May\n1994";
        var r = ArticleExtractor.ExtractCore(text, new DateOnly(2017, 10, 11));
        Assert.Contains(r.Dates, d => d.Text == "May\n1994" && d.Value == NaftaTracker.Domain.PartialDate.Month(1994, 5));
    }

    [Fact]
    public void Spans_index_the_input_exactly() =>
        Prop.ForAll(ArticleLike(), text =>
        {
            var r = ArticleExtractor.ExtractCore(text, new DateOnly(2018, 9, 7));
            return r.Quotes.All(q => q.Start >= 0 && q.End <= text.Length && q.Start < q.End && q.Text == text[q.Start..q.End]
                                     && !char.IsWhiteSpace(q.Text[0]) && !char.IsWhiteSpace(q.Text[^1]))
                   && r.Dates.All(d => d.Start >= 0 && d.End <= text.Length && d.Text == text[d.Start..d.End])
                   && r.Issues.All(i => i.Spans.All(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End))
                   && r.Deadlines.All(d => d.Evidence.Start >= 0 && d.Evidence.End <= text.Length)
                   && r.Events.All(e => e.Evidence.Start >= 0 && e.Evidence.End <= text.Length);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void No_quote_overlaps_furniture() =>
        Prop.ForAll(ArticleLike(), text =>
        {
            var r = ArticleExtractor.ExtractCore(text, new DateOnly(2018, 9, 7));
            return r.Quotes.All(q => !r.Furniture.Any(f => q.Start < f.End && f.Start < q.End));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Public_extractor_handles_null_like_and_binary_input()
    {
        var extractor = new ArticleExtractor();
        Assert.Empty(extractor.Extract("", new DateOnly(2018, 1, 1)).Quotes);
        var binary = new string(Enumerable.Range(0, 5000).Select(i => (char)(i * 7919 % 65536)).ToArray());
        extractor.Extract(binary, new DateOnly(2018, 1, 1));
        extractor.Extract(new string('“', 10000), new DateOnly(2018, 1, 1));
        extractor.Extract(string.Concat(Enumerable.Repeat("said that he said \"", 2000)), new DateOnly(2018, 1, 1));
    }

    [Fact]
    public void Is_thread_safe_and_deterministic()
    {
        var extractor = new ArticleExtractor();
        var text = SeedArticles.Read("001");
        var expected = extractor.Extract(text, new DateOnly(2018, 9, 11)).Quotes.Select(q => (q.Text, q.Speaker)).ToList();
        Parallel.For(0, 40, _ =>
            Assert.Equal(expected, extractor.Extract(text, new DateOnly(2018, 9, 11)).Quotes.Select(q => (q.Text, q.Speaker)).ToList()));
    }

    [Fact]
    public void One_huge_article_is_linear_enough()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(SeedArticles.Read("004"), 300));
        var watch = Stopwatch.StartNew();
        var r = ArticleExtractor.ExtractCore(text, new DateOnly(2017, 11, 21));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
        Assert.True(r.Quotes.Count >= 300);
    }
}
