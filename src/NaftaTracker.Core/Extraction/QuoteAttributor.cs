namespace NaftaTracker.Extraction;

/// <summary>A quote before issues and dates are attached: direct (from marks) or indirect (reported speech).</summary>
internal sealed record AttributedQuote(int Start, int End, bool Direct, PersonRecord? Speaker, Sentence Sentence);

/// <summary>Links each quotation to its speaker through cue verbs in its sentence, then by carrying the speaker over
/// quote-only sentences and paragraphs that continue a quote. Also emits reported speech from quote-free sentences.
/// Convention: a quoted phrase of 1-3 words is a scare quote or a title unless a cue right next to it names its
/// speaker; such phrases are not emitted, nor are phrases of up to 5 words with no speaker at all ("made in the U.S.A.").
/// Longer quotes are always emitted, with no speaker when none is found.</summary>
internal sealed partial class QuoteAttributor(ArticleContext ctx)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\G\s+(?:an?|the)\s+(?:[\p{Ll}\-]+\s+)?(?:statement|report|release|letter|filing|note|memo|transcript|post|tweet)\s+(?:from|by|issued\s+by)(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex SourceDocument();

    private const int ShortQuoteWords = 3;
    private const int CloseCueDistance = 100;
    private readonly SpeakerResolver resolver = new(ctx.Registry, ctx.InsideQuote, ctx.Sentences, s => OnlyQuotes(ctx, s));

    public List<AttributedQuote> Attribute()
    {
        resolver.AddDescriptionMentions(ctx.Clean);
        var result = new List<AttributedQuote>();
        var quoteIndex = 0;
        var quotes = ctx.Quotes;
        PersonRecord? lastInParagraph = null;
        PersonRecord? previousParagraphClosingSpeaker = null;
        var paragraph = -1;
        var lastSentenceHadAttributedQuote = false;
        AttributedQuote? previousPiece = null;

        foreach (var sentence in ctx.Sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                previousParagraphClosingSpeaker = lastSentenceHadAttributedQuote ? lastInParagraph : null;
                paragraph = sentence.Paragraph;
                lastInParagraph = null;
            }
            lastSentenceHadAttributedQuote = false;
            while (quoteIndex < quotes.Count && quotes[quoteIndex].Open < sentence.Start) quoteIndex++;
            var first = quoteIndex;
            while (quoteIndex < quotes.Count && quotes[quoteIndex].Open < sentence.End) quoteIndex++;
            var inSentence = quotes.GetRange(first, quoteIndex - first);
            var cues = CueFinder.Find(ctx.Bare, sentence.Start, sentence.End);

            if (inSentence.Count == 0)
            {
                var indirect = IndirectQuotes(sentence, allowPostposed: true);
                if (indirect.Count > 0)
                {
                    result.AddRange(indirect);
                    if (indirect.LastOrDefault(q => q.Speaker is not null) is { Speaker: { } said }) lastInParagraph = said;
                }
                else if (cues.FirstOrDefault(c => c.Form == CueForm.Finite) is { End: > 0 } cue && resolver.Before(ctx.Bare, sentence.Start, cue.Start).Who is { } subject)
                    lastInParagraph = subject;
                continue;
            }

            var onlyQuotes = OnlyQuotes(sentence);
            for (var k = 0; k < inSentence.Count; k++)
            {
                var q = inSentence[k];
                var next = k + 1 < inSentence.Count ? inSentence[k + 1] : null;
                var (speaker, close) = FromCues(q, next, sentence, cues);
                if (speaker is null && q.ContinuesPrevious && previousPiece is { Speaker: { } carried }) speaker = carried;
                if (speaker is null && onlyQuotes) speaker = lastInParagraph ?? (sentence.Start == ctx.Paragraphs[sentence.Paragraph].Start ? previousParagraphClosingSpeaker : null);
                if (speaker is null && PrecededByColon(sentence, q.Open) && SubjectOfSentence(sentence, q.Open) is { Who: { } introducer })
                    (speaker, close) = (introducer, true); // "Trump previewed the deal in a tweet: “…”"
                if (speaker is null && onlyQuotes && TweetFinder.EmbedAuthor(ctx, ctx.Paragraphs[sentence.Paragraph].End) is { } author)
                    (speaker, close) = (author, true); // an embedded tweet: "“…”" then "— Donald J. Trump (@realDonaldTrump) …"
                // a quote that is a whole sentence of its own ("Not anymore!") is speech, however short
                var utterance = onlyQuotes && speaker is not null && EndsSentence(q);
                if (q.WordCount <= ShortQuoteWords && !utterance && (!close || speaker is null && ModifiesNoun(q))) continue;
                var attributed = new AttributedQuote(q.Start, q.End, true, speaker, sentence);
                if (speaker is not null && q.ContinuesPrevious && previousPiece is { Speaker: null } earlier)
                    result[result.IndexOf(earlier)] = earlier with { Speaker = speaker };
                result.Add(attributed);
                previousPiece = attributed;
                if (speaker is not null) { lastInParagraph = speaker; lastSentenceHadAttributedQuote = true; }
            }
            // Reported speech beside the quotes: "accused the U.S. of a “winner-take-all mindset” and said Canada would …".
            result.AddRange(IndirectQuotes(sentence, allowPostposed: false));
        }
        return result;
    }

    /// <summary>"said he was “encouraged” but that a final agreement “must include Canada.”": the second quote completes a
    /// second "that" clause of the same verb.</summary>
    private bool SecondComplement(int quoteOpen)
    {
        var from = Math.Max(0, quoteOpen - 50);
        var gap = ctx.Bare.AsSpan(from, quoteOpen - from);
        if (gap.Contains(ArticleContext.QuoteMark)) gap = gap[(gap.LastIndexOf(ArticleContext.QuoteMark) + 1)..];
        // "… was “a very bad deal” that he might “have to terminate.”": a short relative clause between the quotes
        return gap.Contains(" but that ", StringComparison.Ordinal) || gap.Contains(" and that ", StringComparison.Ordinal)
            || gap.Length <= 30 && gap.TrimStart().StartsWith("that ", StringComparison.Ordinal);
    }

    private bool EndsSentence(RawQuote q)
    {
        var end = q.End;
        while (end > q.Start && char.IsWhiteSpace(ctx.Clean[end - 1])) end--;
        return end > q.Start && ctx.Clean[end - 1] is '.' or '!' or '?';
    }

    /// <summary>The speaker from the cues of the quote's sentence, and whether a cue sits right next to the quote.</summary>
    private (PersonRecord? Speaker, bool Close) FromCues(RawQuote q, RawQuote? next, Sentence sentence, List<Cue> cues)
    {
        Cue? right = null, left = null;
        foreach (var c in cues)
        {
            if (c.Start >= q.After && (next is null || c.Start < next.Open)) { right ??= c; }
            if (c.End <= q.Open) left = c;
        }
        var startsSentence = IsPunctuationOnly(ctx.Bare, sentence.Start, q.Open);
        var immediateRight = right is { } r && IsImmediate(q.After, r.Start);
        Cue? chosen = immediateRight || startsSentence && right is not null ? right : left ?? right;
        // "She told labour leaders that she would “not be rushed,” according to two people in the room": the source of
        // the report is not the speaker when the sentence names one
        if (chosen is { Form: CueForm.AccordingTo } && left is { Form: CueForm.Finite } finite && SpeakerOf(finite, sentence) is { Who: not null } teller)
            return (teller.Who, finite.End <= q.Open && q.Open - finite.End <= CloseCueDistance);
        if (chosen is not { } cue) return (null, false);
        var speaker = SpeakerOf(cue, sentence);
        if (!speaker.Found && left is { } l && cue == l)
        {
            // "…said the tariffs announced by Trump were “…”": the nearest cue whose subject resolves
            for (var i = cues.Count - 1; i >= 0; i--)
            {
                var c = cues[i];
                if (c.End > cue.Start || c.Start >= cue.Start) continue;
                var s = SpeakerOf(c, sentence);
                if (s.Found) { cue = c; speaker = s; break; }
            }
        }
        var close = speaker.Found && (cue.Start >= q.After
            ? immediateRight || cue.Start - q.After <= CloseCueDistance
            : q.Open - cue.End <= CloseCueDistance && (!ctx.Bare.AsSpan(cue.End, q.Open - cue.End).Contains(ArticleContext.QuoteMark) || SecondComplement(q.Open)));
        return (speaker.Who, close);
    }

    private Speaker SpeakerOf(Cue cue, Sentence sentence)
    {
        var bare = ctx.Bare;
        switch (cue.Form)
        {
            case CueForm.AccordingTo:
                // "according to a statement from the U.S. Chamber of Commerce"
                var source = SourceDocument().Match(bare, cue.End, sentence.End - cue.End);
                return resolver.After(bare, source.Success ? source.Index + source.Length : cue.End, sentence.End);
            case CueForm.Participle:
                var subjectOfSentence = SubjectOfSentence(sentence, cue.Start);
                return subjectOfSentence.Found || EarlierFiniteCueSpeaker(sentence, cue.Start) is not { } earlier ? subjectOfSentence : new Speaker(earlier, true);
            default:
                var limit = sentence.Start;
                for (var i = cue.Start - 1; i >= sentence.Start; i--)
                    if (bare[i] == ArticleContext.QuoteMark) { limit = i + 1; break; }
                if (IsPunctuationOnly(bare, limit, cue.Start))
                    return resolver.After(bare, cue.End, sentence.End);
                var subject = resolver.Before(bare, limit, cue.Start);
                // "The Chamber welcomed the progress but warned that “…”": the subject of the first verb
                if (!subject.Found && PrecedingWord(bare, limit, cue.Start) is "and" or "but" && SubjectOfSentence(sentence, cue.Start) is { Found: true } first)
                    return first;
                return subject;
        }
    }

    /// <summary>The subject of "X struck an upbeat tone, telling reporters...": the first person or organisation named.</summary>
    private Speaker SubjectOfSentence(Sentence sentence, int before)
    {
        foreach (var m in ctx.Registry.PersonMentionsIn(sentence.Start, before))
            if (!ctx.InsideQuote[m.Start]) return new Speaker(m.Person, true);
        foreach (var m in ctx.Registry.Organisations)
            if (m.Start >= sentence.Start && m.End <= before) return new Speaker(m.Person, true);
        var phrase = PhraseScanner.After(ctx.Bare, sentence.Start, before);
        if (phrase is not { } p) return Speaker.None;
        if (PhraseScanner.IsPronoun(p.Of(ctx.Bare))) return resolver.Resolve(ctx.Bare, p);
        // "Canada has also pushed for …, arguing that …": a proper name opening the sentence is its subject — not an
        // adjective ("Canadian and Mexican officials rejected …") or one of two subjects
        if (p.Start != FirstLetter(sentence) || p.Determiner is not null || !char.IsUpper(ctx.Bare[p.Start])) return Speaker.None;
        var name = p.Of(ctx.Bare);
        if (name.EndsWith("ian") || name.EndsWith("can") || name.EndsWith("ese") || name is "U.S." or "US") return Speaker.None;
        var (ns, ne) = IndirectQuoteFinder.NextWord(ctx.Bare, p.End, before);
        if (ns >= 0 && ctx.Bare[ns..ne] is "and" or "or") return Speaker.None;
        return resolver.Resolve(ctx.Bare, p);
    }

    /// <summary>"“…,” the Ways and Means chairman said, adding that …": a participle shares the speaker of the finite
    /// verb of saying before it in its sentence.</summary>
    private PersonRecord? EarlierFiniteCueSpeaker(Sentence sentence, int participleStart)
    {
        var cues = CueFinder.Find(ctx.Bare, sentence.Start, participleStart);
        for (var i = cues.Count - 1; i >= 0; i--)
            if (cues[i].Form == CueForm.Finite && SpeakerOf(cues[i], sentence).Who is { } who) return who;
        return null;
    }

    /// <summary>Reported clauses of the sentence, with their speaker, or none (null) for anonymous or unresolvable subjects.</summary>
    private List<AttributedQuote> IndirectQuotes(Sentence sentence, bool allowPostposed)
    {
        var clauses = IndirectQuoteFinder.FindAll(ctx.Bare, sentence.Start, sentence.End, allowPostposed);
        var result = new List<AttributedQuote>(clauses.Count);
        foreach (var clause in clauses)
            result.Add(new AttributedQuote(clause.Start, clause.End, false, IndirectSpeaker(sentence, clause), sentence));
        return result;
    }

    private PersonRecord? IndirectSpeaker(Sentence sentence, IndirectClause clause)
    {
        var bare = ctx.Bare;
        if (clause.Postposed)
        {
            var inverted = IsPunctuationOnly(bare, clause.End, clause.CueStart);
            return inverted ? resolver.After(bare, clause.CueEnd, sentence.End).Who : resolver.Before(bare, clause.End + 1, clause.CueStart).Who;
        }
        var limit = sentence.Start;
        for (var i = clause.CueStart - 1; i >= sentence.Start; i--)
            if (bare[i] == ArticleContext.QuoteMark) { limit = i + 1; break; }
        var before = PrecedingWord(bare, limit, clause.CueStart);
        if (clause.Participle)
        {
            // "with each saying …" is several people; "with Ottawa insisting …" names its own subject.
            if (before is "each" or "both" or "all") return null;
            if (before is not null && before != "," && resolver.Before(bare, limit, clause.CueStart) is { Who: { } own }) return own;
            return SubjectOfClause(sentence, clause.CueStart) ?? SubjectOfSentence(sentence, clause.CueStart).Who ?? EarlierFiniteCueSpeaker(sentence, clause.CueStart);
        }
        var speaker = resolver.Before(bare, limit, clause.CueStart);
        if (speaker.Who is null && !speaker.Found && before is "and" or "but")
            return SubjectOfSentence(sentence, clause.CueStart).Who ?? EarlierFiniteCueSpeaker(sentence, clause.CueStart);
        return speaker.Who ?? LedeDescription(sentence, clause.CueStart);
    }

    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts",
        "economist", "economists", "people", "person", "lawmakers", "critics", "experts", "observers", "group", "groups",
        "government", "administration", "ministry", "department", "office", "company", "companies", "industry", "farmers",
        "workers", "unions", "members", "leaders", "negotiators", "diplomats", "executives", "investors", "traders",
    };

    /// <summary>Delayed identification in a lede: "The head of Canada’s largest union says …" with the person named
    /// first in the next paragraph ("Jerry Dias, the national president of Unifor, …"). Only for a definite description
    /// of one person opening one of the article's first paragraphs, when that person is not named before it there.</summary>
    private PersonRecord? LedeDescription(Sentence sentence, int cueStart)
    {
        var paragraphs = ctx.Paragraphs;
        if (sentence.Paragraph > 3 || sentence.Paragraph + 1 >= paragraphs.Count) return null;
        var first = ctx.Sentences.FindIndex(x => x.Paragraph == sentence.Paragraph);
        if (first < 0 || ctx.Sentences[first] != sentence) return null;
        var bare = ctx.Bare;
        var start = sentence.Start;
        var dash = bare.IndexOf('—', start, Math.Min(40, cueStart - start));
        if (dash > 0) start = dash + 1;
        var subject = bare[start..cueStart].Trim();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 10 || subject.Contains(',') || subject.Contains(ArticleContext.QuoteMark)) return null;
        if (!(words[0] == "The" || words[0].EndsWith("’s") || words[0].EndsWith("'s"))) return null;
        if (!words.Skip(1).Any(w => char.IsLower(w[0])) || words.Any(w => GroupWords.Contains(w.Trim('.', ',')))) return null;
        if (ctx.Registry.PersonMentionsIn(sentence.Start, cueStart).Any()) return null;
        var next = paragraphs[sentence.Paragraph + 1];
        foreach (var m in ctx.Registry.PersonMentionsIn(next.Start, next.End))
        {
            if (ctx.InsideQuote[m.Start]) continue;
            var p = paragraphs[sentence.Paragraph];
            return ctx.Registry.PersonMentionsIn(p.Start, p.End).Any(x => x.Person == m.Person) ? null : m.Person;
        }
        return null;
    }

    private int FirstLetter(Sentence sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && !char.IsLetter(ctx.Bare[i])) i++;
        return i;
    }

    /// <summary>"…, while Freeland later downplayed that, saying …": the person named in the nearest clause that a
    /// conjunction opens, before the participle.</summary>
    private PersonRecord? SubjectOfClause(Sentence sentence, int cueStart)
    {
        var bare = ctx.Bare;
        var segEnd = cueStart;
        for (var guard = 0; guard < 6; guard++)
        {
            var comma = segEnd > sentence.Start ? bare.LastIndexOf(',', segEnd - 1, segEnd - sentence.Start) : -1;
            var segStart = comma < 0 ? sentence.Start : comma + 1;
            var (ws, we) = IndirectQuoteFinder.NextWord(bare, segStart, segEnd);
            if (ws >= 0 && bare[ws..we].ToLowerInvariant() is "while" or "and" or "but" or "as" or "whereas" or "although" or "though")
                foreach (var m in ctx.Registry.PersonMentionsIn(we, segEnd))
                    if (!ctx.InsideQuote[m.Start]) return m.Person;
            if (comma < 0) break;
            segEnd = comma;
        }
        return null;
    }

    private static string? PrecedingWord(string text, int limit, int before)
    {
        var e = before;
        while (e > limit && text[e - 1] is ' ' or '\t') e--;
        if (e > limit && !char.IsLetter(text[e - 1])) return text[(e - 1)..e];
        var s = e;
        while (s > limit && char.IsLetter(text[s - 1])) s--;
        return s == e ? null : text[s..e].ToLowerInvariant();
    }

    /// <summary>"a “Buy American” agenda": a short quoted label in front of the noun it modifies.</summary>
    private bool ModifiesNoun(RawQuote q)
    {
        var (s, e) = IndirectQuoteFinder.NextWord(ctx.Bare, q.After, Math.Min(ctx.Bare.Length, q.After + 40));
        if (s < 0 || !char.IsLower(ctx.Bare[s])) return false;
        return ctx.Bare[s..e] is not ("and" or "or" or "but" or "to" or "of" or "in" or "on" or "for" or "as" or "at" or "with" or "from"
            or "by" or "that" or "which" or "is" or "are" or "was" or "were" or "he" or "she" or "it" or "they" or "said" or "says" or "if" or "when"
            or "the" or "a" or "an" or "his" or "her" or "its" or "their" or "one"); // “Nobody called us,” the official said
    }

    private bool PrecededByColon(Sentence sentence, int open)
    {
        var i = open;
        while (i > sentence.Start && char.IsWhiteSpace(ctx.Bare[i - 1])) i--;
        return i > sentence.Start && ctx.Bare[i - 1] == ':';
    }

    private bool OnlyQuotes(Sentence sentence) => OnlyQuotes(ctx, sentence);

    private static bool OnlyQuotes(ArticleContext ctx, Sentence sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
            if (char.IsLetterOrDigit(ctx.Bare[i])) return false;
        return true;
    }

    /// <summary>True when only punctuation and a short speaker phrase separate a quote from the cue after it.</summary>
    private bool IsImmediate(int quoteEnd, int cueStart)
    {
        if (cueStart - quoteEnd > 90) return false;
        // "… “winner-take-all mindset” and said …": a coordinated verb, not an attribution of the quote
        var gap = ctx.Bare.AsSpan(quoteEnd, cueStart - quoteEnd);
        if (gap.Contains(" and ", StringComparison.Ordinal) || gap.Contains(" but ", StringComparison.Ordinal)) return false;
        for (var i = quoteEnd; i < cueStart; i++)
            if (ctx.Bare[i] is ';' or ArticleContext.QuoteMark || ctx.Bare[i] == ',' && i > quoteEnd + 2) return false;
        return true;
    }

    private static bool IsPunctuationOnly(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }
}
