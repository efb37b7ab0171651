using NaftaTracker.Search;

namespace NaftaTracker.Core.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("dairy", "\"dairy\"*")]
    [InlineData("dairy farmers", "\"dairy\" \"farmers\"*")]
    [InlineData("dairy AND", "\"dairy\" \"AND\"*")]
    [InlineData("col:dairy", "\"col\" \"dairy\"*")]
    [InlineData("NEAR(dairy", "\"NEAR\" \"dairy\"*")]
    [InlineData("m-i-l-k", "\"m-i-l-k\"*")]
    [InlineData("\"unbalanced", "\"unbalanced\"*")]
    [InlineData("Malmström", "\"Malmström\"*")]
    [InlineData("Canada’s", "\"Canada's\"*")]
    public void Input_becomes_quoted_tokens_with_the_last_one_prefix_matched(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(input).MatchExpression);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("^")]
    [InlineData("' - '")]
    public void Input_without_a_word_is_empty(string? input)
    {
        var query = SearchQuery.Parse(input);
        Assert.True(query.IsEmpty);
        Assert.Equal("", query.MatchExpression);
    }

    [Fact]
    public void Long_input_is_capped()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("tariffs", 500)) + " steel");
        Assert.True(query.Input.Length <= SearchQuery.MaxInputLength);
        Assert.Single(query.Tokens);
    }

    [Fact]
    public void Highlight_markers_split_into_segments()
    {
        var segments = Highlight.Split("the \uE000dairy\uE001 sector <b>");
        Assert.Equal([new("the ", false), new("dairy", true), new(" sector <b>", false)], segments);
    }
}
