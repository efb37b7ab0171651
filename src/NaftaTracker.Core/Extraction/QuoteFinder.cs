namespace NaftaTracker.Extraction;

/// <summary>Finds quotations by their marks, paragraph by paragraph: straight "…", curly “…”, German „…“,
/// guillemets «…», top-level single ‘…’ and British-style '…'. Nested marks stay part of the text. A quote left open at the end of a
/// paragraph ends there; if the next paragraph starts with an opening mark it continues the same quote.</summary>
internal static class QuoteFinder
{
    public static List<RawQuote> Find(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var quotes = new List<RawQuote>();
        var previousLeftOpen = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var leftOpen = false;
            var firstInParagraph = true;
            var para = paragraphs[p];
            var i = para.Start;
            while (i < para.End)
            {
                var c = text[i];
                if (!IsOpening(text, i, para.Start, para.End)) { i++; continue; }
                var close = FindClose(text, c, i + 1, para.End);
                var closed = close >= 0;
                if (!closed && c is '‘' or '\'') { i++; continue; }
                var contentEnd = closed ? close : para.End;
                var after = closed ? close + 1 : para.End;
                var (start, end) = Trim(text, i + 1, contentEnd);
                if (end > start)
                {
                    var opensParagraph = text.AsSpan(para.Start, i - para.Start).IsWhiteSpace();
                    quotes.Add(new RawQuote(i, after, start, end, p, closed)
                    {
                        ContinuesPrevious = previousLeftOpen && firstInParagraph && opensParagraph,
                        WordCount = CountWords(text, start, end),
                    });
                    firstInParagraph = false;
                }
                if (!closed) leftOpen = true;
                i = after;
            }
            previousLeftOpen = leftOpen;
        }
        return quotes;
    }

    private static bool IsOpening(string text, int i, int paraStart, int paraEnd)
    {
        var c = text[i];
        if (c is not ('"' or '“' or '„' or '«' or '‘' or '\'')) return false;
        var prev = i > paraStart ? text[i - 1] : ' ';
        var next = i + 1 < paraEnd ? text[i + 1] : ' ';
        return c switch
        {
            '"' => !char.IsLetterOrDigit(prev) && !char.IsWhiteSpace(next) || (char.IsWhiteSpace(prev) || i == paraStart) && next == ' ' && i + 2 < paraEnd && char.IsLetter(text[i + 2]),
            '‘' => !char.IsLetterOrDigit(prev) && char.IsLetter(next),
            // British style 'quote': after a space or an opening bracket, before a letter (not "rock 'n' roll" or "'90s")
            '\'' => (char.IsWhiteSpace(prev) || i == paraStart || prev is '(' or '—' or '[') && char.IsLetter(next),
            '“' => !char.IsLetterOrDigit(prev) || char.IsWhiteSpace(prev) || char.IsLetterOrDigit(next) || next == ' ',
            _ => true,
        };
    }

    private static int FindClose(string text, char open, int from, int paraEnd)
    {
        for (var j = from; j < paraEnd; j++)
        {
            var c = text[j];
            var prev = text[j - 1];
            var next = j + 1 < paraEnd ? text[j + 1] : ' ';
            switch (open)
            {
                case '"':
                    if (c is '"' or '”') return j;
                    break;
                case '“':
                    if (c is '”' or '"') return j;
                    // A “ used as a closing mark (garbled copy): glued to the text before it, not to a word after it.
                    if (c == '“' && !char.IsWhiteSpace(prev) && !char.IsLetterOrDigit(next)) return j;
                    break;
                case '„':
                    if (c is '“' or '”' or '"') return j;
                    break;
                case '«':
                    if (c == '»') return j;
                    break;
                case '‘':
                    if (c == '’' && !char.IsLetterOrDigit(next)) return j;
                    if (c is '"' or '“' or '”') return -1;
                    break;
                case '\'':
                    // closes before punctuation or after it; "the farmers' union" (a letter, a space, a word) is a possessive
                    if (c is '\'' or '’' && !char.IsLetterOrDigit(next) && (!char.IsWhiteSpace(next) || char.IsPunctuation(prev) || j + 1 >= paraEnd)) return j;
                    if (c is '"' or '“' or '”') return -1;
                    break;
            }
        }
        return -1;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    internal static int CountWords(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
