using NaftaTracker.Domain;
using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

/// <summary>What the five real seed articles must yield.</summary>
public class SeedArticleTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static (string Text, ExtractionResult Result) Run(string prefix)
    {
        var text = SeedArticles.Read(prefix);
        return (text, ArticleExtractor.ExtractCore(text, SeedArticles.PublishedOn(prefix)));
    }

    private static ExtractedQuote QuoteStarting(ExtractionResult r, string start) =>
        Assert.Single(r.Quotes, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Freeland_truism_quote_is_hers_and_includes_the_final_period()
    {
        var (_, r) = Run("001");
        var q = QuoteStarting(r, "It is a truism");
        Assert.Equal("It is a truism of trade negotiations that nothing is done until everything is done.", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
        Assert.True(q.Direct);
        Assert.Equal("Chrystia Freeland", QuoteStarting(r, "We had a very productive").Speaker);
    }

    [Fact]
    public void Trudeau_quote_keeps_the_comma_inside_the_marks()
    {
        var (_, r) = Run("000");
        var q = QuoteStarting(r, "We are better off");
        Assert.Equal("We are better off having no NAFTA than a bad deal for Canada,", q.Text);
        Assert.Equal("Justin Trudeau", q.Speaker);
        Assert.Contains("dairy", q.Issues);
    }

    [Fact]
    public void She_said_resolves_to_Freeland_and_the_office_to_USTR()
    {
        var (_, r) = Run("000");
        Assert.Equal("Chrystia Freeland", QuoteStarting(r, "At the end of the day, we’re neighbors").Speaker);
        var office = QuoteStarting(r, "An early harvest");
        Assert.Equal("An early harvest in the area of technical barriers to trade", office.Text);
        Assert.Equal("Office of the US Trade Representative", office.Speaker);
        Assert.Equal(SpeakerKind.Organisation, office.SpeakerKind);
    }

    [Fact]
    public void Trump_and_Kudlow_quotes_in_001()
    {
        var (_, r) = Run("001");
        Assert.Equal("Donald Trump", QuoteStarting(r, "is coming along very well").Speaker);
        Assert.Equal("is coming along very well and we’ve all been dealing in good faith.", QuoteStarting(r, "is coming along").Text);
        Assert.Equal("Donald Trump", QuoteStarting(r, "And with Canada they want").Speaker);
        var milk = QuoteStarting(r, "m-i-l-k");
        Assert.Equal("m-i-l-k", milk.Text);
        Assert.Equal("Larry Kudlow", milk.Speaker);
        Assert.Contains("dairy", milk.Issues);
    }

    [Fact]
    public void Lighthizer_paragraphs_in_004_are_his()
    {
        var (_, r) = Run("004");
        Assert.Equal("Robert Lighthizer", QuoteStarting(r, "I remain concerned").Speaker);
        Assert.Equal("Robert Lighthizer", QuoteStarting(r, "A rebalanced, updated NAFTA").Speaker);
        var indirect = Assert.Single(r.Quotes, q => !q.Direct && q.Text.StartsWith("there had been some progress"));
        Assert.Equal("there had been some progress on the administration’s goals but that there had been no change on the big issues", indirect.Text);
        Assert.Equal("Robert Lighthizer", indirect.Speaker);
        Assert.Equal("Chrystia Freeland", QuoteStarting(r, "Significant differences").Speaker);
    }

    [Fact]
    public void Garbled_marks_in_003_give_two_quotes_and_scare_quotes_are_dropped()
    {
        var (_, r) = Run("003");
        var first = QuoteStarting(r, "Without a doubt");
        var second = QuoteStarting(r, "And that’s what gives us strength");
        Assert.Equal("Without a doubt, there’s life after NAFTA", first.Text);
        Assert.Equal("And that’s what gives us strength in the (current) negotiations", second.Text);
        Assert.Equal(first.Speaker, second.Speaker);
        Assert.Equal("Donald Trump", QuoteStarting(r, "When North America wins").Speaker);
        Assert.Equal("Donald Trump", QuoteStarting(r, "I happen to think").Speaker);
        Assert.Equal("U.S. Chamber of Commerce", QuoteStarting(r, "poison pill proposals").Speaker);
        Assert.DoesNotContain(r.Quotes, q => q.Text is "sunset clause" or "Buy American" or "ready for anything");
    }

    [Fact]
    public void Deadlines_of_002()
    {
        var (_, r) = Run("002");
        var congress = Assert.Single(r.Deadlines, d => d.Due == PartialDate.Day(2018, 10, 1));
        Assert.Equal("Present an agreed-upon text to the U.S. Congress", congress.Label);
        Assert.Equal(DeadlineKind.Legislative, congress.Kind);
        Assert.Single(r.Deadlines, d => d.Due == PartialDate.Day(2018, 12, 1));
        var midterms = Assert.Single(r.Deadlines, d => d.Kind == DeadlineKind.Election);
        Assert.Equal(PartialDate.Month(2018, 11), midterms.Due);
        Assert.Equal("US midterm elections", midterms.Label);
    }

    [Fact]
    public void Rounds_four_and_five()
    {
        var round4 = Assert.Single(Run("003").Result.Events, e => e.Kind == EventKind.Round && e.RoundNumber == 4);
        Assert.Equal(PartialDate.Day(2017, 10, 11), round4.On);
        Assert.Single(Run("004").Result.Events, e => e.Kind == EventKind.Round && e.RoundNumber == 5);
    }

    [Theory]
    [InlineData("001", "dairy,chapter-19,culture,ip-pharma")]
    [InlineData("002", "dairy,chapter-19,culture")]
    [InlineData("003", "rules-of-origin,sunset-clause,dairy,labour,procurement,chapter-19")]
    [InlineData("004", "rules-of-origin,sunset-clause,isds")]
    public void Issue_tags(string prefix, string expected)
    {
        var keys = Run(prefix).Result.Issues.Select(i => i.Key).ToHashSet();
        foreach (var key in expected.Split(',')) Assert.Contains(key, keys);
    }

    [Fact]
    public void People_have_full_names_roles_parties_and_merged_aliases()
    {
        var (_, r) = Run("001");
        var freeland = Assert.Single(r.People, p => p.Name == "Chrystia Freeland");
        Assert.Contains("Freeland", freeland.Aliases);
        Assert.Contains("Foreign Affairs Minister Chrystia Freeland", freeland.Aliases);
        Assert.Equal("CA", freeland.Party);
        var kudlow = Assert.Single(r.People, p => p.Name == "Larry Kudlow");
        Assert.Equal("White House economic adviser", kudlow.Role);
        Assert.Equal("US", kudlow.Party);
        Assert.DoesNotContain(r.People, p => p.Name.Contains("House") || p.Name.Contains("Office") || p.Name.Contains("Agreement"));
        Assert.Single(Run("000").Result.People, p => p.Name == "Cecilia Malmstrom" && p.Party == "EU");
    }

    [Fact]
    public void Furniture_is_detected_and_never_quoted()
    {
        var (text, r) = Run("002");
        var furniture = r.Furniture.Select(f => text[f.Start..f.End]).ToList();
        Assert.Contains(furniture, f => f.StartsWith("Click to play video"));
        Assert.Contains(furniture, f => f.StartsWith("READ MORE"));
        Assert.Contains("Story continues below advertisement", furniture);
        Assert.Contains("Sponsored content", furniture);
        Assert.DoesNotContain(furniture, f => f.StartsWith("NAFTA negotiations grind on"));
        Assert.DoesNotContain(r.Quotes, q => r.Furniture.Any(f => q.Start < f.End && f.Start < q.End));
        var (text1, r1) = Run("001");
        Assert.Contains(r1.Furniture, f => text1[f.Start..f.End].Contains("What should Canada do"));
        var (text0, r0) = Run("000");
        Assert.Contains(r0.Furniture, f => text0[f.Start..f.End].EndsWith("Photo: AFP/Ronaldo Schemidt"));
    }

    [Fact]
    public void Weekdays_resolve_against_publication()
    {
        var r = Run("002").Result;
        Assert.Contains(r.Dates, d => d.Text == "Friday" && d.Value == PartialDate.Day(2018, 9, 7));
        Assert.Contains(r.Dates, d => d.Text == "Thursday" && d.Value == PartialDate.Day(2018, 9, 6));
        Assert.Contains(r.Dates, d => d.Text == "Wednesday" && d.Value == PartialDate.Day(2018, 9, 5));
        var r4 = Run("004").Result;
        Assert.Contains(r4.Dates, d => d.Text == "next month" && d.Value == PartialDate.Month(2017, 12));
        Assert.Contains(r4.Dates, d => d.Text == "the end of the year" && d.Value == PartialDate.Year(2017));
        Assert.Contains(r4.Dates, d => d.Text == "1993" && d.Value == PartialDate.Year(1993));
    }

    [Fact]
    public void Public_extractor_gives_the_same_result_for_every_seed()
    {
        foreach (var (prefix, published) in SeedArticles.All)
        {
            var text = SeedArticles.Read(prefix);
            var r = Extractor.Extract(text, published);
            if (prefix != "002") Assert.NotEmpty(r.Quotes); // 002 quotes only inside its video captions
            Assert.NotEmpty(r.Dates);
            foreach (var q in r.Quotes) Assert.Equal(q.Text, text[q.Start..q.End]);
        }
    }
}
