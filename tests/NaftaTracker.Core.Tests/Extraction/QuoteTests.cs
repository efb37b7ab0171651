using NaftaTracker.Domain;

namespace NaftaTracker.Tests.Extraction;

public class QuoteTests
{
    [Fact]
    public void Straight_quotes_with_speaker_after()
    {
        var r = Extract.From("\"We will not be rushed into a bad agreement,\" Freeland said.");
        var q = r.Quote("We will not");
        Assert.Equal("We will not be rushed into a bad agreement,", q.Text);
        Assert.Equal("Chrystia Freeland", q.Speaker);
        Assert.Equal(SpeakerKind.Person, q.SpeakerKind);
    }

    [Fact]
    public void Guillemets_with_inner_spaces_are_trimmed()
    {
        var r = Extract.From("« We are ready to sign a good agreement today » Guajardo said on Monday.");
        var q = r.Quote("We are ready");
        Assert.Equal("We are ready to sign a good agreement today", q.Text);
        Assert.Equal("Ildefonso Guajardo", q.Speaker);
    }

    [Fact]
    public void German_low_high_marks()
    {
        var r = Extract.From("„Trade wars are good and easy to win“, Trump said.");
        Assert.Equal("Donald Trump", r.Quote("Trade wars").Speaker);
        Assert.Equal("Trade wars are good and easy to win", r.Quote("Trade wars").Text);
    }

    [Fact]
    public void Nested_single_quotes_stay_in_the_text()
    {
        var r = Extract.From("“He told me ‘no deal’ and then he left the room,” said Canadian Ambassador David MacNaughton.");
        var q = r.Quote("He told me");
        Assert.Equal("He told me ‘no deal’ and then he left the room,", q.Text);
        Assert.Equal("David MacNaughton", q.Speaker);
    }

    [Fact]
    public void Split_quote_gives_two_quotes_with_one_speaker()
    {
        var r = Extract.From("Mexican Economy Minister Ildefonso Guajardo spoke in Washington.\n\"We are very close to the finish line,\" he said. \"But we are not there yet on energy.\"");
        Assert.Equal("Ildefonso Guajardo", r.Quote("We are very close").Speaker);
        Assert.Equal("Ildefonso Guajardo", r.Quote("But we are not there").Speaker);
    }

    [Fact]
    public void Quote_continuing_across_paragraphs_keeps_its_speaker()
    {
        var r = Extract.From("U.S. Trade Representative Robert Lighthizer spoke after the round.\nLighthizer said: “We have made real progress on autos this week.\n“We still have a long way to go on dairy and we will keep working.”");
        Assert.Equal("We have made real progress on autos this week.", r.Quote("We have made").Text);
        Assert.Equal("Robert Lighthizer", r.Quote("We have made").Speaker);
        Assert.Equal("Robert Lighthizer", r.Quote("We still have").Speaker);
        Assert.Contains("dairy", r.Quote("We still have").Issues);
    }

    [Fact]
    public void Partial_quote_inside_a_sentence_belongs_to_its_speaker()
    {
        var r = Extract.From("White House economic adviser Larry Kudlow said the Canadians were “ very difficult” on autos.");
        Assert.Equal("very difficult", r.Quote("very difficult").Text);
        Assert.Equal("Larry Kudlow", r.Quote("very difficult").Speaker);
    }

    [Theory]
    [InlineData("The union criticised the “sunset clause” in the American proposal.")]
    [InlineData("Critics called it a “Buy American” agenda dressed up as trade policy.")]
    [InlineData("The goods must be labelled “made in America” under the plan.")]
    [InlineData("Officials rejected demands on what counts as \"made in USA\" under the deal.")]
    public void Scare_quotes_and_titles_are_not_quotes(string text) => Assert.Empty(Extract.From(text).Quotes);

    [Fact]
    public void Unattributed_quote_of_four_words_is_a_quote_without_speaker()
    {
        var q = Assert.Single(Extract.From("Exporters fear new rules on what may be sold as “built in North America” in the region.").Quotes);
        Assert.Equal("built in North America", q.Text);
        Assert.Null(q.Speaker);
        Assert.True(q.Direct);
    }

    [Theory]
    [InlineData("A Canadian official, speaking on condition of anonymity, said Ottawa had “seen no movement” on autos.", "seen no movement")]
    [InlineData("A senior Mexican official said the offer was “dead on arrival.”", "dead on arrival.")]
    [InlineData("Diplomats described the meeting as “frank but cordial.”", "frank but cordial.")]
    public void Short_quote_after_an_anonymous_speaker_cue_is_kept_without_speaker(string text, string quote)
    {
        var q = Assert.Single(Extract.From(text).Quotes, q => q.Direct);
        Assert.Equal(quote, q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void Short_quote_takes_the_nearest_cue_with_a_speaker()
    {
        var r = Extract.From("Freeland said the duties announced by Washington last week were “simply illegal.”");
        Assert.Equal("Chrystia Freeland", r.Quote("simply illegal").Speaker);
        r = Extract.From("Guajardo said the negotiators had been told the issue was “off the table.”");
        Assert.Equal("Ildefonso Guajardo", r.Quote("off the table").Speaker);
    }

    [Fact]
    public void Quote_after_a_coordinated_verb_belongs_to_the_first_subject()
    {
        var r = Extract.From("The Business Council of Canada praised the compromise but warned that “the uncertainty will cost jobs for years.”");
        Assert.Equal("Business Council of Canada", r.Quote("the uncertainty").Speaker);
        r = Extract.From("Freeland accused Washington of a “zero-sum approach” and said Canada would stay at the table.");
        Assert.Equal("Chrystia Freeland", r.Quote("zero-sum approach").Speaker);
    }

    [Fact]
    public void Quote_introduced_by_a_colon_belongs_to_the_sentence_subject()
    {
        var r = Extract.From("Trump teased the announcement on Twitter early Sunday: “Big news coming for our farmers and workers!”");
        Assert.Equal("Donald Trump", r.Quote("Big news").Speaker);
    }

    [Theory]
    [InlineData("Tariffs “are a tax on Canadian families,” according to a statement from the Canadian Chamber of Commerce.", "Canadian Chamber of Commerce")]
    [InlineData("Senator Ron Wyden of Oregon said the side letters were “not worth the paper they are printed on.”", "Ron Wyden")]
    [InlineData("Guajardo also criticised the U.S. demand on seasonal produce, calling it “a step back for North America.”", "Ildefonso Guajardo")]
    [InlineData("President Donald Trump on Friday hailed the agreement as “a truly great deal for everyone.”", "Donald Trump")]
    [InlineData("“It would cost jobs,” the Motor & Equipment Manufacturers Association said in a statement.", "Motor & Equipment Manufacturers Association")]
    [InlineData("The Union des producteurs agricoles said in a statement that Ottawa must “stop trading away our farms.”", "Union des producteurs agricoles")]
    [InlineData("“Our members will not accept another breach,” the Fédération des producteurs de lait du Québec said on Monday.", "Fédération des producteurs de lait du Québec")]
    public void Speaker_from_other_attribution_forms(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Extract.From(text).Quotes, q => q.Direct).Speaker);

    [Fact]
    public void A_person_introduced_by_an_appositive_role_is_what_the_description_names()
    {
        var text = "Prime Minister Justin Trudeau spoke first. François-Xavier Dubuc, the international trade minister, "
                   + "struck a softer tone. The minister said there was still “a path to a deal” if both sides moved.";
        var r = Extract.From(text);
        Assert.Equal("François-Xavier Dubuc", r.Quote("a path to a deal").Speaker);
        Assert.Contains(r.People, p => p.Name == "François-Xavier Dubuc" && p.Role == "international trade minister");
    }

    [Fact]
    public void He_reaches_a_person_of_unknown_gender_named_more_recently()
    {
        var text = "“They have had more than a year,” Andrew Scheer said.\n\n"
                   + "The Business Council of Canada’s president, Goldy Hyder, warned that uncertainty was hurting investment.\n\n"
                   + "“Every week without a deal costs us,” he said.";
        var r = Extract.From(text);
        Assert.Equal("Goldy Hyder", r.Quote("Every week").Speaker);
        Assert.Contains(r.People, p => p.Name == "Goldy Hyder" && p.Role == "Business Council of Canada’s president" && p.Party == "CA");
    }

    [Fact]
    public void A_short_quote_that_is_a_sentence_of_its_own_continues_its_speaker()
    {
        var r = Extract.From("Trump took to Twitter on Monday night. “Canada has treated us very badly for many decades,” he wrote. “Not anymore!”");
        Assert.Equal("Donald Trump", r.Quote("Not anymore!").Speaker);
        Assert.True(r.Quote("Not anymore!").Direct);
        r = Extract.From("The carmakers call the new category “Class 7.” Analysts expect more.");
        Assert.DoesNotContain(r.Quotes, q => q.Text.StartsWith("Class 7"));
    }

    [Fact]
    public void Attribution_after_a_quote_that_ends_with_its_own_exclamation_mark()
    {
        var r = Extract.From("Then he turned to dairy.\n\n“Canada lectures us on ‘free trade’ while charging our farmers massive tariffs. Not acceptable!” Trump wrote on Twitter.");
        Assert.Equal("Donald Trump", r.Quote("Canada lectures us").Speaker);
    }

    [Theory]
    [InlineData("Peña Nieto, on his last full day in office, said the agreement would give “certainty to millions of families” in all three countries.", "certainty", "Peña Nieto")]
    [InlineData("Jesús Seade, 71, told reporters that wages “must go up in Mexico so that our workers share in the gains.”", "must go up", "Jesús Seade")]
    [InlineData("House Ways and Means Chairman Kevin Brady (R-Texas) told reporters the text was “a big step for American farmers.”", "a big step", "Kevin Brady")]
    [InlineData("Former prime minister Brian Mulroney, who has been advising the Trudeau government on its approach to the Trump administration, said he had urged Ms. Freeland to “stay calm and keep saying no.”", "stay calm", "Brian Mulroney")]
    public void Subject_before_an_appositive_or_a_party_tag(string text, string quote, string speaker) =>
        Assert.Equal(speaker, Extract.From(text).Quote(quote).Speaker);

    [Fact]
    public void A_title_with_and_in_it_is_one_person_but_two_names_are_two()
    {
        var r = Extract.From("House Ways and Means Chairman Kevin Brady spoke first. “We want to move this on the merits,” the Ways and Means chairman said.");
        Assert.Equal("Kevin Brady", r.Quote("We want to move").Speaker);
        Assert.Contains(r.People, p => p.Name == "Kevin Brady" && p.Role == "House Ways and Means Chairman");
        r = Extract.From("Trump and Trudeau said the talks had been “very productive and very friendly.”");
        Assert.Null(r.Quote("very productive").Speaker);
    }

    [Fact]
    public void It_is_the_organisation_just_named()
    {
        var r = Extract.From("The U.S. Chamber of Commerce said the deal “provides much-needed certainty,” but it said the tariffs should be lifted “as soon as humanly possible.”");
        Assert.Equal("U.S. Chamber of Commerce", r.Quote("as soon as").Speaker);
        r = Extract.From("Markets rallied on Monday. It said the tariffs should be lifted “as soon as humanly possible.”");
        Assert.Null(r.Quote("as soon as").Speaker);
    }

    [Fact]
    public void The_president_is_the_titled_one_not_a_union_president()
    {
        var text = "Unifor president Jerry Dias flew to Washington. U.S. President Donald Trump spoke from the Oval Office. "
                   + "The president told reporters Canada could come in “if they are willing to play fair.”";
        Assert.Equal("Donald Trump", Extract.From(text).Quote("if they are willing").Speaker);
    }

    [Fact]
    public void A_spanish_name_is_used_by_its_first_surname()
    {
        var r = Extract.From("Alejandro Ruiz Cortés, the deputy trade minister, spoke in Mexico City. “We have made progress on autos,” Ruiz said.");
        Assert.Equal("Alejandro Ruiz Cortés", r.Quote("We have made progress").Speaker);
    }

    [Fact]
    public void A_surname_found_by_an_honorific_takes_the_full_name_and_gender()
    {
        var text = "At her farm near Saint-Hyacinthe, Annie Bérard plans to make the trip. "
                   + "« My grandfather milked cows here », said Ms. Bérard. Lighthizer was not moved. « They are talking about our family », she said.";
        var r = Extract.From(text);
        Assert.Equal("Annie Bérard", r.Quote("My grandfather").Speaker);
        Assert.Equal("Annie Bérard", r.Quote("They are talking").Speaker);
    }

    [Fact]
    public void The_name_after_a_description_in_an_inverted_attribution()
    {
        var r = Extract.From("Toyota has been cautious. “Our investment decisions are made over decades, not news cycles,” said the spokeswoman, Kimiko Hardin.");
        Assert.Equal("Kimiko Hardin", r.Quote("Our investment decisions").Speaker);
    }

    [Fact]
    public void A_company_named_in_full_then_by_its_first_word()
    {
        var r = Extract.From("Ford Motor Co. builds engines in Windsor. Ford said in an emailed statement that it supported efforts to modernize Nafta.");
        Assert.Equal("Ford Motor Co.", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void A_participle_shares_the_speaker_of_the_finite_verb_before_it()
    {
        var r = Extract.From("House Ways and Means Chairman Kevin Brady spoke first. “We want to move this on the merits,” the Ways and Means chairman said, adding that he did not expect a vote before January.");
        Assert.Equal("Kevin Brady", r.Quotes.Single(q => !q.Direct).Speaker);
        r = Extract.From("Canada has also pushed for stronger labour standards, arguing that low Mexican wages have drawn investment south.");
        Assert.Equal("Canada", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void A_pronoun_chain_stays_with_the_last_speaker()
    {
        var text = "Mexico’s Economy Secretary Ildefonso Guajardo, who spent five weeks in Washington negotiating with Lighthizer, told reporters that Mexico expected Canada to rejoin. "
                   + "He said the two countries had left the dairy file for a three-way table.\n\n“This was never meant to be an agreement between two countries,” he said.";
        Assert.Equal("Ildefonso Guajardo", Extract.From(text).Quote("This was never meant").Speaker);
    }

    [Fact]
    public void The_union_is_the_union_just_named()
    {
        var r = Extract.From("Unifor welcomed the wage floor. In a separate statement, the union said the new rule would help “level the playing field” with Mexico.");
        Assert.Equal("Unifor", r.Quote("level the playing field").Speaker);
    }

    [Fact]
    public void A_surname_with_a_particle_is_the_full_name()
    {
        var r = Extract.From("Bosco de la Vega, president of the National Farm Council, spoke after the signing.\n\n“For the countryside this is good news,” De la Vega warned.");
        Assert.Equal("Bosco de la Vega", r.Quote("For the countryside").Speaker);
    }

    [Fact]
    public void A_person_introduced_with_an_age_and_who_is_reached_by_he()
    {
        var r = Extract.From("Luc Beaudoin, 58, who milks 90 cows near Saint-Hyacinthe, said he watched the news conference “with a knot in my stomach.” Prime Minister Justin Trudeau had spoken an hour earlier.\n\n“I always thought I would hand the farm to my kids,” Beaudoin said. He complained that nobody from the federal government had called farm leaders.");
        Assert.Equal("Luc Beaudoin", r.Quotes.Single(q => !q.Direct && q.Text.StartsWith("nobody")).Speaker);
    }

    [Fact]
    public void A_short_quote_completing_a_second_that_clause_keeps_the_speaker()
    {
        var r = Extract.From("Rep. Kevin Brady (R-Tex.), chairman of the House Ways and Means Committee, said in a statement that he was “encouraged” by the progress but that a final agreement “must include Canada.”");
        Assert.Equal("Kevin Brady", r.Quote("encouraged").Speaker);
        Assert.Equal("Kevin Brady", r.Quote("must include Canada.").Speaker);
    }

    [Fact]
    public void British_single_quotation_marks_are_quotes_but_possessives_are_not()
    {
        var r = Extract.From("Canada's foreign minister, Chrystia Freeland, struck a calmer tone. 'We are going to keep working,' she told reporters. 'A good deal is possible.' The farmers' union was not convinced.");
        Assert.Equal(["We are going to keep working,", "A good deal is possible."], r.Quotes.Select(q => q.Text));
        Assert.All(r.Quotes, q => Assert.Equal("Chrystia Freeland", q.Speaker));
    }

    [Fact]
    public void A_short_quote_from_an_anonymous_official_is_kept_without_a_speaker()
    {
        var q = Assert.Single(Extract.From("One industry official asked not to be named. “Nobody called us,” the official said.").Quotes);
        Assert.Equal("Nobody called us,", q.Text);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void The_company_is_the_company_last_named()
    {
        var r = Extract.From("Magna International Inc said in a statement that it was “closely monitoring” the talks. The company said it would not comment on speculation.");
        Assert.Equal("Magna International Inc", r.Quotes.Single(q => q.Text.StartsWith("it would not")).Speaker);
    }

    [Fact]
    public void A_description_given_in_a_relative_clause_after_the_name()
    {
        var text = "Graciela Márquez Colín, who will take over as economy secretary on Saturday, said the priority would be small companies. "
                   + "Ildefonso Guajardo, the outgoing minister, was in Buenos Aires.\n\n“The south has been left out of the benefits of trade,” the incoming economy secretary said.";
        Assert.Equal("Graciela Márquez Colín", Extract.From(text).Quote("The south has been").Speaker);
    }

    [Fact]
    public void A_surname_speaker_takes_the_full_name_the_article_gives_elsewhere()
    {
        var r = Extract.From("Ray Hollister has farmed outside Harlingen for decades.\n\n“Mexico is my best customer,” said Hollister, 61, who also grows cotton.");
        Assert.Equal("Ray Hollister", r.Quote("Mexico is my best").Speaker);
    }

    [Fact]
    public void A_person_introduced_with_an_age_is_reached_by_he()
    {
        var r = Extract.From("Teresa Almeida said the plant had frozen hiring. A few stations over, Harjit Sandhu, 34, put it more simply. “You pull one thread and the whole sweater goes,” he said.");
        Assert.Equal("Harjit Sandhu", r.Quote("You pull one thread").Speaker);
    }

    [Fact]
    public void According_to_sources_does_not_replace_the_named_speaker()
    {
        var r = Extract.From("Telford has been careful in public. She told the Liberal caucus on Wednesday that Canada would not be “bullied by a congressional calendar,” according to two MPs who were in the room.");
        Assert.Equal("Katie Telford", r.Quote("bullied by").Speaker);
    }

    [Fact]
    public void The_spokeswoman_is_the_spokeswoman_just_named()
    {
        var r = Extract.From("Asked whether the president would pull out, a White House spokeswoman, Lindsay Walters, said Trump “wants a deal that is fair to American workers.” The spokeswoman added that Lighthizer had briefed the president by phone.");
        Assert.Equal("Lindsay Walters", r.Quote("wants a deal").Speaker);
        Assert.Equal("Lindsay Walters", r.Quotes.Single(q => !q.Direct).Speaker);
    }

    [Fact]
    public void The_union_leader_is_the_person_whose_role_names_a_union()
    {
        var r = Extract.From("Jerry Dias, the national president of Unifor, has lobbied Congress all summer.\n\n“Let me be clear about what happened in August,” the union leader said.");
        Assert.Equal("Jerry Dias", r.Quote("Let me be clear").Speaker);
    }

    [Fact]
    public void The_company_and_it_follow_a_company_that_spoke()
    {
        var r = Extract.From("Ford said in a statement that it has invested billions in its U.S. plants.\n\n“A strong, modernized NAFTA is critical to that investment,” the company said.");
        Assert.Equal("Ford", r.Quote("A strong, modernized").Speaker);
    }

    [Fact]
    public void Present_tense_attribution_after_guillemets()
    {
        var r = Extract.From("Jesús Seade acknowledges that the team did not obtain everything.\n\n«It is not a perfect instrument. No treaty is.», he maintains.");
        Assert.Equal("Jesús Seade", r.Quote("It is not a perfect").Speaker);
    }

    [Fact]
    public void An_embedded_tweet_is_its_authors_and_its_attribution_line_is_furniture()
    {
        var text = "The first tweet went out on Sunday:\n\n“Mexico and Canada are getting a great deal, and the USA is getting killed. We will fix it or end it!”\n\n— Donald J. Trump (@realDonaldTrump) August 27, 2017\n\nMarkets shrugged.";
        var r = Extract.From(text, new DateOnly(2017, 8, 29));
        Assert.Equal("Donald Trump", r.Quote("Mexico and Canada are getting").Speaker);
        Assert.DoesNotContain(r.Dates, d => d.Text.StartsWith("August 27"));
    }

    [Fact]
    public void A_named_description_after_an_introductory_clause_with_commas()
    {
        var r = Extract.From("On Thursday, as negotiators met a few blocks from the White House, Mr. Ryan’s spokeswoman, Laurel Hanning, acknowledged that the window had effectively closed.");
        Assert.Equal("Laurel Hanning", Assert.Single(r.Quotes).Speaker);
        r = Extract.From("Jesus Seade, the trade negotiator for Mexico’s president-elect, Andres Manuel Lopez Obrador, said the incoming government was satisfied.");
        Assert.Equal("Jesus Seade", Assert.Single(r.Quotes).Speaker);
    }

    [Fact]
    public void The_group_is_the_organisation_just_named()
    {
        var r = Extract.From("Dairy Farmers of Canada sees it differently. In a statement after the signing, the group said the agreement “sacrifices Canadian farm families for a political win.”");
        Assert.Equal("Dairy Farmers of Canada", r.Quote("sacrifices").Speaker);
    }

    [Fact]
    public void A_figure_is_named_as_the_article_spells_it_in_full()
    {
        var r = Extract.From("Robert E. Lighthizer, the trade representative, said the talks had stalled. Jesús Seade Kuri said Mexico would wait.");
        Assert.Equal(["Robert E. Lighthizer", "Jesús Seade Kuri"], r.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void Organisation_names_keep_two_of_phrases_but_not_a_weekday_or_a_based_prefix()
    {
        var r = Extract.From("The Coalition for the Diversity of Cultural Expressions said the exemption was “not a tariff line on steel.” Greenwood-based Grassland Dairy Products said it would stop buying milk. The U.S. Chamber of Commerce on Tuesday accused the administration of “poison pill proposals.”");
        Assert.Equal(["Coalition for the Diversity of Cultural Expressions", "Grassland Dairy Products", "U.S. Chamber of Commerce"], r.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_nationality_adjective_opening_the_sentence_is_not_a_speaker()
    {
        var r = Extract.From("Canadian and Mexican officials rejected the demand, arguing that the changes would damage the auto industry.");
        Assert.Null(Assert.Single(r.Quotes).Speaker);
        Assert.DoesNotContain(r.People, p => p.Name == "Canadian");
    }

    [Fact]
    public void He_prefers_the_subject_of_the_previous_sentence()
    {
        var text = "Jorge Castañeda, who advised President Enrique Peña Nieto, attended the talks as an observer. "
                   + "“The energy chapter must respect our sovereignty,” he said.";
        Assert.Equal("Jorge Castañeda", Extract.From(text).Quote("The energy chapter").Speaker);
    }

    [Fact]
    public void Organisation_name_does_not_run_across_paragraphs()
    {
        var r = Extract.From("The leaders spoke on Monday.\n\nThe Prime Minister’s Office said the call had been “frank and constructive.”");
        Assert.Equal("Prime Minister’s Office", r.Quote("frank and constructive").Speaker);
    }

    [Fact]
    public void Long_unattributed_quote_has_no_speaker()
    {
        var r = Extract.From("Protesters outside carried a banner: “Workers of all three countries deserve a fair deal now”.");
        Assert.Null(r.Quote("Workers of all").Speaker);
    }

    [Fact]
    public void Spokeswoman_for_someone_is_not_that_someone()
    {
        var r = Extract.From("U.S. Trade Representative Robert Lighthizer left early. “We have nothing further to add at this time,” a spokeswoman for Lighthizer said.");
        Assert.Null(r.Quote("We have nothing").Speaker);
        Assert.Empty(Extract.From("A spokeswoman for Lighthizer didn’t respond to a request for comment.").Quotes);
    }

    [Fact]
    public void The_president_is_the_president_named_in_the_article()
    {
        var r = Extract.From("U.S. President Donald Trump met reporters at the White House.\n“We will get a great deal for our farmers,” the president said.");
        Assert.Equal("Donald Trump", r.Quote("We will get").Speaker);
    }

    [Fact]
    public void The_prime_minister_and_the_trade_czar()
    {
        var r = Extract.From("Prime Minister Justin Trudeau and trade czar Robert Lighthizer spoke separately.\n“Canada will not sign just any deal,” the prime minister said.\n“The clock is ticking for Canada on this,” the U.S. trade czar said.");
        Assert.Equal("Justin Trudeau", r.Quote("Canada will not").Speaker);
        Assert.Equal("Robert Lighthizer", r.Quote("The clock").Speaker);
    }

    [Fact]
    public void Organisation_speaker_in_a_statement()
    {
        var r = Extract.From("“These proposals are simply unworkable for business,” the Canadian Chamber of Commerce said in a statement.");
        var q = r.Quote("These proposals");
        Assert.Equal("Canadian Chamber of Commerce", q.Speaker);
        Assert.Equal(SpeakerKind.Organisation, q.SpeakerKind);
        Assert.Contains(r.People, p => p.Name == "Canadian Chamber of Commerce" && p.Kind == SpeakerKind.Organisation && p.Party == "CA");
    }

    [Fact]
    public void Possessive_ministry_speaks()
    {
        var r = Extract.From("Mexico’s foreign ministry said on Sunday that “all options remain on the table for our negotiators”.");
        var q = r.Quote("all options");
        Assert.Equal("Mexico’s foreign ministry", q.Speaker);
        Assert.Equal(SpeakerKind.Organisation, q.SpeakerKind);
    }

    [Fact]
    public void Tweets_with_marks_and_pasted_handles()
    {
        var r = Extract.From("Trump tweeted: “Canada has treated our farmers very badly for a long time!”\n@realDonaldTrump: We will make a deal with Canada or there will be no deal at all.");
        Assert.Equal("Donald Trump", r.Quote("Canada has treated").Speaker);
        var tweet = r.Quote("We will make a deal");
        Assert.Equal("We will make a deal with Canada or there will be no deal at all.", tweet.Text);
        Assert.Equal("Donald Trump", tweet.Speaker);
    }

    [Fact]
    public void Inverted_attribution_with_full_title()
    {
        var r = Extract.From("“Canada will not sign a bad deal for Canadians,” said Prime Minister Justin Trudeau.");
        Assert.Equal("Justin Trudeau", r.Quote("Canada will not").Speaker);
        Assert.Contains(r.People, p => p.Name == "Justin Trudeau" && p.Role == "Prime Minister" && p.Party == "CA");
    }

    [Fact]
    public void Speaker_before_with_told_reporters()
    {
        var r = Extract.From("Guajardo told reporters that “we are going to keep working through the weekend.”");
        Assert.Equal("Ildefonso Guajardo", r.Quote("we are going").Speaker);
        Assert.DoesNotContain(r.Quotes, q => !q.Direct);
    }

    [Fact]
    public void Pronouns_follow_gender()
    {
        var r = Extract.From("Chrystia Freeland met Robert Lighthizer on Monday. “It was a very productive meeting,” she said. “We made real progress on autos,” he said.");
        Assert.Equal("Chrystia Freeland", r.Quote("It was a very").Speaker);
        Assert.Equal("Robert Lighthizer", r.Quote("We made real").Speaker);
    }

    [Fact]
    public void Unknown_person_with_title_is_found()
    {
        var r = Extract.From("Business Council of Canada president Goldy Hyder said, “This uncertainty is hurting investment across the country.”");
        Assert.Equal("Goldy Hyder", r.Quote("This uncertainty").Speaker);
        var hyder = Assert.Single(r.People, p => p.Name == "Goldy Hyder");
        Assert.Equal("CA", hyder.Party);
        Assert.Contains("president", hyder.Role);
    }

    [Fact]
    public void Saying_after_the_subject()
    {
        var r = Extract.From("On Monday, Trudeau struck a cautious tone, telling reporters that the talks were “a work in progress for both sides”.");
        Assert.Equal("Justin Trudeau", r.Quote("a work in progress").Speaker);
    }

    [Fact]
    public void Description_with_an_office_word_still_finds_the_person()
    {
        var r = Extract.From("U.S. Trade Representative Robert Lighthizer met his counterparts on Monday. The trade representative said the offer was “nowhere near enough.”");
        Assert.Equal("Robert Lighthizer", r.Quote("nowhere near enough").Speaker);
    }

    [Fact]
    public void For_her_part_is_an_appositive()
    {
        var r = Extract.From("Canadian Foreign Minister Chrystia Freeland, for her part, accused Washington of “bad faith” in the talks.");
        Assert.Equal("Chrystia Freeland", r.Quote("bad faith").Speaker);
    }

    [Fact]
    public void Name_between_commas_after_an_introductory_phrase()
    {
        var r = Extract.From("In Mexico City, Guajardo’s chief of staff, Sofía Herrera Luna, said the offer was “serious and detailed.”");
        Assert.Equal("Sofía Herrera Luna", r.Quote("serious and detailed").Speaker);
        Assert.Contains(r.People, p => p.Name == "Sofía Herrera Luna");
    }

    [Fact]
    public void Administration_named_by_its_leader_speaks()
    {
        var r = Extract.From("The Trump administration has argued that “the statute gives the president full authority.”");
        Assert.Equal("Trump administration", r.Quote("the statute").Speaker);
    }

    [Fact]
    public void Indefinite_description_named_in_a_later_sentence()
    {
        var r = Extract.From("In Mexico City, a spokeswoman for the foreign ministry said Mexico backed the plan “as a starting point.” "
                             + "The spokeswoman, Ana Lucía Prieto, added that the minister would travel to Ottawa.");
        Assert.Equal("Ana Lucía Prieto", r.Quote("as a starting point").Speaker);
        Assert.Equal("Ana Lucía Prieto", r.Quote("the minister would travel").Speaker);
    }

    [Fact]
    public void Indefinite_description_never_named_stays_anonymous()
    {
        var r = Extract.From("A spokesman for the trade office said the proposal was “under careful review.” Talks resume Monday.");
        Assert.Null(r.Quote("under careful review").Speaker);
    }

    [Fact]
    public void A_possessive_ends_a_name()
    {
        var r = Extract.From("The vote handed a majority to Sophie Tremblay’s Parti Rural Québécois. Earlier, Ms. Tremblay had warned she would “never sign off” on a dairy concession.");
        Assert.Equal("Sophie Tremblay", r.Quote("never sign off").Speaker);
    }

    [Fact]
    public void A_surname_alone_takes_the_full_name_an_appositive_gave_earlier()
    {
        var r = Extract.From("Idris Pemberton, a spokesman for the premier, said the province would wait.\n\n\"We are not in a hurry,\" Pemberton said.");

        Assert.Equal("Idris Pemberton", r.Quote("We are not in a hurry").Speaker);
    }

    [Fact]
    public void The_president_without_a_nationality_is_the_one_titled_without_one()
    {
        var r = Extract.From("President Donald Trump spoke with Mexican President Enrique Peña Nieto on Monday.\n\n\"We have a very good deal for both countries,\" the president said.");

        Assert.Equal("Donald Trump", r.Quote("We have a very good deal").Speaker);
    }

    [Fact]
    public void A_description_opening_a_sentence_carries_the_person_to_the_next_pronoun()
    {
        var r = Extract.From("Prime Minister Justin Trudeau met Mexican Economy Minister Ildefonso Guajardo in Ottawa on Monday.\n\n"
            + "The prime minister was in no mood to compromise. He said Canada would not accept a sunset clause.\n\n"
            + "\"We will not sign a deal that expires,\" he told reporters.");

        Assert.Equal("Justin Trudeau", r.Quote("We will not sign a deal that expires").Speaker);
        Assert.Equal("Justin Trudeau", r.Quote("Canada would not accept a sunset clause").Speaker);
    }
}
