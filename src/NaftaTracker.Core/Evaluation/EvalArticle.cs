using NaftaTracker.Domain;

namespace NaftaTracker.Evaluation;

/// <summary>A gold quote: verbatim text without its quotation marks; speaker null when the article does not say who.</summary>
public sealed record GoldQuote(string Text, string? Speaker, bool Direct);

/// <summary>A gold date expression: minimal verbatim text and its value at its precision.</summary>
public sealed record GoldDate(string Text, PartialDate Value);

/// <summary>One annotated article of the evaluation set (a .txt and its .json annotation).</summary>
public sealed record EvalArticle(
    string Name,
    string Group,
    string Text,
    DateOnly Published,
    string? Style,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldDate> Dates,
    IReadOnlyList<string> Issues);
