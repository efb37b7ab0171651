using System.Globalization;

namespace NaftaTracker.Ingestion.Input;

/// <summary>An article file read and decoded: <see cref="Text"/> is normalised (<see cref="ArticleText.Normalize"/>), so
/// every offset the extractor or the store reports indexes it. <see cref="Title"/> is the HTML page's title, if any.</summary>
public sealed record ArticleFile(string Name, string Text, string? Title, string Encoding, bool FromHtml, IReadOnlyList<string> Warnings);

/// <summary>The outcome of reading one article file: the article, or the reason it was rejected.</summary>
public sealed record ArticleFileResult(string Name, ArticleFile? Article, string? Rejection)
{
    public bool IsRejected => Article is null;

    internal static ArticleFileResult Rejected(string name, string reason) => new(name, null, reason);
}

/// <summary>Reads article files robustly: enforces <see cref="MaxBytes"/>, decodes the bytes (<see cref="TextDecoding"/>),
/// strips HTML pages to text (<see cref="HtmlToText"/>) and rejects empty or binary input with a reason that says why.
/// Reading never throws for a bad file; the web app can reuse <see cref="Read(ReadOnlySpan{byte}, string)"/> for uploads.</summary>
public static class ArticleFileReader
{
    /// <summary>The largest article file accepted, in bytes: 2 MiB. News articles are a few tens of KiB even as full HTML pages.</summary>
    public const long MaxBytes = 2 * 1024 * 1024;

    public static ArticleFileResult Read(string path)
    {
        var name = path;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return ArticleFileResult.Rejected(name, "is a folder, not a file");
            if (!info.Exists) return ArticleFileResult.Rejected(name, "not found");
            if (info.Length > MaxBytes) return ArticleFileResult.Rejected(name, TooLarge(info.Length));

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new byte[Math.Min(info.Length, MaxBytes) + 1];
            var read = 0;
            while (read < buffer.Length && stream.Read(buffer, read, buffer.Length - read) is var n and > 0) read += n;
            if (read > MaxBytes) return ArticleFileResult.Rejected(name, TooLarge(stream.Length)); // grew while we read it
            return Read(buffer.AsSpan(0, read), name);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ArticleFileResult.Rejected(name, $"cannot be read: {ex.Message}");
        }
    }

    /// <param name="bytes">The file's content.</param>
    /// <param name="name">The file's name: used in messages, and its extension marks HTML (.html, .htm).</param>
    public static ArticleFileResult Read(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.Length == 0) return ArticleFileResult.Rejected(name, "is empty (0 bytes)");
        if (bytes.Length > MaxBytes) return ArticleFileResult.Rejected(name, TooLarge(bytes.Length));

        var decoded = TextDecoding.Decode(bytes);
        if (decoded.IsRejected) return ArticleFileResult.Rejected(name, decoded.Rejection!);

        var text = ArticleText.Normalize(decoded.Text!);
        if (string.IsNullOrWhiteSpace(text)) return ArticleFileResult.Rejected(name, "is empty (only whitespace)");

        string? title = null;
        var html = HtmlToText.LooksLikeHtml(text, name);
        if (html)
        {
            var page = HtmlToText.Convert(text);
            if (string.IsNullOrWhiteSpace(page.Text)) return ArticleFileResult.Rejected(name, "is an HTML page with no text once scripts, styles and navigation are stripped");
            (text, title) = (page.Text, page.Title);
        }
        return new ArticleFileResult(name, new ArticleFile(name, text, title, decoded.Encoding, html, decoded.Warnings), null);
    }

    private static string TooLarge(long bytes) =>
        string.Create(CultureInfo.InvariantCulture,
            $"is too large: {bytes / 1024.0 / 1024.0:0.0} MiB ({bytes:N0} bytes), over the {MaxBytes / 1024 / 1024} MiB ({MaxBytes:N0} bytes) limit");
}
