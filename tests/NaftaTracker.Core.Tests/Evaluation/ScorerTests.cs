using NaftaTracker.Domain;
using NaftaTracker.Evaluation;
using static NaftaTracker.Core.Tests.Evaluation.Predict;

namespace NaftaTracker.Core.Tests.Evaluation;

public class ScorerTests
{
    private const string Text =
        "“We will go,” said Alice Smith. “Never,” said someone. Bob Jones said that talks were slow. " +
        "“Oui,” said Cécile Roy. “Extra” and “Other words” appeared on Tuesday and Tuesday in November.";

    private static EvalArticle Article(IEnumerable<GoldQuote>? quotes = null, IEnumerable<GoldDate>? dates = null, IEnumerable<string>? issues = null) =>
        new("t/article", "synthetic", Text, new DateOnly(2018, 9, 11), null, [.. quotes ?? []], [.. dates ?? []], [.. issues ?? []]);

    private static readonly GoldQuote[] Gold =
    [
        new("We will go,", "Alice Smith", true),
        new("Never,", null, true),
        new("talks were slow", "Bob Jones", false),
        new("Oui,", "Cécile Roy", true),
    ];

    private static Scores Score(EvalArticle article, ExtractionResultBuilder result) => Scorer.ScoreArticle(article, result()).Score.Scores;
    private delegate NaftaTracker.Extraction.ExtractionResult ExtractionResultBuilder();

    [Fact]
    public void Perfect_extractor_scores_one()
    {
        var article = Article(Gold, [new GoldDate("November", PartialDate.Month(2018, 11))], ["dairy"]);
        var s = Scorer.Score(new GoldExtractor([article]), new EvalSet([article])).Overall;
        Assert.Equal(1.0, s.Quotes.F1);
        Assert.Equal(1.0, s.DirectQuotes.F1);
        Assert.Equal(1.0, s.IndirectQuotes.F1);
        Assert.Equal(1.0, s.Speakers.Value);
        Assert.Equal(1.0, s.DateValues.Value);
        Assert.Equal(1.0, s.DateTexts.F1);
        Assert.Equal(1.0, s.Issues.F1);
    }

    [Fact]
    public void Empty_extractor_has_zero_recall_and_lists_every_gold_item_as_missed()
    {
        var article = Article(Gold, [new GoldDate("November", PartialDate.Month(2018, 11))], ["dairy"]);
        var report = Scorer.Score(new EmptyExtractor(), new EvalSet([article]));
        var s = report.Overall;
        Assert.Equal(0.0, s.Quotes.Recall);
        Assert.Equal(0.0, s.Quotes.F1);
        Assert.Equal(0.0, s.DateValues.Value);
        Assert.Equal(0.0, s.Issues.Recall);
        Assert.Null(s.Speakers.Value); // nothing matched, nothing to judge
        Assert.Equal(4, report.Misses.Count(m => m.Kind == MissKind.MissedQuote));
    }

    [Fact]
    public void Extractor_that_throws_is_scored_as_empty_and_reported()
    {
        var article = Article(Gold);
        var report = Scorer.Score(new ThrowingExtractor(), new EvalSet([article]));
        Assert.NotNull(report.Articles.Single().Error);
        Assert.Equal(0.0, report.Overall.Quotes.Recall);
        Assert.Contains(report.Misses, m => m.Kind == MissKind.ExtractorError);
    }

    [Fact]
    public void Known_mix_gives_hand_computed_scores()
    {
        // Gold: 3 direct (one with a null speaker) + 1 indirect. Predicted: A (speaker spacing/case differs), C with a wrong speaker,
        // D without diacritics, and two spurious direct quotes. B is missed.
        var s = Score(Article(Gold), () => Result(
        [
            Quote(Text, "We will go,", "alice  SMITH"),
            Quote(Text, "talks were slow", "Bob", direct: false),
            Quote(Text, "Oui", "Cecile Roy"),
            Quote(Text, "Extra", null),
            Quote(Text, "Other words", "Alice Smith"),
        ]));
        Assert.Equal(new Prf(3, 5, 4), s.Quotes);
        Assert.Equal(0.6, s.Quotes.Precision, 10);
        Assert.Equal(0.75, s.Quotes.Recall, 10);
        Assert.Equal(2.0 / 3, s.Quotes.F1, 10);
        Assert.Equal(new Prf(2, 4, 3), s.DirectQuotes);
        Assert.Equal(4.0 / 7, s.DirectQuotes.F1, 10);
        Assert.Equal(new Prf(1, 1, 1), s.IndirectQuotes);
        Assert.Equal(new Accuracy(2, 3), s.Speakers);
    }

    [Theory]
    [InlineData("  “Hello, world,” ", "Hello, world")]
    [InlineData("we will go.", "we will go")]
    [InlineData("wait…", "wait")]
    [InlineData("really?!»", "really")]
    [InlineData(" m-i-l-k", "m-i-l-k")]
    [InlineData("two\n  lines", "two lines")]
    [InlineData("inner ‘marks’ stay", "inner ‘marks’ stay")]
    public void Quote_key_trims_whitespace_marks_and_trailing_punctuation(string raw, string key) =>
        Assert.Equal(key, TextNormalizer.QuoteKey(raw));

    [Fact]
    public void Trimming_applies_to_both_sides_of_the_match()
    {
        var s = Score(Article([new GoldQuote("We will go,", "Alice Smith", true)]), () => Result([Quote(Text, "We will go", "Alice Smith")]));
        Assert.Equal(new Prf(1, 1, 1), s.Quotes);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var twice = Score(Article([new GoldQuote("Never,", null, true)]), () => Result([Quote(Text, "Never", null), Quote(Text, "Never,", null)]));
        Assert.Equal(new Prf(1, 2, 1), twice.Quotes);
        var once = Score(Article([new GoldQuote("Never,", null, true), new GoldQuote("Never,", null, true)]), () => Result([Quote(Text, "Never", null)]));
        Assert.Equal(new Prf(1, 1, 2), once.Quotes);
        Assert.Equal(0.5, once.Quotes.Recall);
    }

    [Fact]
    public void Speaker_accuracy_excludes_gold_null_speakers()
    {
        var s = Score(Article([new GoldQuote("Never,", null, true), new GoldQuote("We will go,", "Alice Smith", true)]),
            () => Result([Quote(Text, "Never,", "Somebody"), Quote(Text, "We will go,", "Alice Smith")]));
        Assert.Equal(new Accuracy(1, 1), s.Speakers);
    }

    [Theory]
    [InlineData("Cecilia Malmström", "Cecilia Malmstrom", true)]
    [InlineData("Jesús Seade", "JESUS  SEADE", true)]
    [InlineData("  Luis Videgaray ", "Luis Videgaray", true)]
    [InlineData("Luis Videgaray", "Videgaray", false)]
    [InlineData(null, "", true)]
    public void Speakers_compare_case_space_and_diacritics_insensitively(string? gold, string predicted, bool same) =>
        Assert.Equal(same, Scorer.SameSpeaker(gold, predicted));

    [Fact]
    public void Wrong_speaker_is_listed_as_a_miss()
    {
        var (_, misses) = Scorer.ScoreArticle(Article([Gold[0]]), Result([Quote(Text, "We will go,", "Bob Jones")]));
        var miss = Assert.Single(misses);
        Assert.Equal(MissKind.WrongSpeaker, miss.Kind);
        Assert.Equal("Bob Jones", miss.Actual);
    }

    [Fact]
    public void Dates_match_on_text_then_judge_value_and_precision()
    {
        var gold = new[]
        {
            new GoldDate("Tuesday", PartialDate.Day(2018, 9, 11)),
            new GoldDate("Tuesday", PartialDate.Day(2018, 9, 4)),
            new GoldDate("November", PartialDate.Month(2018, 11)),
        };
        // The single "Tuesday" prediction pairs with the gold it agrees with; "november" matches case-insensitively
        // but at day precision, so its value is wrong.
        var s = Score(Article(dates: gold), () => Result(dates:
        [
            Date(Text, "Tuesday", PartialDate.Day(2018, 9, 4)),
            new("november", 0, 8, PartialDate.Day(2018, 11, 1)),
            Date(Text, "Extra", PartialDate.Year(2018)),
        ]));
        Assert.Equal(new Prf(2, 3, 3), s.DateTexts);
        Assert.Equal(new Accuracy(1, 3), s.DateValues);
    }

    [Fact]
    public void Issues_are_scored_as_sets_per_article()
    {
        var s = Score(Article(issues: ["dairy", "culture"]), () => Result(issues: ["dairy", "isds", "dairy"]));
        Assert.Equal(new Prf(1, 2, 2), s.Issues);
    }

    [Fact]
    public void Wrong_offsets_are_flagged()
    {
        var (_, misses) = Scorer.ScoreArticle(Article(), Result([new NaftaTracker.Extraction.ExtractedQuote("We will go", 0, 3, null, null, true, null, [])]));
        Assert.Contains(misses, m => m.Kind == MissKind.BadOffset);
    }

    [Fact]
    public void Groups_are_micro_averaged_and_followed_by_all()
    {
        var a = Article(Gold);
        var b = a with { Name = "s/b", Group = "seed" };
        var report = Scorer.Score(new EmptyExtractor(), new EvalSet([a, b]));
        Assert.Equal(["seed", "synthetic", "all"], report.Groups.Select(g => g.Group));
        Assert.Equal(8, report.Groups[^1].Scores.Quotes.Gold);
    }
}
