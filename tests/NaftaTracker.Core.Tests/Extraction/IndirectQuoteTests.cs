namespace NaftaTracker.Tests.Extraction;

public class IndirectQuoteTests
{
    [Fact]
    public void Said_that_clause_up_to_the_final_period()
    {
        var r = Extract.From("Mexican Economy Minister Ildefonso Guajardo said that the talks had entered a decisive phase.");
        var q = Assert.Single(r.Quotes);
        Assert.False(q.Direct);
        Assert.Equal("the talks had entered a decisive phase", q.Text);
        Assert.Equal("Ildefonso Guajardo", q.Speaker);
    }

    [Fact]
    public void Said_with_a_clause_and_no_that()
    {
        var q = Assert.Single(Extract.From("Freeland said Canada would continue to defend supply management.").Quotes);
        Assert.Equal("Canada would continue to defend supply management", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
        Assert.Contains("dairy", q.Issues);
    }

    [Fact]
    public void Told_someone_that()
    {
        var q = Assert.Single(Extract.From("Trudeau told President Trump on Monday that Canada wanted a fair agreement for workers.").Quotes);
        Assert.Equal("Canada wanted a fair agreement for workers", q.Text);
        Assert.Equal("Justin Trudeau", q.Speaker);
    }

    [Fact]
    public void Relative_who_said()
    {
        var q = Assert.Single(Extract.From("The remarks echoed Lighthizer, who said on Friday that the gap on dairy remained wide.").Quotes);
        Assert.Equal("Robert Lighthizer", q.Speaker);
        Assert.Equal("the gap on dairy remained wide", q.Text);
    }

    [Theory]
    [InlineData("Freeland said that “we will keep working” on it.")]
    [InlineData("It was a deal which both leaders said they could live with.")]
    [InlineData("Freeland was told the offer would expire within days.")]
    [InlineData("Guajardo declined to say whether the two sides were close.")]
    [InlineData("As he said last month, the talks are complicated.")]
    [InlineData("The added costs would hurt exporters in Ontario.")]
    [InlineData("Lighthizer noted the progress made in the talks.")]
    [InlineData("Freeland acknowledged the concerns raised by dairy farmers.")]
    [InlineData("Canada added 50,000 jobs in August.")]
    [InlineData("Trump told Canada to get on board by Friday.")]
    [InlineData("That is what Trump said would happen if Canada refused.")]
    [InlineData("Steel remains an obstacle, which both U.S. Commerce Secretary Wilbur Ross and Canadian Foreign Minister Chrystia Freeland said they hoped to remove.")]
    [InlineData("Freeland said on Thursday in Washington.")]
    [InlineData("Freeland called that meeting constructive and useful.")]
    [InlineData("The administration has said nothing about the plan yet.")]
    public void No_indirect_quote(string text) => Assert.DoesNotContain(Extract.From(text).Quotes, q => !q.Direct);

    [Theory]
    [InlineData("Guajardo warned time was short for a deal on seasonal produce.", "time was short for a deal on seasonal produce", "Ildefonso Guajardo")]
    [InlineData("Lighthizer told reporters the United States would not drop its demand on dairy.", "the United States would not drop its demand on dairy", "Robert Lighthizer")]
    [InlineData("Freeland told the Toronto Star the talks had reached a delicate stage.", "the talks had reached a delicate stage", "Chrystia Freeland")]
    [InlineData("Trudeau said in a televised address on Sunday he hoped for a deal before the holidays.", "he hoped for a deal before the holidays", "Justin Trudeau")]
    [InlineData("Guajardo predicted a deal would be reached in May.", "a deal would be reached in May", "Ildefonso Guajardo")]
    [InlineData("Guajardo argues the proposal, which would double the regional content, threatens Mexican jobs.", "the proposal, which would double the regional content, threatens Mexican jobs", "Ildefonso Guajardo")]
    public void Reported_clause_without_that(string text, string clause, string speaker)
    {
        var q = Assert.Single(Extract.From(text).Quotes);
        Assert.False(q.Direct);
        Assert.Equal(clause, q.Text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("Freeland said the meeting had been productive, and Lighthizer left for Washington on Thursday.", "the meeting had been productive")]
    [InlineData("Guajardo said the autos chapter was nearly closed, according to two people at the talks.", "the autos chapter was nearly closed")]
    [InlineData("Freeland said the talks went well -- but gave no details.", "the talks went well")]
    [InlineData("While Lighthizer said that steel was settled, it is unclear whether Congress will agree.", "steel was settled")]
    [InlineData("Trudeau said that Canada would wait, but that patience had limits.", "Canada would wait, but that patience had limits")]
    [InlineData("Guajardo said the deal would be signed before Dec. 1, when the new government takes office.", "the deal would be signed before Dec. 1, when the new government takes office")]
    public void Span_stops_before_a_new_clause(string text, string clause) =>
        Assert.Equal(clause, Assert.Single(Extract.From(text).Quotes, q => !q.Direct).Text);

    [Theory]
    [InlineData("Officials said the ministers would meet again in Ottawa.", "the ministers would meet again in Ottawa")]
    [InlineData("Trump and Trudeau said they were ready to walk away from the table.", "they were ready to walk away from the table")]
    [InlineData("Economists from three banks have warned that the peso could fall sharply.", "the peso could fall sharply")]
    [InlineData("Analysts said the peso would weaken if the talks collapsed.", "the peso would weaken if the talks collapsed")]
    [InlineData("The two leaders sparred on Thursday, with each saying the other was to blame.", "the other was to blame")]
    public void Anonymous_or_group_speakers_give_a_null_speaker(string text, string clause)
    {
        var q = Assert.Single(Extract.From(text).Quotes);
        Assert.False(q.Direct);
        Assert.Equal(clause, q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Attribution_after_the_clause()
    {
        var q = Assert.Single(Extract.From("Canada will not accept a sunset clause, Freeland said on Monday.").Quotes);
        Assert.Equal("Canada will not accept a sunset clause", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
        Assert.False(q.Direct);
        var anonymous = Assert.Single(Extract.From("OTTAWA — The negotiators will reconvene in Washington after the vote, officials said.").Quotes);
        Assert.Equal("The negotiators will reconvene in Washington after the vote", anonymous.Text);
        Assert.Null(anonymous.Speaker);
    }

    [Fact]
    public void Reported_clause_holding_a_direct_quote_is_only_the_direct_quote()
    {
        var q = Assert.Single(Extract.From("Freeland said the offer was “a step backwards for Canada” and nothing more.").Quotes);
        Assert.True(q.Direct);
        Assert.Equal("a step backwards for Canada", q.Text);
    }

    [Fact]
    public void Reported_clause_after_a_quote_in_the_same_sentence()
    {
        var r = Extract.From("Freeland called the proposal “deeply troubling and unfair” and said Canada would keep negotiating.");
        Assert.Equal("deeply troubling and unfair", Assert.Single(r.Quotes, q => q.Direct).Text);
        var indirect = Assert.Single(r.Quotes, q => !q.Direct);
        Assert.Equal("Canada would keep negotiating", indirect.Text);
        Assert.Equal("Chrystia Freeland", indirect.Speaker);
    }

    [Fact]
    public void Coordinated_verb_takes_the_sentence_subject()
    {
        var q = Assert.Single(Extract.From("Freeland criticised the U.S. proposal and said Canada would not accept it.").Quotes);
        Assert.Equal("Canada would not accept it", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
    }

    [Fact]
    public void Clause_conjunction_before_a_titled_speaker_is_not_a_joint_subject()
    {
        var q = Assert.Single(Extract.From("Talks ended on Friday, and U.S. Trade Representative Robert Lighthizer warned that the hardest issues remained.").Quotes);
        Assert.Equal("the hardest issues remained", q.Text);
        Assert.Equal("Robert Lighthizer", q.Speaker);
    }

    [Theory]
    [InlineData("Canada’s top negotiator, Steve Verheul, said the gap on autos had narrowed.", "Steve Verheul")]
    [InlineData("Kenneth Smith Ramos, the deputy to the economy secretary, Ildefonso Guajardo, said the tariff talks were over.", "Kenneth Smith Ramos")]
    [InlineData("Canadian Foreign Minister Chrystia Freeland, speaking in Washington on Thursday, said the hardest issues remained open.", "Chrystia Freeland")]
    [InlineData("Mark Agnew, director of policy at the Canadian Chamber, said the tariffs had hurt exporters.", "Mark Agnew")]
    public void Appositives_around_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Quotes).Speaker);

    [Theory]
    [InlineData("The talks resumed in Ottawa, with Washington insisting it would not sign a bad deal.", "Washington")]
    [InlineData("Banxico said in a quarterly report that growth would slow this year.", "Banxico")]
    [InlineData("The Trudeau government has argued that the panels protect Canadian lumber producers.", "Trudeau government")]
    public void Governments_agencies_and_companies_named_as_speakers(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Quotes).Speaker);

    [Fact]
    public void Writers_gloss_is_not_reported_speech()
    {
        var q = Assert.Single(Extract.From("Senators warned the White House that it could not bypass Congress -- in effect, saying Canada must be included.").Quotes);
        Assert.Equal("it could not bypass Congress", q.Text);
    }

    [Fact]
    public void That_clause_opening_with_a_subordinate_clause_keeps_its_main_clause()
    {
        var q = Assert.Single(Extract.From("Guajardo said that while Mexico wants a deal, it will not accept quotas on cars.").Quotes);
        Assert.Equal("while Mexico wants a deal, it will not accept quotas on cars", q.Text);
        Assert.Equal("Ildefonso Guajardo", q.Speaker);
    }

    [Fact]
    public void Participle_takes_the_subject_of_its_own_clause()
    {
        var q = Assert.Single(Extract.From("Lighthizer praised the offer, while Freeland later played it down, saying the gap on dairy remained wide.").Quotes);
        Assert.Equal("the gap on dairy remained wide", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
    }

    [Theory]
    [InlineData("Guajardo told a Senate committee that Mexico would not accept quotas.", "Mexico would not accept quotas", "Ildefonso Guajardo")]
    [InlineData("Trump told a rally in Indiana on Thursday night that Canada had treated U.S. farmers very badly.", "Canada had treated U.S. farmers very badly", "Donald Trump")]
    [InlineData("Freeland has privately told industry groups that a compromise on dairy is possible.", "a compromise on dairy is possible", "Chrystia Freeland")]
    [InlineData("Freeland said on Tuesday, in a speech, that Canada would hold firm.", "Canada would hold firm", "Chrystia Freeland")]
    [InlineData("Trudeau said Canada, Mexico and the United States had agreed on autos, steel and dairy.", "Canada, Mexico and the United States had agreed on autos, steel and dairy", "Justin Trudeau")]
    [InlineData("Dias said the union would fight the deal, calling it a betrayal of workers.", "the union would fight the deal", "Dias")]
    [InlineData("Freeland, who said last week that Canada would not be rushed, arrived in Washington on Tuesday.", "Canada would not be rushed", "Chrystia Freeland")]
    [InlineData("“We are close,” Guajardo said, adding the remaining issues were technical.", "the remaining issues were technical", "Ildefonso Guajardo")]
    public void Complements_audiences_and_boundaries(string text, string clause, string speaker)
    {
        var q = Assert.Single(Extract.From(text).Quotes, q => !q.Direct);
        Assert.Equal(clause, q.Text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("Economists said the peso would fall.", null)]
    [InlineData("Negotiators said the text was nearly done.", null)]
    [InlineData("Ross said the tariffs would stay.", "Ross")]
    public void Sentence_initial_plural_is_a_group_but_a_surname_is_a_name(string text, string? speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Quotes).Speaker);

    [Fact]
    public void Attribution_in_mid_sentence_before_a_subordinate_clause()
    {
        var q = Assert.Single(Extract.From("OTTAWA (Reuters) - Canadian and U.S. negotiators will meet again in Washington, a Canadian government source said on Friday, as pressure builds for a deal.").Quotes);
        Assert.Equal("Canadian and U.S. negotiators will meet again in Washington", q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Attribution_after_a_present_tense_clause_with_a_pronoun()
    {
        var r = Extract.From("Flavio Volpe spoke in Windsor on Monday. The auto parts sector employs about 100,000 people in Canada, he said.");
        var q = Assert.Single(r.Quotes);
        Assert.Equal("The auto parts sector employs about 100,000 people in Canada", q.Text);
        Assert.Equal("Flavio Volpe", q.Speaker);
    }

    [Fact]
    public void That_clause_may_open_with_any_noun_phrase()
    {
        var r = Extract.From("Guajardo said on Monday that a deal was near, although he acknowledged that thorny issues such as autos remained unresolved.");
        Assert.Equal(["a deal was near", "thorny issues such as autos remained unresolved"], r.Quotes.Select(q => q.Text));
        Assert.All(r.Quotes, q => Assert.Equal("Ildefonso Guajardo", q.Speaker));
    }

    [Fact]
    public void Relative_clause_appositive_before_has_said()
    {
        var q = Assert.Single(Extract.From("Mexican frontrunner Andrés Manuel López Obrador, who leads every poll, has said any deal should wait until after the election.").Quotes);
        Assert.Equal("any deal should wait until after the election", q.Text);
        Assert.Equal("Andrés Manuel López Obrador", q.Speaker);
    }

    [Fact]
    public void Postposed_attribution_before_amid_reports()
    {
        var q = Assert.Single(Extract.From("OTTAWA — Freeland is flying back to Washington on Wednesday to resume talks, her office said, amid reports the U.S. could publish a text without Canada.").Quotes);
        Assert.Equal("Freeland is flying back to Washington on Wednesday to resume talks", q.Text);
    }

    [Fact]
    public void Name_between_commas_is_not_a_postposed_clause()
    {
        var q = Assert.Single(Extract.From("Canada’s chief negotiator, Steve Verheul, said progress had been made on several chapters.").Quotes);
        Assert.Equal("progress had been made on several chapters", q.Text);
        Assert.Equal("Steve Verheul", q.Speaker);
    }

    [Fact]
    public void A_distant_what_does_not_make_a_gap()
    {
        var q = Assert.Single(Extract.From("Freeland explained what the deal would mean for dairy farmers in Quebec and said the talks would resume Monday.").Quotes);
        Assert.Equal("the talks would resume Monday", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
    }

    [Fact]
    public void Lede_description_named_in_the_next_paragraph()
    {
        const string text = "Dairy lobby steps up pressure\n\nOTTAWA — The head of Quebec’s biggest farm lobby says Ottawa must compensate producers for every litre of lost market share.\n\n"
                            + "Union president Marcel Groleau said in Montreal on Tuesday that farmers felt betrayed.";
        var q = Extract.From(text).Quote("Ottawa must");
        Assert.Equal("Ottawa must compensate producers for every litre of lost market share", q.Text);
        Assert.Equal("Marcel Groleau", q.Speaker);
    }

    [Fact]
    public void Lede_description_of_a_group_stays_anonymous()
    {
        const string text = "Talks stall\n\nThe country’s dairy farmers say the deal will cost them dearly.\n\nMarcel Groleau toured farms in Quebec on Tuesday.";
        Assert.Null(Assert.Single(Extract.From(text).Quotes).Speaker);
    }

    [Theory]
    [InlineData("The Secretary of Economy, Ildefonso Guajardo, affirmed that Mexico would not accept quotas on vehicles.", "Mexico would not accept quotas on vehicles")]
    [InlineData("Guajardo pointed out that the negotiation was in its final stage.", "the negotiation was in its final stage")]
    [InlineData("Guajardo declared that talks had been fruitful, emphasizing that Mexico remained committed.", "talks had been fruitful")]
    public void Cues_of_translated_copy_take_that(string text, string clause)
    {
        var q = Assert.Single(Extract.From(text).Quotes, q => q.Text == clause);
        Assert.Equal("Ildefonso Guajardo", q.Speaker);
    }

    [Theory]
    [InlineData("Freeland told reporters afterward that the deal protected the things Canada had fought for.", "the deal protected the things Canada had fought for")]
    [InlineData("Navarro argued on Fox News that Canada had been taking advantage of American generosity.", "Canada had been taking advantage of American generosity")]
    [InlineData("Trump told reporters at the White House on Thursday, before leaving for Argentina, that he would soon notify Congress.", "he would soon notify Congress")]
    [InlineData("Canada has told U.S. negotiators it will not accept a deal that scraps the panels, and is bracing for a fight over dairy.", "it will not accept a deal that scraps the panels")]
    [InlineData("The association warned in a letter to Mr. Lighthizer this month that the proposal could put jobs at risk.", "the proposal could put jobs at risk")]
    [InlineData("Officials said negotiators had closed a chapter on anticorruption, but the biggest disputes, including autos, remain unresolved.", "negotiators had closed a chapter on anticorruption")]
    [InlineData("Industry executives say no major auto maker currently meets that threshold.", "no major auto maker currently meets that threshold")]
    public void Reported_clause_after_adverbials_audiences_and_up_to_a_new_clause(string text, string clause) =>
        Assert.Equal(clause, Assert.Single(Extract.From(text).Quotes).Text);

    [Fact]
    public void A_second_verb_of_saying_after_but_starts_a_second_report()
    {
        var r = Extract.From("Jerry Dias said the labour provisions were a step forward, but argued that Mexican wages would not rise unless the rules were enforced.");
        Assert.Equal(["the labour provisions were a step forward", "Mexican wages would not rise unless the rules were enforced"], r.Quotes.Select(q => q.Text));
        Assert.All(r.Quotes, q => Assert.Equal("Jerry Dias", q.Speaker));
    }

    [Theory]
    [InlineData("She pointed to the Bank of Canada, which warned last month that trade uncertainty was weighing on investment.", "trade uncertainty was weighing on investment", "Bank of Canada")]
    [InlineData("Carla Dade, director of trade at the Canada West Foundation, said producers in the West worry far more about the sunset clause.", "producers in the West worry far more about the sunset clause", "Carla Dade")]
    [InlineData("Kathleen Morrow said the front-runner, leftist Andres Manuel Lopez Obrador, had been sharply critical of the talks.", "the front-runner, leftist Andres Manuel Lopez Obrador, had been sharply critical of the talks", "Kathleen Morrow")]
    [InlineData("Larry Kudlow told reporters outside the West Wing that he believed a deal with Canada could come together quickly.", "he believed a deal with Canada could come together quickly", "Larry Kudlow")]
    [InlineData("The Prime Minister’s Office said in a readout that the two leaders had a constructive conversation.", "the two leaders had a constructive conversation", "Prime Minister’s Office")]
    [InlineData("Sen. Sherrod Brown (D-Ohio), who has pressed the administration on labor, wrote on Twitter that the deal would be judged by a single test.", "the deal would be judged by a single test", "Sherrod Brown")]
    public void Reported_clause_and_its_speaker(string text, string clause, string speaker)
    {
        var q = Assert.Single(Extract.From(text).Quotes);
        Assert.Equal(clause, q.Text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Theory]
    [InlineData("Lighthizer said the three countries had closed only six chapters and warned that the window for a deal was narrowing.", "the three countries had closed only six chapters", "the window for a deal was narrowing")]
    [InlineData("Trudeau said the agreement will protect Canadian jobs, even as dairy farmers warned the deal will cost them dearly.", "the agreement will protect Canadian jobs", "the deal will cost them dearly")]
    public void Two_reports_in_one_sentence(string text, string first, string second) =>
        Assert.Equal([first, second], Extract.From(text).Quotes.Select(q => q.Text));

    [Fact]
    public void A_coordinated_verb_that_is_not_saying_ends_the_report()
    {
        var q = Assert.Single(Extract.From("Lighthizer said the ministers would keep in close contact but gave no date for the next round.").Quotes);
        Assert.Equal("the ministers would keep in close contact", q.Text);
    }

    [Theory]
    [InlineData("The United States will propose that half of every vehicle contain U.S. parts, three sources familiar with the talks said on Monday, a demand that Mexico is likely to reject.", "The United States will propose that half of every vehicle contain U.S. parts", null)]
    [InlineData("According to two people briefed on the matter, Robert Lighthizer has told industry executives he will not back down.", "he will not back down", "Robert Lighthizer")]
    public void Anonymous_sourcing_and_group_audiences(string text, string clause, string? speaker)
    {
        var q = Assert.Single(Extract.From(text).Quotes);
        Assert.Equal(clause, q.Text);
        Assert.Equal(speaker, q.Speaker);
    }

    [Fact]
    public void He_after_an_anonymous_source_is_that_source_not_the_last_named_person()
    {
        var r = Extract.From("Robert Lighthizer met Freeland on Tuesday. “Nobody in the industry supports this,” an auto industry lobbyist said. He said carmakers would fight the plan.");
        Assert.Null(r.Quotes.Single(q => q.Text == "carmakers would fight the plan").Speaker);
    }

    [Fact]
    public void A_document_seen_by_a_news_agency_is_not_the_agency_speaking()
    {
        var q = Assert.Single(Extract.From("The document, seen by Reuters, says the U.S. wants a five-year sunset clause.").Quotes);
        Assert.Null(q.Speaker);
    }

    [Theory]
    [InlineData("Negotiators have argued for months that an 85 percent threshold would push carmakers to pay the tariff instead.", "an 85 percent threshold would push carmakers to pay the tariff instead")]
    [InlineData("Plant manager Lysander Petrakis said about a third of the door panels the plant ships go to Ontario.", "about a third of the door panels the plant ships go to Ontario")]
    [InlineData("Williams said the UAW would send observers to the sixth round, scheduled for Montreal in January.", "the UAW would send observers to the sixth round, scheduled for Montreal in January")]
    [InlineData("Bernier told reporters on Parliament Hill on Wednesday morning that he had no regrets.", "he had no regrets")]
    [InlineData("The minister met farmers on Monday. He said that would not happen.", "that would not happen")]
    [InlineData("Trump told reporters travelling with him on Air Force One that he would soon serve notice.", "he would soon serve notice")]
    public void Reported_clause_boundaries(string text, string clause) =>
        Assert.Equal(clause, Assert.Single(Extract.From(text).Quotes).Text);

    [Theory]
    [InlineData("The deal could be signed within weeks, trade lawyers say.", "The deal could be signed within weeks")]
    [InlineData("Canada will not sign a deal without Chapter 19, officials in Ottawa say.", "Canada will not sign a deal without Chapter 19")]
    [InlineData("The ministry said in a statement that technical talks would continue next week, without giving details.", "technical talks would continue next week")]
    public void Group_sources_and_adjuncts(string text, string clause)
    {
        var q = Assert.Single(Extract.From(text).Quotes);
        Assert.Equal(clause, q.Text);
        if (!text.Contains("ministry")) Assert.Null(q.Speaker);
    }

    [Theory]
    [InlineData("Lighthizer said the countries remained far apart on autos, as a deadline set by Paul Ryan passed on Thursday.", "the countries remained far apart on autos")]
    [InlineData("Trump said he would soon give notice of withdrawal, a move designed to pressure lawmakers.", "he would soon give notice of withdrawal")]
    [InlineData("Legault said his party would ask Ottawa to compensate farmers, a position also taken by the Parti Québécois.", "his party would ask Ottawa to compensate farmers")]
    [InlineData("She added that overtime, a fixture of the schedule for years, had been cut back.", "overtime, a fixture of the schedule for years, had been cut back")]
    [InlineData("She told reporters in Ottawa later that day that Canada was prepared to keep negotiating.", "Canada was prepared to keep negotiating")]
    [InlineData("The sixth round will open in Montreal on Jan. 23, the three governments said in a joint statement.", "The sixth round will open in Montreal on Jan. 23")]
    [InlineData("Canada did not put forward a counterproposal, a U.S. official said, speaking on condition of anonymity.", "Canada did not put forward a counterproposal")]
    [InlineData("A 25-per-cent tariff would push Ontario into recession, said Brenda Castell, chief economist at Harbourfront Research.", "A 25-per-cent tariff would push Ontario into recession")]
    [InlineData("The association noted in a submission to USTR that Canada offers far shorter data protection.", "Canada offers far shorter data protection")]
    [InlineData("A U.S. official conceded the procurement proposal had won no support.", "the procurement proposal had won no support")]
    public void Report_boundaries_in_wire_copy(string text, string clause) =>
        Assert.Equal(clause, Extract.From(text).Quotes.First(q => !q.Direct).Text);

    [Fact]
    public void While_starts_a_second_report_with_its_own_speaker()
    {
        var r = Extract.From("Senator Pat Roberts said farmers could not survive another season, while Senator Ron Wyden of Oregon, the top Democrat on the Finance Committee, said any deal had to include labor standards.");
        Assert.Equal(["Pat Roberts", "Ron Wyden"], r.Quotes.Select(q => q.Speaker));
    }

    [Theory]
    [InlineData("Guajardo said he would return to Washington soon, and aides said on Tuesday he was in daily contact with Freeland.", "he would return to Washington soon", "he was in daily contact with Freeland")]
    [InlineData("The group said the text will go to Congress with or without Canada, though few trade lawyers believe Congress would approve it.", "the text will go to Congress with or without Canada", null)]
    [InlineData("Dairy Farmers of Canada said the new agreement, combined with the two earlier deals, would cost producers millions.", "the new agreement, combined with the two earlier deals, would cost producers millions", null)]
    [InlineData("Legault said Ottawa must fully compensate the farmers, a day after his party swept to power.", "Ottawa must fully compensate the farmers", null)]
    [InlineData("Ford said the tariffs were costing jobs in Hamilton and Sault Ste. Marie.", "the tariffs were costing jobs in Hamilton and Sault Ste. Marie", null)]
    public void Where_reports_end_in_new_copy(string text, string first, string? second)
    {
        var reports = Extract.From(text).Quotes.Where(q => !q.Direct).Select(q => q.Text).ToList();
        Assert.Equal(first, reports[0]);
        if (second is not null) Assert.Equal(second, reports[1]);
        else Assert.Single(reports);
    }

    [Theory]
    [InlineData("Grassley said farmers had lost sales, and Sen. Pat Roberts (R-Kan.) said the talks should not drift.", "farmers had lost sales")]
    [InlineData("Trump has told aides he is still angry about Canadian restrictions on milk, according to two of the people.", "he is still angry about Canadian restrictions on milk")]
    [InlineData("Freeland is expected to stay in Washington through the weekend, her press secretary, Adam Austen, said.", "Freeland is expected to stay in Washington through the weekend")]
    [InlineData("Lighthizer said in his opening remarks Wednesday that dairy access would be a priority.", "dairy access would be a priority")]
    [InlineData("Trudeau said at the ceremony that Canada would keep pressing for their removal.", "Canada would keep pressing for their removal")]
    [InlineData("The package amounts to picking winners and losers, said Sen. Ben Sasse, R-Neb., who urged the administration to finish trade deals.", "The package amounts to picking winners and losers")]
    [InlineData("Lighthizer argued in the statement that a periodic review would keep the agreement up to date.", "a periodic review would keep the agreement up to date")]
    [InlineData("Trump said Saturday aboard Air Force One that he planned to notify Congress shortly.", "he planned to notify Congress shortly")]
    [InlineData("He told Ways and Means Democrats in a closed-door session last month that he was willing to discuss enforcement.", "he was willing to discuss enforcement")]
    public void Reports_after_long_adverbials_and_attributions(string text, string clause) =>
        Assert.Equal(clause, Extract.From(text).Quotes.First(q => !q.Direct).Text);
}
