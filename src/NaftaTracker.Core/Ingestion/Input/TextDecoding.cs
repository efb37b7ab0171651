using System.Text;

namespace NaftaTracker.Ingestion.Input;

/// <summary>Bytes decoded to text, or why they are not text.</summary>
public sealed record DecodedText(string? Text, string Encoding, IReadOnlyList<string> Warnings, string? Rejection)
{
    public bool IsRejected => Rejection is not null;

    internal static DecodedText Ok(string text, string encoding, params string[] warnings) => new(text, encoding, warnings, null);
    internal static DecodedText Binary(string why) => new(null, "binary", [], $"looks binary ({why})");
}

/// <summary>Works out how an article file is encoded and decodes it. Handles byte-order marks (UTF-8, UTF-16 LE/BE,
/// UTF-32 LE/BE), BOM-less UTF-16 (recognised by its NUL-byte pattern), UTF-8, and Windows-1252 when the bytes are not
/// valid UTF-8 but read plausibly as Windows-1252 (curly quotes 0x93/0x94, apostrophe 0x92, dashes 0x96/0x97, ...).
/// Anything else — NUL bytes, a high share of control characters, bytes that are neither — is rejected as binary.</summary>
public static class TextDecoding
{
    /// <summary>Largest share of control characters (other than tab, LF, CR, FF) that decoded text may hold.</summary>
    public const double MaxControlShare = 0.01;

    /// <summary>Largest share of bytes ≥ 0x80 that a file may hold and still be taken for Windows-1252 text.</summary>
    public const double MaxWindows1252HighShare = 0.30;

    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8 (BOM)";
    public const string Utf16Le = "utf-16le";
    public const string Utf16Be = "utf-16be";
    public const string Utf32Le = "utf-32le";
    public const string Utf32Be = "utf-32be";
    public const string Windows1252 = "windows-1252";

    // Bytes Windows-1252 leaves undefined: their presence means the file is not Windows-1252 text.
    private static readonly byte[] Undefined1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    private static readonly Lazy<Encoding> Cp1252 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("Windows-1252 is not available"));

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Strict(bytes[4..], new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), Utf32Le);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return Strict(bytes[4..], new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), Utf32Be);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Strict(bytes[3..], StrictUtf8, Utf8Bom);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(bytes[2..], StrictUtf16(bigEndian: false), Utf16Le);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(bytes[2..], StrictUtf16(bigEndian: true), Utf16Be);

        if (LooksLikeBomlessUtf16(bytes, out var bigEndian))
        {
            var decoded = Strict(bytes, StrictUtf16(bigEndian), bigEndian ? Utf16Be : Utf16Le);
            return decoded.IsRejected
                ? decoded
                : decoded with { Warnings = [$"no byte-order mark; decoded as {decoded.Encoding} from its NUL-byte pattern"] };
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0) return DecodedText.Binary($"NUL byte at offset {nul}");

        try
        {
            return CheckControls(StrictUtf8.GetString(bytes), Utf8);
        }
        catch (DecoderFallbackException utf8Error)
        {
            return DecodeWindows1252(bytes, utf8Error);
        }
    }

    private static DecodedText DecodeWindows1252(ReadOnlySpan<byte> bytes, DecoderFallbackException utf8Error)
    {
        var offset = utf8Error.Index >= 0 ? $" at offset {utf8Error.Index}" : "";
        if (bytes.IndexOfAny(Undefined1252) is var undefined and >= 0)
            return DecodedText.Binary($"invalid UTF-8{offset}, and byte 0x{bytes[undefined]:X2} at offset {undefined} is not Windows-1252 either");

        var high = 0;
        foreach (var b in bytes) if (b >= 0x80) high++;
        if (high > bytes.Length * MaxWindows1252HighShare)
            return DecodedText.Binary($"invalid UTF-8{offset}, and {high * 100 / bytes.Length}% of the bytes are above 0x7F, too many for Windows-1252 text");

        var decoded = CheckControls(Cp1252.Value.GetString(bytes), Windows1252);
        return decoded.IsRejected
            ? decoded
            : decoded with { Warnings = [$"not valid UTF-8{offset}; decoded as Windows-1252"] };
    }

    private static DecodedText Strict(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        try
        {
            return CheckControls(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException ex)
        {
            return DecodedText.Binary($"invalid {name}" + (ex.Index >= 0 ? $" at offset {ex.Index}" : ""));
        }
    }

    private static DecodedText CheckControls(string text, string encoding)
    {
        var controls = 0;
        var firstAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSuspectControl(text[i])) continue;
            if (text[i] == '\0') return DecodedText.Binary($"NUL character at position {i}");
            if (firstAt < 0) firstAt = i;
            controls++;
        }
        if (controls > 0 && controls > text.Length * MaxControlShare)
            return DecodedText.Binary($"{controls} control characters in {text.Length}, the first at position {firstAt}");
        return DecodedText.Ok(text, encoding);
    }

    private static bool IsSuspectControl(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f')) || c == 0x7F || (c >= 0x80 && c <= 0x9F);

    /// <summary>ASCII-heavy UTF-16 without a BOM has a NUL in every other byte: the odd bytes (LE) or the even ones (BE).</summary>
    private static bool LooksLikeBomlessUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int evenNul = 0, oddNul = 0, pairs = bytes.Length / 2;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return true;
        if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Encoding StrictUtf16(bool bigEndian) =>
        new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
}
