namespace NaftaTracker.Extraction;

/// <summary>A quotation found by its marks. [Open, After) covers the marks; [Start, End) the trimmed text inside.</summary>
internal sealed record RawQuote(int Open, int After, int Start, int End, int Paragraph, bool Closed)
{
    /// <summary>True when the previous paragraph left a quote open and this one reopens it (multi-paragraph quote).</summary>
    public bool ContinuesPrevious { get; init; }
    public int WordCount { get; init; }
}
