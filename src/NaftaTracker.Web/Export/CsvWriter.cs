using System.Text;

namespace NaftaTracker.Web.Export;

/// <summary>RFC 4180 CSV for spreadsheets: CRLF line ends, fields with a comma, quote, CR or LF quoted (quotes doubled), and
/// formula injection neutralised: a cell starting with =, +, -, @, tab or CR gets a leading apostrophe.</summary>
public static class CsvWriter
{
    private static readonly char[] Dangerous = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Field(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && Array.IndexOf(Dangerous, v[0]) >= 0) v = "'" + v;
        return v.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var sb = new StringBuilder();
        AppendRow(sb, header);
        foreach (var row in rows) AppendRow(sb, row);
        return sb.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, so Excel opens accented names correctly.</summary>
    public static byte[] ToUtf8WithBom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    private static void AppendRow(StringBuilder sb, IEnumerable<string?> row)
    {
        sb.AppendJoin(',', row.Select(Field));
        sb.Append("\r\n");
    }
}
