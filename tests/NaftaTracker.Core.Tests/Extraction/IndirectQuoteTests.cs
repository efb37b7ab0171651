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
    [InlineData("Trump and Trudeau said they were ready to walk away from the table.")]
    [InlineData("Officials said that the meeting went well overall.")]
    [InlineData("Freeland called that meeting constructive and useful.")]
    [InlineData("The administration has said nothing about the plan yet.")]
    public void No_indirect_quote(string text) => Assert.DoesNotContain(Extract.From(text).Quotes, q => !q.Direct);
}
