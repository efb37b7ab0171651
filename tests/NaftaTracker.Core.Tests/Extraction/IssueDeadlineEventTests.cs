using NaftaTracker.Domain;
using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

public class IssueDeadlineEventTests
{
    [Theory]
    [InlineData("The anti-dumping dispute panels are a red line.", "chapter-19")]
    [InlineData("Ottawa defends its cultural industries fiercely.", "culture")]
    [InlineData("The U.S. wants more regional vehicle content in cars.", "rules-of-origin")]
    [InlineData("An expiration clause would end the pact.", "sunset-clause")]
    [InlineData("A five-year sunset provision is back on the table.", "sunset-clause")]
    [InlineData("He said it is about M-I-L-K, plain and simple.", "dairy")]
    [InlineData("SUPPLY MANAGEMENT protects farmers.", "dairy")]
    [InlineData("Workers’ rights in Mexico remain a concern.", "labour")]
    [InlineData("The Chapter 11 investor-state system may go.", "isds")]
    public void Synonyms_tag_their_issue(string text, string key)
    {
        var r = Extract.From(text);
        var issue = Assert.Single(r.Issues, i => i.Key == key);
        Assert.All(issue.Spans, s => Assert.True(s.End > s.Start));
    }

    [Fact]
    public void Issue_matching_respects_word_boundaries()
    {
        Assert.Empty(Extract.From("The milky way and a cheesecake stand are not trade issues; nor is the culturexpo.").Issues);
    }

    [Fact]
    public void Every_taxonomy_key_is_known() =>
        Assert.Equal(["dairy", "chapter-19", "culture", "rules-of-origin", "sunset-clause", "procurement", "ip-pharma", "isds", "labour"],
            IssueTaxonomy.All.Select(i => i.Key));

    [Fact]
    public void Negotiation_deadline_with_label_from_the_verb_phrase()
    {
        var text = "Negotiators hope to wrap up the auto chapter by Friday, officials said.";
        var d = Assert.Single(Extract.From(text).Deadlines);
        Assert.Equal("Wrap up the auto chapter", d.Label);
        Assert.Equal(PartialDate.Day(2018, 9, 14), d.Due);
        Assert.Equal(DeadlineKind.Negotiation, d.Kind);
        Assert.Equal(text, text[d.Evidence.Start..d.Evidence.End]);
        Assert.Contains("rules-of-origin", Extract.From("They must settle auto rules of origin by Friday.").Deadlines.Single().Issues);
    }

    [Fact]
    public void Legislative_deadline()
    {
        var d = Assert.Single(Extract.From("Parliament must ratify the agreement by March 1, 2019 under the plan.").Deadlines);
        Assert.Equal(DeadlineKind.Legislative, d.Kind);
        Assert.Equal(PartialDate.Day(2019, 3, 1), d.Due);
    }

    [Fact]
    public void Election_deadline()
    {
        var d = Assert.Single(Extract.From("Mexico wants a deal before its presidential election in July.", new DateOnly(2018, 3, 5)).Deadlines);
        Assert.Equal(DeadlineKind.Election, d.Kind);
        Assert.Equal(PartialDate.Month(2018, 7), d.Due);
        Assert.Contains("election", d.Label);
    }

    [Theory]
    [InlineData("The White House set a Thursday deadline for a deal on autos.", "Deadline for a deal on autos")]
    [InlineData("Talks resumed hours before the Ottawa-imposed deadline on Friday.", "Ottawa-imposed deadline")]
    [InlineData("Ministers shared the goal of closing the energy chapter before Friday, aides said.", "Closing the energy chapter")]
    [InlineData("The Friday deadline looms over the talks.", "Deadline")]
    public void A_deadline_without_a_verb_phrase_is_named_by_what_the_sentence_calls_it(string text, string label) =>
        Assert.Equal(label, Assert.Single(Extract.From(text).Deadlines).Label);

    [Theory]
    [InlineData("Stocks rose on Wednesday as traders bet a deal would come before the deadline.")]
    [InlineData("As the talks ended on Monday, officials pushed back the deadline for a deal.")]
    public void A_date_merely_in_a_sentence_about_a_deadline_is_not_its_due_date(string text) =>
        Assert.Empty(Extract.From(text).Deadlines);

    [Fact]
    public void An_election_is_labelled_by_its_adjectives_not_the_verb_before_it()
    {
        var d = Assert.Single(Extract.From("Brazil holds a presidential election on Oct. 7 and investors are nervous.", new DateOnly(2018, 9, 3)).Deadlines);
        Assert.Equal("Presidential election", d.Label);
        Assert.Equal(DeadlineKind.Election, d.Kind);
    }

    [Fact]
    public void An_election_goes_with_the_nearest_date_in_its_sentence()
    {
        var deadlines = Extract.From("Parliament will not ratify the pact until next year, after the federal election in October.", new DateOnly(2018, 9, 3)).Deadlines;

        var election = Assert.Single(deadlines, d => d.Kind == DeadlineKind.Election);
        Assert.Equal("Federal election", election.Label);
        Assert.Equal(PartialDate.Month(2018, 10), election.Due);
        Assert.DoesNotContain(deadlines, d => d.Kind == DeadlineKind.Election && d.Due.Precision == DatePrecision.Year);
    }

    [Fact]
    public void An_election_label_never_starts_inside_a_word()
    {
        // The election search window starts 40 characters before the date, which here falls inside "provincial".
        var d = Assert.Single(Extract.From("The deal landed at the end of the provincial election campaign, which ended Monday.", new DateOnly(2018, 10, 2)).Deadlines);
        Assert.Equal("Provincial election", d.Label);
    }

    [Fact]
    public void A_date_without_a_deadline_cue_is_no_deadline() =>
        Assert.Empty(Extract.From("The ministers met on Friday in Ottawa.").Deadlines);

    [Theory]
    [InlineData("Negotiators open the sixth round of talks in Montreal on Tuesday.", 6)]
    [InlineData("Round 7 of the NAFTA negotiations starts in Mexico City.", 7)]
    [InlineData("The 3rd round of negotiations ended in Ottawa.", 3)]
    public void Numbered_rounds(string text, int number)
    {
        var e = Assert.Single(Extract.From(text).Events, x => x.Kind == EventKind.Round);
        Assert.Equal(number, e.RoundNumber);
        Assert.Contains(number.ToString(), e.Title);
    }

    [Fact]
    public void Round_date_comes_from_its_sentence()
    {
        var e = Assert.Single(Extract.From("Negotiators open the sixth round of talks in Montreal on Tuesday.").Events);
        Assert.Equal(PartialDate.Day(2018, 9, 11), e.On);
    }

    [Fact]
    public void A_round_of_tariffs_is_no_negotiation_round() =>
        Assert.DoesNotContain(Extract.From("China answered with a new round of tariffs on soybeans, hurting NAFTA farmers.").Events, e => e.Kind == EventKind.Round);

    [Fact]
    public void Threats_and_meetings()
    {
        var r = Extract.From("U.S. President Donald Trump threatened to impose tariffs on Canadian cars. Freeland met with Lighthizer on Monday in Washington.");
        var threat = Assert.Single(r.Events, e => e.Kind == EventKind.Threat);
        Assert.Equal("Donald Trump threatens to impose tariffs on Canadian cars", threat.Title);
        var meeting = Assert.Single(r.Events, e => e.Kind == EventKind.Meeting);
        Assert.Equal(PartialDate.Day(2018, 9, 10), meeting.On);
        Assert.Contains("Chrystia Freeland", meeting.Title);
    }
}
