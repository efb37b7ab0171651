using System.Text;

namespace NaftaTracker.Cli.Tests;

/// <summary>Small invented articles (not the seeds) and their encodings.</summary>
public static class Articles
{
    public const string Autos = """
        Lighthizer sees progress on autos as Canada holds firm on dairy

        WASHINGTON — U.S. Trade Representative Robert Lighthizer said Monday that talks with Mexico on auto rules of origin were "moving along well."

        "We are not going to sign a deal that is bad for Canadian dairy farmers," Prime Minister Justin Trudeau told reporters in Ottawa on Aug. 28, 2018.

        Mexican Economy Minister Ildefonso Guajardo said the sunset clause remained a sticking point, and that negotiators hoped to present a text to Congress by Oct. 1.

        The next round of talks is expected in September.

        """;

    public const string Dairy = """
        Freeland says dairy remains the hardest file

        OTTAWA — Foreign Affairs Minister Chrystia Freeland said Wednesday that supply management was not on the table, and that Canada would defend the Chapter 19 panels.

        """;

    public const string Culture = """
        Canada insists on cultural exemption

        The cultural exemption must stay, a Canadian official said on Thursday, as negotiators met for a fifth day.

        """;

    public static byte[] Utf16LeWithBom(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    /// <summary>“No deal is better than a bad deal,” with Windows-1252 quotes (0x93, 0x94) and apostrophe (0x92).</summary>
    public static byte[] Windows1252Quote() =>
    [
        .. Encoding.ASCII.GetBytes("Trudeau holds the line\n\nCanada won"), 0x92, .. Encoding.ASCII.GetBytes("t budge. "),
        0x93, .. Encoding.ASCII.GetBytes("No deal is better than a bad deal,"), 0x94, .. Encoding.ASCII.GetBytes(" Justin Trudeau said.\n"),
    ];

    public const string Windows1252Decoded = "Trudeau holds the line\n\nCanada won’t budge. “No deal is better than a bad deal,” Justin Trudeau said.\n";

    public const string HtmlPage = """
        <!DOCTYPE html>
        <html><head><title>Guajardo: deal within reach</title>
        <script>window.SCRIPT_CONTENT = 1;</script><style>p { margin: 0 }</style></head>
        <body>
        <nav><a href="/">Home</a> NAV_CONTENT</nav>
        <article>
          <p>MEXICO CITY &mdash; Mexican Economy Minister Ildefonso Guajardo said Tuesday a deal was within reach.</p>
          <p>&ldquo;We are very close,&rdquo; Guajardo said.</p>
        </article>
        <footer>FOOTER_CONTENT</footer>
        </body></html>
        """;

    public const string HtmlPageText =
        "MEXICO CITY — Mexican Economy Minister Ildefonso Guajardo said Tuesday a deal was within reach.\n\n“We are very close,” Guajardo said.";
}
