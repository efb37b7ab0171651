using NaftaTracker.Extraction;

namespace NaftaTracker.Tests.Extraction;

public class FurnitureTests
{
    [Theory]
    [InlineData("Click to play video: 'Freeland speaks' Freeland speaks")]
    [InlineData("ABOVE: Freeland says “we are close” – Sep 4, 2018")]
    [InlineData("WATCH: Trudeau says “no deal is better than a bad deal”")]
    [InlineData("READ MORE: “We will walk away,” Trudeau says")]
    [InlineData("Related: “Canada is the problem,” Trump says")]
    [InlineData("Sponsored content")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter for the latest on NAFTA")]
    [InlineData("Chrystia Freeland speaks to reporters in Washington. Photo: AFP/Jim Watson")]
    [InlineData("Freeland walks to the talks on Tuesday. (Photo: Getty Images)")]
    [InlineData("Justin Trudeau in Ottawa on Monday. REUTERS/Chris Wattie")]
    [InlineData("Trump calls Trudeau “dishonest” – Jun 10, 2018")]
    [InlineData("Freeland arrives at the trade office in Washington on Tuesday. (Sean Kilpatrick/The Canadian Press)")]
    [InlineData("WATCH | Trump says Canada can join U.S.-Mexico deal later or face car tariffs")]
    [InlineData("Published January 29, 2018 • Last updated January 29, 2018 6:15 PM EST")]
    [InlineData("09/28/2018 10:00 AM EDT")]
    [InlineData("Mon., Sept. 10, 2018")]
    [InlineData("By Daniel Leblond and Heather Kerr")]
    [InlineData("CBC News · Posted: Sep 21, 2018 4:00 AM ET | Last Updated: September 21")]
    [InlineData("Trudeau and Freeland at the Canadian embassy in Washington on Oct. 11, 2017. SEAN KILPATRICK/THE CANADIAN PRESS")]
    [InlineData("Photo by Yuri Gripas/Reuters")]
    [InlineData("Freeland speaks to reporters at the Office of the U.S. Trade Representative on Wednesday, Aug. 29, 2018.")]
    public void Furniture_lines_are_detected_and_their_quotes_ignored(string line)
    {
        var text = "Canada and the U.S. kept talking on Tuesday.\n" + line + "\nThe talks resume next week.";
        var r = Extract.From(text);
        var f = Assert.Single(r.Furniture);
        Assert.Equal(line, text[f.Start..f.End]);
        Assert.Empty(r.Quotes);
    }

    [Fact]
    public void Poll_block_is_furniture()
    {
        var text = "Freeland spoke.\n\npoll image\n\nShould Canada sign a deal without dairy?\n\n    Total Results: 0\n\n“We will keep going until the job is done properly,” Freeland said.";
        var r = Extract.From(text);
        Assert.Equal(3, r.Furniture.Count);
        Assert.Equal("Chrystia Freeland", Assert.Single(r.Quotes).Speaker);
        Assert.DoesNotContain(r.Issues, i => i.Key == "dairy");
    }

    [Fact]
    public void Headlines_and_ordinary_paragraphs_are_not_furniture()
    {
        var text = "NAFTA talks stall as Trump threatens Canada\n\nTrump said on Twitter he would not back down.";
        Assert.Empty(Extract.From(text).Furniture);
    }

    [Fact]
    public void Masking_keeps_offsets()
    {
        var text = "Intro line.\nREAD MORE: something\nBody “quoted words that matter a lot here,” Freeland said.";
        var masked = FurnitureDetector.Mask(text, FurnitureDetector.Detect(text));
        Assert.Equal(text.Length, masked.Length);
        Assert.Equal(text.IndexOf("Body", StringComparison.Ordinal), masked.IndexOf("Body", StringComparison.Ordinal));
    }

    [Fact]
    public void A_credit_on_its_own_line_makes_the_line_above_a_caption()
    {
        const string caption = "Chrystia Freeland leaves the talks “in good spirits” on Wednesday.";
        var text = "Talks went on.\n\n" + caption + "\nTHE CANADIAN PRESS/Simon Labrecque\n\nThe next round opens Friday.";
        var r = Extract.From(text);
        Assert.Equal([caption, "THE CANADIAN PRESS/Simon Labrecque"], r.Furniture.Select(f => text[f.Start..f.End]));
        Assert.DoesNotContain(r.Dates, d => d.Text == "Wednesday");
    }

    [Fact]
    public void A_related_stories_list_is_furniture_up_to_the_blank_line()
    {
        var text = "Talks went on.\n\nRelated Stories\nTrump says NAFTA may have to be terminated as talks resume Friday\nWhy the sunset clause matters\n\nLighthizer said the talks had been hard.";
        var r = Extract.From(text);
        Assert.Equal(3, r.Furniture.Count);
        Assert.Equal(["the talks had been hard"], r.Quotes.Select(q => q.Text));
        Assert.DoesNotContain(r.Dates, d => d.Text == "Friday");
    }
}
