using NaftaTracker.Web.Export;
using NaftaTracker.Web.Tests.Support;

namespace NaftaTracker.Web.Tests.Export;

public class CsvWriterTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("-1", "'-1")]
    [InlineData("+1", "'+1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("line one\r\nline two", "\"line one\r\nline two\"")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Fields_are_quoted_and_neutralised(string value, string expected) => Assert.Equal(expected, CsvWriter.Field(value));

    [Fact]
    public void A_formula_with_a_comma_is_both_neutralised_and_quoted() =>
        Assert.Equal("\"'=SUM(A1,A2)\"", CsvWriter.Field("=SUM(A1,A2)"));

    [Fact]
    public void Rows_end_with_CRLF_and_round_trip_through_a_strict_reader()
    {
        var csv = CsvWriter.Write(["a", "b"], [["x,y", "say \"hi\"\nthen go"], ["=1+1", null]]);
        Assert.EndsWith("\r\n", csv);
        var rows = Csv.Parse(csv);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["x,y", "say \"hi\"\nthen go"], rows[1]);
        Assert.Equal(["'=1+1", ""], rows[2]);
    }

    [Fact]
    public void Bytes_start_with_a_UTF8_BOM()
    {
        var bytes = CsvWriter.ToUtf8WithBom("é\r\n");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }
}
