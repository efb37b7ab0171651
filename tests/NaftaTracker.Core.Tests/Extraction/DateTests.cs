using NaftaTracker.Domain;

namespace NaftaTracker.Tests.Extraction;

public class DateTests
{
    private static PartialDate Only(string text, DateOnly published, string expression)
    {
        var r = Extract.From(text, published);
        var d = Assert.Single(r.Dates, x => x.Text == expression);
        Assert.Equal(expression, text[d.Start..d.End]);
        return d.Value;
    }

    private static readonly DateOnly Tue = new(2018, 9, 11);

    [Theory]
    [InlineData("The ministers will meet Friday in Ottawa.", 2018, 9, 14)]
    [InlineData("The ministers met Friday in Ottawa.", 2018, 9, 7)]
    [InlineData("Negotiators resume their talks on Thursday.", 2018, 9, 13)]
    [InlineData("Talks are scheduled to start on Wednesday.", 2018, 9, 12)]
    [InlineData("The two sides spoke by phone on Tuesday.", 2018, 9, 11)]
    [InlineData("The ministers spoke on Monday.", 2018, 9, 10)]
    public void Weekdays_by_tense(string text, int y, int m, int d)
    {
        var weekday = text.Split(' ').Select(w => w.TrimEnd('.')).First(w => Enum.TryParse<DayOfWeek>(w, out _));
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, Tue, weekday));
    }

    [Fact]
    public void Month_day_without_year_is_upcoming_when_future()
    {
        Assert.Equal(PartialDate.Day(2018, 10, 1), Only("A text is due to Congress by Oct. 1 at the latest.", new DateOnly(2018, 9, 7), "Oct. 1"));
        Assert.Equal(PartialDate.Day(2019, 1, 15), Only("The ministers will meet again on Jan. 15.", new DateOnly(2018, 12, 20), "Jan. 15"));
    }

    [Fact]
    public void Month_day_in_past_context_is_behind()
    {
        Assert.Equal(PartialDate.Day(2018, 12, 1), Only("The leaders signed the deal on Dec. 1 in Buenos Aires.", new DateOnly(2018, 12, 20), "Dec. 1"));
        Assert.Equal(PartialDate.Day(2018, 9, 30), Only("The deal was reached late on Sept. 30 after weeks of talks.", new DateOnly(2018, 10, 2), "Sept. 30"));
    }

    [Theory]
    [InlineData("It happened on 1 October 2018 in Ottawa.", "1 October 2018", 2018, 10, 1)]
    [InlineData("The video was posted Sep 6, 2018 online.", "Sep 6, 2018", 2018, 9, 6)]
    [InlineData("The attacks of September 11, 2001 changed everything.", "September 11, 2001", 2001, 9, 11)]
    [InlineData("The file was dated 2018-08-27 by the office.", "2018-08-27", 2018, 8, 27)]
    public void Full_dates(string text, string expression, int y, int m, int d) =>
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, Tue, expression));

    [Fact]
    public void Months_and_relative_expressions_keep_their_precision()
    {
        var pub = new DateOnly(2018, 9, 7);
        Assert.Equal(PartialDate.Month(2018, 11), Only("A deal could come in November, officials said.", pub, "November"));
        Assert.Equal(PartialDate.Month(2018, 10), Only("The teams meet again next month in Mexico City.", pub, "next month"));
        Assert.Equal(PartialDate.Month(2018, 8), Only("Mexico settled its part last month with Washington.", pub, "last month"));
        Assert.Equal(PartialDate.Year(2019), Only("Ratification is expected next year at the earliest.", pub, "next year"));
        Assert.Equal(PartialDate.Year(2018), Only("They want a deal by the end of the year at most.", pub, "the end of the year"));
        Assert.Equal(PartialDate.Year(2019), Only("Ratification may slip to early 2019 in Congress.", pub, "2019"));
        Assert.Equal(PartialDate.Month(2019, 5), Only("The vote may come in May 2019 at the earliest.", pub, "May 2019"));
    }

    [Fact]
    public void Today_yesterday_tomorrow()
    {
        var r = Extract.From("Talks ended yesterday. They resume today. A vote comes tomorrow.", Tue);
        Assert.Contains(r.Dates, d => d.Text == "yesterday" && d.Value == PartialDate.Day(2018, 9, 10));
        Assert.Contains(r.Dates, d => d.Text == "today" && d.Value == PartialDate.Day(2018, 9, 11));
        Assert.Contains(r.Dates, d => d.Text == "tomorrow" && d.Value == PartialDate.Day(2018, 9, 12));
    }

    [Fact]
    public void Past_month_in_past_context()
    {
        Assert.Equal(PartialDate.Month(2018, 7), Only("The talks stalled in July over autos.", new DateOnly(2018, 9, 7), "July"));
    }

    [Theory]
    [InlineData("Canada may walk away from the table if pushed.")]
    [InlineData("Workers will march to Parliament Hill to protest.")]
    [InlineData("Tariffs rose 25 percent and content rules moved to 85 percent.")]
    [InlineData("The deal may include a review of 2025 percent figures.")]
    [InlineData("\"A truck today is a data centre on wheels,\" the executive said.")]
    public void Not_dates(string text) => Assert.Empty(Extract.From(text, Tue).Dates);

    [Fact]
    public void March_and_May_with_preposition_are_months()
    {
        var r = Extract.From("Talks began in May and stalled by March.", Tue);
        Assert.Equal(2, r.Dates.Count);
        Assert.All(r.Dates, d => Assert.Equal(DatePrecision.Month, d.Value.Precision));
    }

    [Fact]
    public void Years_alone_are_year_precision()
    {
        var r = Extract.From("NAFTA took effect in 1994 after it was signed in 1993.", Tue);
        Assert.Equal([PartialDate.Year(1994), PartialDate.Year(1993)], r.Dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("Officials hope to close the file by the end of October.", 2018, 9, 11, "the end of October", 2018, 10)]
    [InlineData("The new target is the end of March, two officials said.", 2017, 10, 17, "the end of March", 2018, 3)]
    [InlineData("Exports slumped at the end of July after the tariffs hit.", 2018, 9, 11, "the end of July", 2018, 7)]
    public void End_of_a_month_is_one_month_expression(string text, int py, int pm, int pd, string expression, int y, int m)
    {
        var r = Extract.From(text, new DateOnly(py, pm, pd));
        var d = Assert.Single(r.Dates);
        Assert.Equal(expression, d.Text);
        Assert.Equal(PartialDate.Month(y, m), d.Value);
    }

    [Theory]
    [InlineData("The president on Monday unveiled a pact with Mexico that could reshape trade.", "Monday", 2018, 9, 10)]
    [InlineData("Guajardo hopes Canada can join the accord signed Monday by both sides.", "Monday", 2018, 9, 10)]
    [InlineData("A deadline imposed by the Senate leader came and went Thursday without a vote.", "Thursday", 2018, 9, 6)]
    public void Weekday_takes_the_tense_nearest_to_it(string text, string weekday, int y, int m, int d) =>
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, Tue, weekday));

    [Theory]
    [InlineData("Lawmakers have said a vote is unlikely until after the midterms on Nov. 6.", "Nov. 6", 2018, 11, 6)]
    [InlineData("Ryan had said Congress needed the text by May 10 to hold a vote this year.", "May 10", 2018, 5, 10)]
    [InlineData("Mexico votes on July 1 and the United States holds its own elections later.", "July 1", 2018, 7, 1)]
    public void Month_day_without_year_takes_the_nearest_sensible_year(string text, string expression, int y, int m, int d) =>
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, new DateOnly(2018, 5, 18), expression));

    [Fact]
    public void Bare_months_ahead_when_passive_modal_or_destination()
    {
        Assert.Equal(PartialDate.Month(2018, 9), Only("Agreement on autos could be finalised in September, Guajardo said.", new DateOnly(2018, 7, 27), "September"));
        Assert.Equal(PartialDate.Month(2018, 3), Only("Negotiators moved the deadline to March after a tense round.", new DateOnly(2017, 12, 14), "March"));
        Assert.Equal(PartialDate.Month(2018, 11), Only("The United States elects a new Congress in November.", new DateOnly(2018, 3, 5), "November"));
    }

    [Theory]
    [InlineData("The round runs through Sunday in Montreal.", "Sunday", 2018, 9, 16)]
    [InlineData("Talks continue Thursday at the embassy.", "Thursday", 2018, 9, 13)]
    [InlineData("The Quebec election takes place on Sunday.", "Sunday", 2018, 9, 16)]
    [InlineData("The round ended Sunday without a deal.", "Sunday", 2018, 9, 9)]
    public void Scheduling_verbs_in_the_present_point_ahead(string text, string weekday, int y, int m, int d) =>
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, new DateOnly(2018, 9, 12), weekday));
}

public class DateTenseCueTests
{
    private static readonly DateOnly Wed = new(2018, 9, 12);

    private static PartialDate Only(string text, DateOnly published, string expression)
    {
        var d = Assert.Single(Extract.From(text, published).Dates, x => x.Text == expression);
        Assert.Equal(expression, text[d.Start..d.End]);
        return d.Value;
    }

    [Theory]
    [InlineData("The accord, reached shortly before a midnight deadline Sunday, keeps the panels.", "Sunday", 2018, 9, 9)]
    [InlineData("Canada faces a Friday deadline to join the pact.", "Friday", 2018, 9, 14)]
    [InlineData("Freeland, speaking in Quebec City on Sunday, said Canada would not escalate.", "Sunday", 2018, 9, 9)]
    [InlineData("Canadian negotiators laid out an alternative on Thursday that would change the formula.", "Thursday", 2018, 9, 6)]
    [InlineData("The White House said in a statement on Tuesday that the president would raise the issue.", "Tuesday", 2018, 9, 11)]
    [InlineData("López Obrador takes office Saturday in Mexico City.", "Saturday", 2018, 9, 15)]
    [InlineData("Trump intends to leave the summit early on Saturday.", "Saturday", 2018, 9, 15)]
    [InlineData("Guajardo, who was Mexico's economy secretary until Saturday, said Mexico would keep talking.", "Saturday", 2018, 9, 8)]
    [InlineData("Flying back from Buenos Aires on Saturday, Trump told reporters that he would soon serve notice.", "Saturday", 2018, 9, 8)]
    [InlineData("Canada must sign by Saturday, Lighthizer said.", "Saturday", 2018, 9, 15)]
    public void Weekday_reads_the_verb_that_governs_it(string text, string weekday, int y, int m, int d) =>
        Assert.Equal(PartialDate.Day(y, m, d), Only(text, Wed, weekday));

    [Theory]
    [InlineData("Mulroney told a business audience in Toronto in November that patience pays.", 2018, 1, 20, "November", 2017, 11)]
    [InlineData("The seventh round is pencilled in for Mexico City in March.", 2018, 1, 20, "March", 2018, 3)]
    [InlineData("He did not expect a vote before the new Congress is seated in January.", 2018, 10, 1, "January", 2019, 1)]
    [InlineData("The talks have been stalled since May.", 2018, 6, 7, "May", 2018, 5)]
    [InlineData("Democrats could take the chair if the party wins the House in November, he said.", 2018, 10, 1, "November", 2018, 11)]
    public void Bare_month_reads_the_verb_that_governs_it(string text, int py, int pm, int pd, string expression, int y, int m) =>
        Assert.Equal(PartialDate.Month(y, m), Only(text, new DateOnly(py, pm, pd), expression));

    [Fact]
    public void Next_and_last_month_names_and_the_end_of_a_year()
    {
        Assert.Equal(PartialDate.Month(2018, 7), Only("Mexico votes next July.", new DateOnly(2017, 8, 18), "next July"));
        Assert.Equal(PartialDate.Month(2017, 7), Only("Talks stalled last July.", new DateOnly(2018, 1, 18), "last July"));
        Assert.Equal(PartialDate.Year(2017), Only("The talks were supposed to wrap up by the end of 2017.", new DateOnly(2018, 6, 11), "the end of 2017"));
    }

    [Fact]
    public void A_month_day_just_over_half_a_year_ahead_follows_a_future_verb() =>
        Assert.Equal(PartialDate.Day(2018, 3, 30), Only("Campaigning formally begins on March 30.", new DateOnly(2017, 9, 27), "March 30"));
}
