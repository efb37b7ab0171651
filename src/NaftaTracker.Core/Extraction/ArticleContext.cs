namespace NaftaTracker.Extraction;

/// <summary>One article prepared for extraction. Every string here has the original's length, so offsets agree.</summary>
internal sealed class ArticleContext
{
    public required string Text { get; init; }
    /// <summary>Text with furniture blanked out.</summary>
    public required string Clean { get; init; }
    /// <summary>Clean with every quotation (marks included) replaced by <see cref="QuoteMark"/>: what the reporter wrote around quotes.</summary>
    public required string Bare { get; init; }
    public required DateOnly Published { get; init; }
    public required List<TextSpan> Furniture { get; init; }
    public required List<TextSpan> Paragraphs { get; init; }
    public required List<RawQuote> Quotes { get; init; }
    public required List<Sentence> Sentences { get; init; }
    public required bool[] InsideQuote { get; init; }
    public required PersonRegistry Registry { get; init; }

    public const char QuoteMark = '\u0001';

    public static ArticleContext Build(string text, DateOnly published)
    {
        var furniture = FurnitureDetector.Detect(text);
        var clean = FurnitureDetector.Mask(text, furniture);
        var paragraphs = SentenceSplitter.Paragraphs(clean);
        var quotes = QuoteFinder.Find(clean, paragraphs);
        var inside = new bool[clean.Length];
        var bare = clean.ToCharArray();
        foreach (var q in quotes)
        {
            for (var i = q.Open + 1; i < q.After - (q.Closed ? 1 : 0); i++) inside[i] = true;
            for (var i = q.Open; i < q.After; i++) bare[i] = QuoteMark;
        }
        var sentences = SentenceSplitter.Split(clean, paragraphs, inside);
        var registry = PeopleRecognizer.Recognize(clean);
        OrganisationRecognizer.Recognize(clean, registry);
        return new ArticleContext
        {
            Text = text, Clean = clean, Bare = new string(bare), Published = published, Furniture = furniture,
            Paragraphs = paragraphs, Quotes = quotes, Sentences = sentences, InsideQuote = inside, Registry = registry,
        };
    }

    public Sentence? SentenceAt(int position)
    {
        var i = SentenceSplitter.LastStartingAtOrBefore(Sentences, position);
        return i >= 0 && position < Sentences[i].End ? Sentences[i] : null;
    }
}
