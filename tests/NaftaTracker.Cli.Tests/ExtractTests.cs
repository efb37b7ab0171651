using System.Text.Json;
using System.Text.RegularExpressions;
using NaftaTracker.Domain;
using NaftaTracker.Extraction;
using NaftaTracker.Ingestion.Input;

namespace NaftaTracker.Cli.Tests;

public sealed class ExtractTests : IDisposable
{
    private readonly CliHarness _cli = new();
    public void Dispose() => _cli.Dispose();

    private static readonly string[] ContractKeys =
        ["file", "published", "title", "encoding", "html", "length", "warnings", "quotes", "dates", "people", "issues", "deadlines", "events", "furniture"];

    /// <summary>Holds for any correct extractor: with the placeholder extractor the lists are empty and only the shape is checked.</summary>
    [Fact]
    public async Task Json_has_the_contract_keys_and_every_offset_indexes_the_decoded_text()
    {
        var path = _cli.Write("autos.txt", Articles.Autos.Replace("\n", "\r\n"));
        var run = await _cli.RunAsync("extract", path, "--published", "2018-08-29", "--format", "json", "--include-text");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        foreach (var key in ContractKeys) Assert.True(root.TryGetProperty(key, out _), $"missing key '{key}'");

        var text = root.GetProperty("text").GetString()!;
        Assert.Equal(Articles.Autos, text); // CRLF normalised: offsets index the text the store keeps
        Assert.Equal(text.Length, root.GetProperty("length").GetInt32());
        Assert.Equal("2018-08-29", root.GetProperty("published").GetString());
        Assert.Equal("Lighthizer sees progress on autos as Canada holds firm on dairy", root.GetProperty("title").GetString());
        Assert.Equal("utf-8", root.GetProperty("encoding").GetString());

        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            var quote = q.GetProperty("text").GetString()!;
            Assert.Equal(quote, Slice(text, q));
            Assert.False(string.IsNullOrWhiteSpace(quote));
            Assert.DoesNotMatch("^[\"“”]|[\"“”]$", quote); // without the quotation marks
            Assert.True(q.GetProperty("speaker").ValueKind is JsonValueKind.Null or JsonValueKind.String);
            Assert.True(q.GetProperty("direct").ValueKind is JsonValueKind.True or JsonValueKind.False);
            AssertIssueKeys(q.GetProperty("issues"));
        }
        foreach (var d in root.GetProperty("dates").EnumerateArray())
        {
            Assert.Equal(d.GetProperty("text").GetString(), Slice(text, d));
            var value = d.GetProperty("value").GetString()!;
            var pattern = d.GetProperty("precision").GetString() switch
            {
                "day" => @"^\d{4}-\d{2}-\d{2}$",
                "month" => @"^\d{4}-\d{2}$",
                "year" => @"^\d{4}$",
                var other => throw new Xunit.Sdk.XunitException($"unknown precision '{other}'"),
            };
            Assert.Matches(pattern, value);
            Assert.True(PartialDate.TryParseIso(value, out _), value);
        }
        foreach (var p in root.GetProperty("people").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("name").GetString()));
            Assert.Equal(JsonValueKind.Array, p.GetProperty("aliases").ValueKind);
            Assert.True(p.GetProperty("role").ValueKind is JsonValueKind.Null or JsonValueKind.String);
            var party = p.GetProperty("party");
            Assert.True(party.ValueKind == JsonValueKind.Null || party.GetString() is "US" or "CA" or "MX" or "EU", party.ToString());
        }
        foreach (var i in root.GetProperty("issues").EnumerateArray())
        {
            Assert.NotNull(IssueTaxonomy.Find(i.GetProperty("key").GetString()!));
            foreach (var s in i.GetProperty("spans").EnumerateArray()) Assert.NotEqual("", Slice(text, s));
        }
        foreach (var fact in root.GetProperty("deadlines").EnumerateArray().Concat(root.GetProperty("events").EnumerateArray()))
        {
            var evidence = fact.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("text").GetString(), Slice(text, evidence));
        }
        foreach (var f in root.GetProperty("furniture").EnumerateArray())
            Assert.Equal(f.GetProperty("text").GetString(), Slice(text, f));
    }

    [Fact]
    public async Task Every_extracted_fact_is_written_in_the_documented_shape()
    {
        var text = Articles.Autos;
        var path = _cli.Write("autos.txt", text);
        var run = await _cli.RunWithAsync(new FixedExtractor(), "extract", path, "--published", "2018-08-29");

        Assert.Equal(0, run.ExitCode);
        // Non-ASCII is written as is, not \u-escaped.
        Assert.Contains("\"text\": \"WASHINGTON —", run.Stdout);
        Assert.DoesNotContain("\\u", run.Stdout);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;

        var quote = Assert.Single(root.GetProperty("quotes").EnumerateArray().ToList());
        Assert.Equal("We are not going to sign a deal that is bad for Canadian dairy farmers,", quote.GetProperty("text").GetString());
        Assert.Equal("Justin Trudeau", quote.GetProperty("speaker").GetString());
        Assert.Equal("person", quote.GetProperty("speakerKind").GetString());
        Assert.True(quote.GetProperty("direct").GetBoolean());
        Assert.Equal(quote.GetProperty("text").GetString(), Slice(text, quote));
        Assert.Equal(["dairy"], quote.GetProperty("issues").EnumerateArray().Select(e => e.GetString()));

        var date = Assert.Single(root.GetProperty("dates").EnumerateArray().ToList());
        Assert.Equal(("Aug. 28, 2018", "2018-08-28", "day"), (date.GetProperty("text").GetString(), date.GetProperty("value").GetString(), date.GetProperty("precision").GetString()));
        var month = root.GetProperty("events")[0];
        Assert.Equal(("round", "2018-09", "month"), (month.GetProperty("kind").GetString(), month.GetProperty("on").GetString(), month.GetProperty("precision").GetString()));

        var person = Assert.Single(root.GetProperty("people").EnumerateArray().ToList());
        Assert.Equal("Justin Trudeau", person.GetProperty("name").GetString());
        Assert.Equal(["Trudeau"], person.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Prime Minister", person.GetProperty("role").GetString());
        Assert.Equal("CA", person.GetProperty("party").GetString());

        var issue = Assert.Single(root.GetProperty("issues").EnumerateArray().ToList());
        Assert.Equal("dairy", issue.GetProperty("key").GetString());
        Assert.Equal("dairy", Slice(text, issue.GetProperty("spans")[0]));

        var deadline = Assert.Single(root.GetProperty("deadlines").EnumerateArray().ToList());
        Assert.Equal(("2018-10-01", "legislative"), (deadline.GetProperty("due").GetString(), deadline.GetProperty("kind").GetString()));
        Assert.StartsWith("Mexican Economy Minister", deadline.GetProperty("evidence").GetProperty("text").GetString());

        Assert.Equal("WASHINGTON —", root.GetProperty("furniture")[0].GetProperty("text").GetString());
        Assert.False(root.TryGetProperty("text", out _)); // only with --include-text
    }

    [Fact]
    public async Task Text_format_is_a_readable_summary()
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.RunWithAsync(new FixedExtractor(), "extract", path, "--published", "2018-08-29", "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Lighthizer sees progress on autos", run.Stdout);
        Assert.Contains("Quotes (1)", run.Stdout);
        Assert.Contains("Justin Trudeau: “We are not going to sign a deal that is bad for Canadian dairy farmers,” [dairy]", run.Stdout);
        Assert.Contains("\"Aug. 28, 2018\" → 2018-08-28 (day)", run.Stdout);
        Assert.Contains("Justin Trudeau, Prime Minister (CA); also Trudeau", run.Stdout);
    }

    [Fact]
    public async Task Missing_published_is_a_usage_error()
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.RunAsync("extract", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--published", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("2018-13-01")]
    [InlineData("11/09/2018")]
    [InlineData("2018-09")]
    [InlineData("Tuesday")]
    public async Task Malformed_published_is_a_usage_error(string published)
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.RunAsync("extract", path, "--published", published);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--published: '{published}' is not a date of the form YYYY-MM-DD", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Theory]
    [InlineData("extract", "--published", "2018-08-29")] // no FILE
    [InlineData("extract", "FILE", "--published", "2018-08-29", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData()]
    public async Task Other_usage_errors_exit_2(params string[] args)
    {
        var path = _cli.Write("autos.txt", Articles.Autos);
        var run = await _cli.RunAsync(args.Select(a => a == "FILE" ? path : a).ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "is empty" },
        { "blank.txt", "  \n\t\r\n  "u8.ToArray(), "is empty" },
        { "image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], "looks binary" },
        { "big.txt", Enumerable.Repeat((byte)'x', (int)ArticleFileReader.MaxBytes + 10).ToArray(), "over the 2 MiB (2,097,152 bytes) limit" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_input_is_rejected_naming_the_file_with_nothing_on_stdout(string name, byte[] bytes, string reason)
    {
        var path = _cli.Write(name, bytes);
        var run = await _cli.RunAsync("extract", path, "--published", "2018-08-29");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith($"error: {path}: ", run.Stderr);
        Assert.Contains(reason, run.Stderr);
    }

    [Fact]
    public async Task Missing_file_is_rejected()
    {
        var run = await _cli.RunAsync("extract", Path.Combine(_cli.Dir, "nope.txt"), "--published", "2018-08-29");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt: not found", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Utf16_le_with_bom_is_decoded()
    {
        var path = _cli.Write("u16.txt", Articles.Utf16LeWithBom(Articles.Dairy));
        var run = await _cli.RunAsync("extract", path, "--published", "2018-08-29", "--include-text");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("utf-16le", json.RootElement.GetProperty("encoding").GetString());
        Assert.Equal(Articles.Dairy, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Windows_1252_is_decoded_with_a_warning_on_stderr()
    {
        var path = _cli.Write("w1252.txt", Articles.Windows1252Quote());
        var run = await _cli.RunAsync("extract", path, "--published", "2018-08-29", "--include-text");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"warning: {path}: not valid UTF-8", run.Stderr);
        Assert.Contains("decoded as Windows-1252", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("windows-1252", json.RootElement.GetProperty("encoding").GetString());
        Assert.Equal(Articles.Windows1252Decoded, json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Html_page_is_stripped_and_titled()
    {
        var path = _cli.Write("page.html", Articles.HtmlPage);
        var run = await _cli.RunAsync("extract", path, "--published", "2018-08-29", "--include-text");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("html").GetBoolean());
        Assert.Equal("Guajardo: deal within reach", json.RootElement.GetProperty("title").GetString());
        Assert.Equal(Articles.HtmlPageText, json.RootElement.GetProperty("text").GetString());
    }

    private static string Slice(string text, JsonElement span)
    {
        var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
        Assert.InRange(start, 0, text.Length);
        Assert.InRange(end, start, text.Length);
        return text[start..end];
    }

    private static void AssertIssueKeys(JsonElement issues)
    {
        foreach (var key in issues.EnumerateArray()) Assert.NotNull(IssueTaxonomy.Find(key.GetString()!));
    }

    /// <summary>A stand-in extractor that finds fixed facts in <see cref="Articles.Autos"/>, to check the JSON mapping.</summary>
    private sealed class FixedExtractor : IArticleExtractor
    {
        public ExtractionResult Extract(string text, DateOnly published)
        {
            TextSpan Find(string s) => text.IndexOf(s, StringComparison.Ordinal) is var i and >= 0 ? new(i, i + s.Length) : throw new InvalidOperationException(s);
            var quote = Find("We are not going to sign a deal that is bad for Canadian dairy farmers,");
            var date = Find("Aug. 28, 2018");
            var sentence = Find("Mexican Economy Minister Ildefonso Guajardo said the sunset clause remained a sticking point, and that negotiators hoped to present a text to Congress by Oct. 1.");
            var round = Find("The next round of talks is expected in September.");
            return new ExtractionResult(
                [new ExtractedQuote(quote.Of(text), quote.Start, quote.End, "Justin Trudeau", SpeakerKind.Person, true, PartialDate.Day(2018, 8, 28), ["dairy"])],
                [new ExtractedDate(date.Of(text), date.Start, date.End, PartialDate.Day(2018, 8, 28))],
                [new ExtractedPerson("Justin Trudeau", ["Trudeau"], "Prime Minister", "CA", SpeakerKind.Person)],
                [new ExtractedIssue("dairy", [Find("dairy")])],
                [new ExtractedDeadline("Present a text to Congress", PartialDate.Day(2018, 10, 1), DeadlineKind.Legislative, sentence, ["sunset-clause"])],
                [new ExtractedEvent(EventKind.Round, "Next round", PartialDate.Month(2018, 9), null, round, [])],
                [Find("WASHINGTON —")]);
        }
    }
}
