using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

/// <summary>A reported-speech clause: "Lighthizer said that [there had been some progress ...]".</summary>
internal readonly record struct IndirectClause(int CueStart, int CueEnd, bool Participle, int Start, int End);

/// <summary>Finds reported speech conservatively: a cue followed by "that", or by a subject and an auxiliary
/// ("said Canada would"). Text runs from the clause start to the sentence end, without final punctuation.</summary>
internal static partial class IndirectQuoteFinder
{
    private const string Adverbials = @"(?:,?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|earlier|later|also|again|repeatedly|publicly|privately|last\s+week|in\s+an?\s+(?:interview|statement|speech|tweet|news\s+conference)(?:\s+(?:with|to)\s+[\p{L}.’' ]{1,30}?)?|on\s+Twitter|behind\s+closed\s+doors)(?=[\s,]))*,?";

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<part>saying|telling\s+reporters|adding|arguing|warning|noting|stressing|insisting)|(?<cue>said|says|told\s+reporters|told\s+(?:\p{Lu}[\p{L}.’']*\s+){1,4}|told\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’']*\s+){1,4}|added|adds|warned|noted|argued|stressed|insisted|acknowledged|explained|announced|predicted|suggested|claimed|maintained|conceded|admitted|cautioned|reiterated|confirmed|believes|signaled|signalled))" + Adverbials + @"\s+that\s+(?=\S)")]
    private static partial Regex CueThat();

    [GeneratedRegex(@"(?<![\p{L}])(?<cue>said|says|added|warned|predicted|insisted)" + Adverbials + @"\s+(?=(?:he|she|they|it|we|Canada|Mexico|Ottawa|Washington|the\s+U\.S\.|the\s+United\s+States|the\s+(?:talks|deal|agreement|administration|government|negotiations))\s+(?:would|will|could|should|can|had|has|was|were|is|are|might|must|may|did|does|wants|needs|remains|won’t|won't|wouldn’t|wouldn't|can’t|can't)\b)")]
    private static partial Regex CueClause();

    public static IndirectClause? Find(string bare, int start, int end)
    {
        var m = CueThat().Match(bare, start, end - start);
        if (!m.Success) m = CueClause().Match(bare, start, end - start);
        if (!m.Success) return null;
        var cue = m.Groups["part"].Success ? m.Groups["part"] : m.Groups["cue"];
        var clauseStart = m.Index + m.Length;
        var clauseEnd = end;
        while (clauseEnd > clauseStart && (char.IsWhiteSpace(bare[clauseEnd - 1]) || bare[clauseEnd - 1] is '.' or '!' or '?' or '”' or '"')) clauseEnd--;
        if (QuoteFinder.CountWords(bare, clauseStart, clauseEnd) < 3) return null;
        return new IndirectClause(cue.Index, cue.Index + cue.Length, m.Groups["part"].Success, clauseStart, clauseEnd);
    }
}
