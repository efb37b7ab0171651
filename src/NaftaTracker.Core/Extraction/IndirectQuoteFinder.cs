using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

/// <summary>A reported-speech clause: "Lighthizer said that [there had been some progress ...]".
/// <paramref name="Postposed"/>: the attribution follows the clause ("[Talks will resume], officials said.").</summary>
internal readonly record struct IndirectClause(int CueStart, int CueEnd, bool Participle, int Start, int End, bool Postposed = false);

/// <summary>Finds reported speech: a verb of saying (+ an audience for "told", + adverbials such as "on Tuesday" or
/// "in a statement", + optional "that") followed by a clause that opens with a plausible subject and holds a finite
/// verb; or a clause followed by ", officials said." The span stops before a new clause (", and Trudeau spoke…",
/// ", according to…", ", it is likely…", " -- …", "; …") and a clause that holds a direct quote is not reported.</summary>
internal static partial class IndirectQuoteFinder
{
    private const string Weekday = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /// <summary>One adverbial at a time, anchored where the previous one ended.</summary>
    [GeneratedRegex(@"\G,?\s*(?:(?:on\s+|late\s+|early\s+|last\s+)?" + Weekday + @"(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|earlier|later|afterwards?|for\s+(?:months|weeks|years|days|decades)|on\s+(?:Parliament|Capitol)\s+Hill|also|again|then|once|repeatedly|publicly|privately|separately|previously|recently|already|last\s+week|this\s+week|last\s+month|this\s+month|last\s+year|this\s+year|on\s+Twitter|on\s+(?:Fox\s+News|CNN|CNBC|CBC|CTV|MSNBC|NPR|Bloomberg\s+TV|Radio-Canada|Televisa)|(?:at|after|during)\s+(?:the|a|an|his|her)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:ceremony|rally|summit|signing|event|meeting|conference|briefing|hearing|session|dinner|luncheon|forum|gathering|convention)|aboard\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3}|(?:at|outside|inside|near|from)\s+the\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3}|,\s*(?:before|after|while|when)\s+\p{Ll}+ing\b[^,]{0,60},|behind\s+closed\s+doors|on\s+condition\s+of\s+anonymity|in\s+(?:an?|his|her|its|their|the)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:interview|statement|speech|tweet|e-?mail|letter|report|note(?:\s+to\s+(?:clients|investors))?|news\s+conference|press\s+conference|radio\s+interview|televised\s+address|address|post|briefing|readout|release|submission|filing|memo|testimony|op-ed|blog\s+post|remarks|comments|appearance|session|meeting|call|conversation|hearing|call\s+with\s+reporters)(?:\s+(?:with|to|on)\s+(?:the\s+)?\p{Lu}[\p{L}.’'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'\-]*){0,3})?|at\s+an?\s+(?:news|press)\s+conference|in\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*)?|(?:speaking\s+)?to\s+reporters|after\s+the\s+(?:meeting|talks|round))(?=[\s,])")]
    private static partial Regex Adverbial();

    [GeneratedRegex(@"(?<![\p{L}’'])(?:(?<part>saying|adding|arguing|warning|noting|stressing|insisting|acknowledging|explaining|predicting|telling|cautioning|reiterating|stating|affirming|emphasi[sz]ing|pointing\s+out|declaring)|(?<cue>said|says|say|told|tells|tell|added|adds|warned|warns|warn|noted|notes|argued|argues|argue|stressed|stresses|insisted|insists|insist|acknowledged|acknowledges|explained|explains|reported|reports|predicted|predicts|cautioned|conceded|admitted|maintained|contended|countered|reiterated|confirmed|announced|claimed|complained|assured|reminded|stated|states|affirmed|declared|commented|emphasi[sz]ed|underlined|underscored|pointed\s+out|specified|recalled|wrote|writes|tweeted|tweets|posted|worried|worries|complains))(?![\p{L}])")]
    private static partial Regex CueRegex();

    /// <summary>The attribution after a reported clause: ", officials said.", ", Guajardo said on Wednesday.", ", said Freeland."</summary>
    [GeneratedRegex(@"^\s*(?:(?<subj>[\p{L}\p{N}.’'\-&]+(?:\s+[\p{L}\p{N}.’'\-&]+){0,7}?(?:,\s+\p{Lu}[\p{L}.’'\-]+(?:\s+\p{Lu}[\p{L}.’'\-]+){1,3},)?)\s+(?:(?:has|have|had)\s+)?(?<cue>said|says|say|added|told\s+reporters|warned|warn|argued|argue|insisted|insist|reported|acknowledged|noted|predicted|predict)|(?<inv>said|says|added)\s+(?<who>[\p{L}.’'\-]+(?:\s+[\p{L}.’'\-]+){0,6})(?:,\s+(?:the\s+|a\s+|an\s+)?[\p{L}][^,;]{0,90}){0,2})(?:,?\s*(?:(?:on\s+|late\s+|early\s+)?" + Weekday + @"|today|yesterday|in\s+an?\s+(?:[\p{Ll}\-]+\s+)?(?:statement|interview|note\s+to\s+clients|report|email|e-mail)))*\s*[.!?]?\s*$")]
    private static partial Regex PostposedAttribution();

    /// <summary>Cues that need an audience: "told reporters", "told the Globe and Mail", "warned the administration that".</summary>
    private static bool TakesAudience(string cue) => cue is "told" or "tells" or "tell" or "telling" or "warned" or "warns" or "warn" or "assured" or "reminded" or "warning";

    /// <summary>Cues that report speech without "that" ("said the talks were over"); the others need "that".</summary>
    private static bool BareClauseCue(string cue) => cue is "said" or "says" or "say" or "told" or "tells" or "tell" or "telling" or "added" or "adds"
        or "warned" or "warns" or "warn" or "argued" or "argues" or "argue" or "insisted" or "insists" or "insist" or "acknowledged"
        or "acknowledges" or "stressed" or "stresses" or "noted" or "notes" or "reported" or "reports" or "predicted" or "predicts" or "saying"
        or "adding" or "arguing" or "warning" or "insisting" or "stressing" or "noting" or "acknowledging" or "predicting" or "conceded" or "admitted"
        or "maintained" or "cautioned" or "reiterated" or "confirmed";

    private static readonly HashSet<string> Audience = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "lawmakers", "legislators", "investors", "supporters", "delegates", "members", "senators",
        "me", "us", "him", "her", "them", "parliament", "congress", "students", "workers", "farmers", "executives", "listeners",
        "viewers", "aides", "advisers", "advisors", "allies", "donors", "colleagues", "staff", "staffers", "the", "a", "an",
    };

    private static readonly HashSet<string> AudienceNouns = new(StringComparer.Ordinal)
    {
        "negotiators", "officials", "counterparts", "diplomats", "allies", "leaders", "businesses", "executives", "lawmakers",
        "senators", "reporters", "journalists", "farmers", "workers", "members", "investors", "audiences", "audience", "counterpart",
        "officials’", "producers", "manufacturers", "premiers", "ministers", "colleagues", "partners",
    };

    public static IndirectClause? Find(string bare, int start, int end) => FindAll(bare, start, end, allowPostposed: true).FirstOrDefault() is { End: > 0 } c ? c : null;

    /// <summary>Every reported clause of the sentence [start, end), in order, not overlapping.</summary>
    public static List<IndirectClause> FindAll(string bare, int start, int end, bool allowPostposed)
    {
        var result = new List<IndirectClause>();
        var m = CueRegex().Match(bare, start, end - start);
        while (m.Success)
        {
            var clause = AfterCue(bare, m, start, end);
            if (clause is { } c)
            {
                result.Add(c);
                if (c.End >= end) break;
                m = CueRegex().Match(bare, c.End, end - c.End);
                continue;
            }
            m = m.NextMatch();
        }
        if (allowPostposed && Postposed(bare, start, end) is { } p && (result.Count == 0 || p.End <= result[0].CueStart)) result.Insert(0, p);
        return result;
    }

    private static IndirectClause? AfterCue(string bare, Match m, int sentenceStart, int end)
    {
        var cue = m.Value;
        if (IsPassiveOrGap(bare, sentenceStart, m.Index, cue)) return null;
        if (m.Groups["part"].Success && IsWritersGloss(bare, sentenceStart, m.Index)) return null;
        var pos = m.Index + m.Length;
        var needsAudience = cue is "told" or "tells" or "tell" or "telling";
        if (TakesAudience(cue))
        {
            var after = SkipAudience(bare, pos, end, out var requireThat);
            if (after > pos && ClauseFrom(bare, m, after, end, requireThat, audience: true) is { } withAudience) return withAudience;
            if (needsAudience) return null;
            // "dairy farmers warned the deal will cost them dearly": no audience, the clause follows the verb
            if (after < 0) return ClauseFrom(bare, m, pos, end, requireThat: false, audience: false);
        }
        return ClauseFrom(bare, m, pos, end, requireThat: false, audience: false);
    }

    private static IndirectClause? ClauseFrom(string bare, Match m, int pos, int end, bool requireThat, bool audience)
    {
        var cue = m.Value;
        pos = SkipAdverbials(bare, pos, end);
        var hasThat = IsWordAt(bare, pos, end, "that", out var afterThat);
        if (hasThat) pos = afterThat;
        else if (requireThat || !BareClauseCue(cue)) return null;
        // "As he said last month, the talks …" is a comment clause, not a complement
        var comma = false;
        while (pos < end && bare[pos] is ' ' or '\t' or ',') comma |= bare[pos++] == ',';
        if (comma && !hasThat) return null;
        if (pos >= end || !char.IsLetterOrDigit(bare[pos])) return null;
        if (!hasThat && !ClauseLooksFinite(bare, pos, end, strict: TakesObjects(cue))) return null;
        var subordinate = hasThat && StartsWithSubordinator(bare, pos, end);
        // after "that" any subject will do ("thorny issues such as autos remained"), but not a verb ("that was wrong")
        if (hasThat && !subordinate && NextWord(bare, pos, end) is var (ts, te) && (ts < 0 || IsFiniteVerb(bare[ts..te], afterDeterminer: false)))
        {
            // "He said that would not happen": "that" is the reported clause's subject
            if (ts < 0 || bare[ts..te] is not ("would" or "will" or "was" or "is" or "could" or "might" or "had" or "has" or "wasn’t" or "wasn't" or "isn’t" or "isn't" or "won’t" or "won't" or "wouldn’t" or "wouldn't")) return null;
            pos = afterThat - "that".Length;
        }
        var clauseEnd = ClauseEnd(bare, subordinate ? AfterFirstComma(bare, pos, end) : pos, end);
        if (clauseEnd < 0) return null;
        for (var i = pos; i < clauseEnd; i++)
            if (bare[i] == ArticleContext.QuoteMark) return null;
        if (QuoteFinder.CountWords(bare, pos, clauseEnd) < (hasThat ? 2 : 3)) return null;
        return new IndirectClause(m.Index, m.Index + m.Length, m.Groups["part"].Success, pos, clauseEnd);
    }

    /// <summary>"was told", "is said to", and relative clauses with a gap ("a deal which both leaders said they …").</summary>
    private static bool IsPassiveOrGap(string bare, int sentenceStart, int cueStart, string cue)
    {
        var prev = PreviousWord(bare, sentenceStart, cueStart, out var prevStart);
        if (prev is "was" or "were" or "been" or "being" or "be" or "is" or "are" && cue is "told" or "said" or "reported" or "warned" or "reminded" or "assured") return true;
        // "the added costs", "its stated goal", "the said agreement": an adjective, not a verb of saying
        if (prev is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those") return true;
        // "amid reports the U.S. could …", "media reports said": the noun, not the verb
        if (cue is "reports" or "says" && prev is "amid" or "of" or "with" or "despite" or "after" or "following" or "on" or "in" or "to" or "from" or "by" or "media" or "news" or "press" or "unconfirmed" or "local") return true;
        // Gap: "which|that|whom" + a short subject right before the cue.
        var p = prevStart;
        string? between = null;
        for (var n = 0; n < 16 && prev is not null; n++)
        {
            // "the Bank of Canada, which warned last month that …": a subject relative reports the antecedent's words
            if (prev is "which" && (n == 0 || n == 1 && between is "also" or "has" or "had" or "have" or "recently" or "previously" or "repeatedly" or "once")) return false;
            if (prev is "which" or "whom") return true;
            between = prev;
            if (prev is "that" or "what" && n is > 0 and < 5 || prev is "what" && n == 0) return true;
            if (prev.Length > 0 && !char.IsLetter(prev[0])) break;
            prev = PreviousWord(bare, sentenceStart, p, out p);
            if (prev is null) break;
        }
        return false;
    }

    /// <summary>"-- in effect, saying Canada must …": the writer's paraphrase, not reported speech.</summary>
    private static bool IsWritersGloss(string bare, int sentenceStart, int cueStart)
    {
        var from = Math.Max(sentenceStart, cueStart - 30);
        var before = bare.AsSpan(from, cueStart - from).TrimEnd(" ,\t");
        return before.EndsWith("in effect", StringComparison.OrdinalIgnoreCase) || before.EndsWith("effectively", StringComparison.OrdinalIgnoreCase)
               || before.EndsWith("in other words", StringComparison.OrdinalIgnoreCase) || before.EndsWith("essentially", StringComparison.OrdinalIgnoreCase);
    }

    private static string? PreviousWord(string text, int limit, int before, out int wordStart)
    {
        var e = before;
        while (e > limit && text[e - 1] is ' ' or '\t') e--;
        var s = e;
        while (s > limit && (char.IsLetter(text[s - 1]) || text[s - 1] is '’' or '\'' or '.' or '-')) s--;
        wordStart = s;
        if (s == e) { wordStart = e; return e > limit ? text[(e - 1)..e] : null; }
        return text[s..e].ToLowerInvariant();
    }

    /// <summary>After "told"/"warned": "reporters", "President Trump", "the Globe and Mail", "the Trump administration (that)".
    /// Returns the position after the audience (the same position when there is none) or -1 when the words after the cue
    /// cannot be an audience. <paramref name="requireThat"/>: the audience is only certain when "that" follows it.</summary>
    private static int SkipAudience(string bare, int pos, int end, out bool requireThat)
    {
        requireThat = false;
        var (s, e) = NextWord(bare, pos, end);
        if (s < 0) return pos;
        var w = bare[s..e];
        if (w == "that") return pos;
        if (w is not ("the" or "The") && Audience.Contains(w) && w is not ("a" or "an"))
        {
            if (w == "members" && NextWord(bare, e, end) is var (s2, e2) && s2 >= 0 && bare[s2..e2] == "of" && NextWord(bare, e2, end) is var (s3, e3) && s3 >= 0)
                return e3;
            // "told reporters travelling with him on Air Force One that …": a modifier of the audience before "that"
            if (NextWord(bare, e, end) is var (ms, me) && ms >= 0 && bare[ms..me] is not "that" && (bare[ms..me].EndsWith("ing") || bare[ms..me] is "on" or "at" or "in" or "aboard" or "outside"))
            {
                var q2 = me;
                for (var k = 0; k < 10; k++)
                {
                    var (ks, ke) = NextWord(bare, q2, end);
                    if (ks < 0) break;
                    if (bare[ks..ke] == "that" && !(NextWord(bare, ke, end) is var (ds, de) && ds >= 0 && bare[ds..de] is "day" or "week" or "morning" or "night" or "evening" or "afternoon" or "month" or "year" or "time"))
                    { requireThat = true; return q2; }
                    q2 = ke;
                }
            }
            return e;
        }
        // "told industry executives he will not back down": a short lower-case group audience
        if (char.IsLower(w[0]) && w is not ("the" or "a" or "an"))
        {
            var q1 = pos;
            for (var k = 0; k < 3; k++)
            {
                var (ks, ke) = NextWord(bare, q1, end);
                if (ks < 0 || char.IsUpper(bare[ks])) break;
                if (AudienceNouns.Contains(bare[ks..ke])) return ke;
                q1 = ke;
            }
        }
        // "told industry groups that", "told a rally in Indiana on Thursday night that": any short audience before "that"
        var q0 = pos;
        for (var k = 0; k < 8; k++)
        {
            var (ks, ke) = NextWord(bare, q0, end);
            if (ks < 0) break;
            if (bare[ks..ke] == "that")
            {
                if (k == 0) break;
                requireThat = true;
                return q0;
            }
            if (Audience.Contains(bare[ks..ke]) && k == 0 && w is not ("the" or "a" or "an")) break;
            q0 = ke;
        }
        var isThe = w is "the" or "The" or "a" or "an";
        var last = -1;
        var p = isThe ? e : pos;
        for (var n = 0; n < 6; n++)
        {
            var (ts, te) = NextWord(bare, p, end);
            if (ts < 0) break;
            var t = bare[ts..te];
            if (char.IsUpper(t[0]) && !PhraseScanner.IsCapitalStop(t.TrimEnd('.'))) { last = te; p = te; continue; }
            // "told U.S. negotiators it will not …": a group noun after the capitalised words is part of the audience
            if (last >= 0 && AudienceNouns.Contains(t)) { last = te; break; }
            if (last >= 0 && t is "of" or "and" or "de" && NextWord(bare, te, end) is var (ns, _) && ns >= 0 && char.IsUpper(bare[ns])) { p = te; continue; }
            if (isThe && char.IsLower(t[0]) && t != "that")
            {
                // "warned the Trump administration that …": a common-noun audience only counts before "that"
                var q = p;
                for (var k = 0; k < 4; k++)
                {
                    var (ks, ke) = NextWord(bare, q, end);
                    if (ks < 0) break;
                    if (bare[ks..ke] == "that") { requireThat = true; return q; }
                    q = ke;
                }
            }
            break;
        }
        if (last < 0) return isThe ? -1 : pos;
        // a capitalised audience after "warned"/"assured" may be the subject ("warned Canada would …"): only with "that"
        requireThat = !isThe && IsWarnLike(bare, pos);
        return last;
    }

    private static bool IsWarnLike(string bare, int cueEnd)
    {
        var s = cueEnd;
        while (s > 0 && char.IsLetter(bare[s - 1])) s--;
        return bare.AsSpan(s, cueEnd - s) is not ("told" or "tells" or "tell" or "telling");
    }

    private static int SkipAdverbials(string bare, int pos, int end)
    {
        for (var guard = 0; guard < 6 && pos < end; guard++)
        {
            var m = Adverbial().Match(bare, pos, end - pos);
            if (!m.Success || m.Length == 0) break;
            // "in Canada" would eat the subject of "said in Canada the …" only when more follows; a clause still must follow.
            pos = m.Index + m.Length;
        }
        return pos;
    }

    private static bool IsWordAt(string bare, int pos, int end, string word) => IsWordAt(bare, pos, end, word, out _);

    private static bool IsWordAt(string bare, int pos, int end, string word, out int after)
    {
        while (pos < end && bare[pos] is ',' or ' ' or '\t') pos++;
        var (s, e) = NextWord(bare, pos, end);
        after = e;
        return s >= 0 && string.Equals(bare[s..e], word, StringComparison.OrdinalIgnoreCase)
               && (s == pos || bare.AsSpan(pos, s - pos).Trim(" ,\t").IsEmpty);
    }

    /// <summary>The next word (letters, digits, apostrophes, dots inside abbreviations, hyphens) after whitespace; (-1,-1) at
    /// punctuation or the end.</summary>
    internal static (int Start, int End) NextWord(string text, int pos, int end)
    {
        var s = pos;
        while (s < end && text[s] is ' ' or '\t') s++;
        if (s >= end || !char.IsLetterOrDigit(text[s])) return (-1, -1);
        var e = s;
        while (e < end && (char.IsLetterOrDigit(text[e]) || text[e] is '’' or '\'' or '-' or '&' || text[e] == '.' && e + 1 < end && char.IsLetter(text[e + 1])))
            e++;
        // keep the dot of an abbreviation such as "U.S."
        if (e < end && text[e] == '.' && text.AsSpan(s, e - s).Contains('.')) e++;
        return (s, e);
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "if", "although", "though", "because", "unless", "once", "when", "whereas", "since", "as", "until", "whether",
    };

    /// <summary>"said that while Ottawa wants a deal, he could …": the complement opens with a subordinate clause.</summary>
    private static bool StartsWithSubordinator(string bare, int pos, int end)
    {
        var (s, e) = NextWord(bare, pos, end);
        return s >= 0 && Subordinators.Contains(bare[s..e]) && bare.IndexOf(',', e, end - e) > 0;
    }

    private static int AfterFirstComma(string bare, int pos, int end)
    {
        var comma = bare.IndexOf(',', pos, end - pos);
        return comma < 0 ? pos : comma + 1;
    }

    private static readonly HashSet<string> SubjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
        "our", "your", "some", "no", "many", "most", "all", "both", "each", "every", "several", "any", "another", "such",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "neither", "either", "none", "there",
        "that", "nothing", "about", "around", "roughly", "nearly", "almost", "more", "fewer", "less", "only", "just", "half",
        "up", "at",
    };

    private static bool StartsLikeSubject(string bare, int pos, int end)
    {
        var (s, e) = NextWord(bare, pos, end);
        if (s < 0) return false;
        var w = bare[s..e];
        var core = StripContraction(w);
        if (SubjectWords.Contains(core) || char.IsDigit(w[0])) return true;
        if (char.IsUpper(w[0])) return !PhraseScanner.IsCapitalStop(w.TrimEnd('.')) || SubjectWords.Contains(core);
        // a bare plural or mass noun subject: "time was running out", "prices would rise"
        var (s2, e2) = NextWord(bare, e, end);
        if (s2 >= 0 && IsFiniteVerb(bare[s2..e2], afterDeterminer: false)) return true;
        // "dairy farmers wanted …", "auto parts makers would …": a compound bare plural
        if (s2 >= 0 && char.IsLower(bare[s2]) && bare[s2..e2].EndsWith('s') && !IsFiniteVerb(w, false))
        {
            var (s3, e3) = NextWord(bare, e2, end);
            if (s3 >= 0 && IsFiniteVerb(bare[s3..e3], afterDeterminer: false)) return true;
        }
        // "producers in the West worry …": a bare plural with a prepositional phrase
        if (!w.EndsWith('s') || s2 < 0 || bare[s2..e2] is not ("in" or "of" or "from" or "at" or "across" or "on")) return false;
        var p = e2;
        for (var n = 0; n < 5; n++)
        {
            var (ws, we) = NextWord(bare, p, end);
            if (ws < 0) return false;
            if (IsFiniteVerb(bare[ws..we], afterDeterminer: false)) return true;
            p = we;
        }
        return false;
    }

    private static string StripContraction(string w)
    {
        foreach (var suffix in Contractions)
            if (w.Length > suffix.Length && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return w[..^suffix.Length];
        return w;
    }

    private static readonly string[] Contractions = ["’s", "'s", "’re", "'re", "’ll", "'ll", "’d", "'d", "’ve", "'ve", "’m", "'m"];

    /// <summary>True when the clause at <paramref name="pos"/> opens with a plausible subject and a finite verb follows before
    /// the clause ends (verbs inside ", which …," / ", who …," do not count).</summary>
    private static bool ClauseLooksFinite(string bare, int pos, int end, bool strict)
    {
        if (!StartsLikeSubject(bare, pos, end)) return false;
        var (fs, fe) = NextWord(bare, pos, end);
        var first = bare[fs..fe];
        if (!ReferenceEquals(StripContraction(first), first) && StripContraction(first) is var c && (PhraseScanner.IsPronoun(c) || c.Equals("that", StringComparison.OrdinalIgnoreCase) || c.Equals("there", StringComparison.OrdinalIgnoreCase)))
            return true; // "it’s", "they’re", "we’ll"
        var p = fe;
        var previous = first.ToLowerInvariant();
        var relative = false;
        for (var n = 0; n < 40 && p < end; n++)
        {
            while (p < end && bare[p] is ' ' or '\t') p++;
            if (p >= end) break;
            var ch = bare[p];
            if (ch == ',')
            {
                var (ns, ne) = NextWord(bare, p + 1, end);
                if (ns < 0) return false;
                var next = bare[ns..ne].ToLowerInvariant();
                if (next is "which" or "who" or "whose" or "where" or "when") { relative = true; p = ne; previous = next; continue; }
                if (relative && IsFiniteVerb(next, afterDeterminer: false)) return true;
                // a list of names in the subject: "said Canada, Mexico and the United States had agreed"
                if (!relative && char.IsUpper(bare[ns]) && !PhraseScanner.IsCapitalStop(bare[ns..ne]) && !PhraseScanner.IsPronoun(next)) { p = ns; previous = ","; continue; }
                // an appositive: "said the front-runner, leftist Andres Manuel Lopez Obrador, had been …"
                if (!relative && n < 6 && bare.IndexOf(',', ne, Math.Min(80, end - ne)) is var close && close > 0
                    && NextWord(bare, close + 1, end) is var (fs2, fe2) && fs2 >= 0 && IsFiniteVerb(bare[fs2..fe2], afterDeterminer: false))
                    return true;
                if (!relative) return false;
                p = ns;
                previous = ",";
                continue;
            }
            if (ch == ArticleContext.QuoteMark || ch is ';' or ':' or '(' or ')' || ch is '—' or '–') return false;
            var (s, e) = NextWord(bare, p, end);
            if (s < 0) { p++; continue; }
            var w = bare[s..e];
            var lw = w.ToLowerInvariant();
            if (!relative && n < 25 && IsFiniteVerb(lw, afterDeterminer: Determiners.Contains(previous)) && (!strict || !CouldBeParticiple(lw))) return true;
            previous = w.ToLowerInvariant();
            p = e;
        }
        return false;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "your", "some", "no", "many", "most",
        "all", "both", "each", "every", "several", "any", "another", "such", "of", "to", "and", "or", "for", "in", "on", "at", "with", "by",
    };

    private static readonly HashSet<string> FiniteWords = new(StringComparer.Ordinal)
    {
        "would", "will", "could", "should", "can", "cannot", "might", "must", "may", "shall", "had", "has", "have", "was", "were",
        "is", "are", "did", "does", "do", "won’t", "won't", "wouldn’t", "wouldn't", "couldn’t", "couldn't", "shouldn’t", "shouldn't",
        "can’t", "can't", "hadn’t", "hadn't", "hasn’t", "hasn't", "haven’t", "haven't", "wasn’t", "wasn't", "weren’t", "weren't",
        "isn’t", "isn't", "aren’t", "aren't", "didn’t", "didn't", "doesn’t", "doesn't", "don’t", "don't", "mustn’t", "mustn't",
        // irregular past tenses
        "saw", "came", "made", "took", "gave", "went", "got", "knew", "thought", "felt", "found", "left", "met", "held", "kept",
        "told", "said", "became", "began", "ran", "won", "lost", "sent", "spent", "stood", "meant", "brought", "bought", "led",
        "paid", "sought", "struck", "fell", "rose", "grew", "drew", "wrote", "spoke", "chose", "broke", "understood", "remained",
        "heard", "built", "sold", "taught", "caught", "fought", "forgot", "hid", "shook", "woke", "withdrew", "overtook", "undertook",
        // common present tenses
        "want", "wants", "need", "needs", "remain", "remains", "hope", "hopes", "expect", "expects", "believe", "believes",
        "think", "thinks", "plan", "plans", "support", "supports", "oppose", "opposes", "reflect", "reflects", "mean", "means",
        "seem", "seems", "appear", "appears", "continue", "continues", "include", "includes", "require", "requires", "threaten",
        "threatens", "violate", "violates", "undermine", "undermines", "infringe", "infringes", "favour", "favours", "favor",
        "favors", "represent", "represents", "intend", "intends", "know", "knows", "see", "sees", "feel", "feels", "agree",
        "agrees", "understand", "understands", "deserve", "deserves", "lack", "lacks", "stand", "stands", "depend", "depends",
        "looks", "gets", "goes", "makes", "takes", "gives", "costs", "hurts", "risks", "faces", "puts", "keeps", "holds",
        "remains", "works", "helps", "leaves", "becomes", "lies", "stays", "meets", "runs", "shows", "pays", "buys", "sells",
        "builds", "exceeds", "falls", "rises", "grows", "lags", "trails", "outweighs", "benefits", "protects", "allows", "forces",
        "offers", "provides", "changes", "affects", "lowers", "raises", "cuts", "exports", "imports", "produces", "employs",
        "supplies", "dominates", "controls", "owns", "operates", "complies", "qualifies", "accounts", "amounts", "matters",
        "remain", "exist", "exists", "harms", "damages", "kills", "creates", "destroys", "opens", "closes", "worry", "worries",
        "fear", "fears", "argue", "insist", "complain", "face", "pay", "sell", "buy", "lose", "loses", "win", "wins", "hold",
        "keep", "stand", "fall", "rise", "grow", "make", "take", "get", "go", "run", "cost", "hurt", "benefit", "count", "counts",
    };

    /// <summary>Verbs that often take a noun object ("noted the progress made in the talks"): without "that" their clause
    /// needs a verb that cannot be a participle of a reduced relative.</summary>
    private static bool TakesObjects(string cue) => cue is "noted" or "notes" or "noting" or "stressed" or "stresses" or "stressing"
        or "reported" or "reports" or "acknowledged" or "acknowledges" or "acknowledging" or "conceded" or "admitted" or "maintained"
        or "cautioned" or "reiterated" or "confirmed" or "predicted" or "predicts" or "predicting";

    private static readonly HashSet<string> ParticipleForms = new(StringComparer.Ordinal)
    {
        "made", "held", "kept", "told", "said", "sent", "spent", "lost", "won", "found", "left", "met", "led", "paid", "sought",
        "struck", "bought", "brought", "built", "sold", "taught", "caught", "fought", "heard", "meant", "stood", "understood",
    };

    private static bool CouldBeParticiple(string w) => ParticipleForms.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal);

    private static bool IsFiniteVerb(string w, bool afterDeterminer)
    {
        if (w.Length == 0 || !char.IsLower(w[0])) return false;
        if (FiniteWords.Contains(w)) return !afterDeterminer || w is "would" or "will" or "could" or "should" or "can" or "might" or "must" or "had" or "has" or "was" or "were" or "is" or "are";
        if (afterDeterminer) return false;
        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal);
    }

    /// <summary>Where the reported clause from <paramref name="pos"/> ends (exclusive, final punctuation dropped), or -1 when it
    /// holds a direct quote.</summary>
    private static int ClauseEnd(string bare, int pos, int end)
    {
        var stop = end;
        var openRelative = false;
        for (var i = pos; i < end; i++)
        {
            var c = bare[i];
            if (c == ArticleContext.QuoteMark) return -1;
            if (c == ';') { stop = i; break; }
            if (c is '—' or '–' || c == '-' && i + 1 < end && bare[i + 1] == '-') { stop = i; break; }
            if (c == '(' && i > pos) { stop = i; break; }
            // "said X and warned that Y", "said X but gave no date": a second verb of the reporting subject
            if (c == ' ' && i > pos && CoordinatedReportingVerb(bare, i + 1, end)) { stop = i; break; }
            if (c == ',')
            {
                var (ws, we) = NextWord(bare, i + 1, end);
                var next = ws < 0 ? "" : bare[ws..we];
                if (next is "which" or "who" or "whose" or "where" or "when") { openRelative = true; continue; }
                // ", arrived in Washington": the main verb of a sentence whose relative clause held the cue
                if (IsFiniteVerb(next, afterDeterminer: false) && next is not ("said" or "says" or "told"))
                {
                    if (openRelative) { openRelative = false; continue; }
                    // "said the front-runner, leftist X, had been …": the clause has had no verb yet, so this one is its own
                    if (!HasFiniteVerb(bare, pos, i)) continue;
                    // "…to the sixth round, scheduled for Montreal": a participle modifying what came before, unless the
                    // cue sat in a relative clause whose main verb this is ("Freeland, who said …, arrived in Washington")
                    if (next.EndsWith("ed") && !CueInRelative(bare, pos) && NextWord(bare, we, end) is var (ps, pe) && ps >= 0 && bare[ps..pe] is "for" or "in" or "to" or "by" or "at" or "on" or "as" or "with" or "from") continue;
                    stop = i; break;
                }
                // "that overtime, a fixture of the schedule for years, had been cut": an appositive before the clause's verb
                if (next is "a" or "an" && !HasFiniteVerb(bare, pos, i)) continue;
                if (NewClauseAfterComma(bare, i + 1, end)) { stop = i; break; }
            }
        }
        while (stop > pos && (char.IsWhiteSpace(bare[stop - 1]) || bare[stop - 1] is '.' or '!' or '?' or '”' or '"' or ',' or ':' or '-'))
        {
            // keep the dot of a trailing abbreviation ("the U.S.")
            if (bare[stop - 1] == '.' && stop - 1 > pos && SentenceSplitter.IsAbbreviation(bare, stop - 1) && stop == end) break;
            stop--;
        }
        return stop;
    }

    private static bool CueInRelative(string bare, int clauseStart)
    {
        var from = Math.Max(0, clauseStart - 120);
        var before = bare.AsSpan(from, clauseStart - from);
        var comma = before.LastIndexOf(',');
        if (comma < 0) return false;
        var rest = before[(comma + 1)..].TrimStart();
        return rest.StartsWith("who ") || rest.StartsWith("which ");
    }

    private static bool HasFiniteVerb(string bare, int pos, int end)
    {
        var previous = "";
        for (var p = pos; p < end;)
        {
            var (s, e) = NextWord(bare, p, end);
            if (s < 0) { previous = bare[p] == ',' ? "," : previous; p++; continue; }
            var w = bare[s..e];
            // "the new agreement, combined with …": a participle after a comma is not the clause's verb
            var participle = previous == "," && w.EndsWith("ed", StringComparison.Ordinal);
            if (!participle && IsFiniteVerb(w, afterDeterminer: Determiners.Contains(previous))) return true;
            previous = w.ToLowerInvariant();
            p = e;
        }
        return false;
    }

    /// <summary>A verb of saying within the next few words, before any punctuation: "and aides said …".</summary>
    private static bool CueWithinWords(string bare, int pos, int end, int words)
    {
        var p = pos;
        for (var n = 0; n < words; n++)
        {
            while (p < end && bare[p] is ' ' or '\t' || p < end && bare[p] == '.' && p > 0 && char.IsLetter(bare[p - 1])) p++;
            // "and Sen. Pat Roberts (R-Kan.) said": a party tag on the way
            if (p < end && bare[p] == '(' && bare.IndexOf(')', p, Math.Min(25, end - p)) is var close && close > p) { p = close + 1; continue; }
            var (s, e) = NextWord(bare, p, end);
            if (s < 0) return false;
            if (bare[s..e] is "said" or "says" or "say" or "told" or "added" or "argued" or "insisted" or "warned" or "noted") return n > 0;
            p = e;
        }
        return false;
    }

    private static bool CoordinatedReportingVerb(string bare, int pos, int end)
    {
        var (s, e) = NextWord(bare, pos, end);
        if (s < 0 || bare[s..e] is not ("and" or "but")) return false;
        var (vs, ve) = NextWord(bare, e, end);
        if (vs < 0) return false;
        var verb = bare[vs..ve];
        return verb is "warned" or "added" or "insisted" or "argued" or "stressed" or "noted" or "cautioned" or "acknowledged" or "said"
            or "gave" or "declined" or "refused" or "called" or "urged" or "promised" or "vowed" or "told" or "conceded" or "admitted";
    }

    /// <summary>", according to …", ", adding …", ", and Trudeau spoke …", ", it is likely …", ", he said" start a new clause;
    /// ", which …", ", when …", a list item do not.</summary>
    private static bool NewClauseAfterComma(string bare, int pos, int end)
    {
        var (s, e) = NextWord(bare, pos, end);
        if (s < 0) return false;
        var w = bare[s..e];
        var lower = w.ToLowerInvariant();
        if (lower == "according") return true;
        // ", without giving details": an adjunct of the reporting verb
        if (lower == "without" && NextWord(bare, e, end) is var (gs, ge) && gs >= 0 && bare[gs..ge].EndsWith("ing")) return true;
        // ", while Senator Wyden said …": a contrasting clause; ", a sign that …", ", a move designed to …": the writer's appositive
        if (lower is "while" or "whereas") return true;
        if (lower is "a" or "an" && NextWord(bare, e, end) is var (ns1, ne1) && ns1 >= 0 && char.IsLower(bare[ns1]) && !IsFiniteVerb(bare[ns1..ne1], false)
            && NextWord(bare, ne1, end) is var (ns2, ne2) && ns2 >= 0 && bare[ns2..ne2] is "that" or "to" or "by" or "designed" or "aimed" or "intended" or "also" or "which" or "in" or "for" or "of" or "after" or "before" or "since")
            return true;
        if (lower == "as" && NextWord(bare, e, end) is var (as1, ae1) && as1 >= 0 && (Determiners.Contains(bare[as1..ae1].ToLowerInvariant()) && bare[as1..ae1] is not ("of" or "to" or "and" or "or" or "for" or "in" or "on" or "at" or "with" or "by") || char.IsUpper(bare[as1])))
            return true;
        // ", even as dairy farmers warned …", ", even though …"
        if (lower == "even" && NextWord(bare, e, end) is var (es, ee) && es >= 0 && bare[es..ee] is "as" or "though" or "if" or "after" or "before" or "while") return true;
        if (lower is "saying" or "adding" or "arguing" or "noting" or "stressing" or "insisting" or "warning" or "telling" or "explaining"
            or "calling" or "describing" or "citing" or "accusing" or "urging" or "vowing" or "promising" or "stating" or "affirming"
            or "emphasizing" or "emphasising" or "pointing" or "declaring" or "acknowledging" or "reiterating" or "cautioning") return true;
        // ", though few trade lawyers believe …": a concession is the writer's, not the speaker's
        if (lower is "though" or "although") return true;
        if (lower is "and" or "but" && CueWithinWords(bare, e, end, 8)) return true; // ", and aides said on Tuesday he …"
        if (lower is "and" or "but" or "while" or "whereas" or "although" or "though" or "yet" or "so" or "as")
        {
            if (lower is "and" or "but" or "yet" or "so" && IsWordAt(bare, e, end, "that")) return false; // "said that X, but that Y"
            (s, e) = NextWord(bare, e, end);
            if (s < 0) return false;
            w = bare[s..e];
            lower = w.ToLowerInvariant();
            if (lower is "that") return false;
            if (PhraseScanner.IsPronoun(StripContraction(lower))) return true;
            // "said X, but argued that Y": a second verb of saying starts its own report
            if (CueRegex().Match(bare, s, e - s) is { Success: true } cue && cue.Index == s && cue.Length == e - s
                || FiniteWords.Contains(lower) // ", and is bracing for …"
                || lower is "called" or "described" or "accused" or "urged" or "vowed" or "promised" or "praised" or "criticized" or "criticised" or "dismissed") return true;
        }
        else if (PhraseScanner.IsPronoun(StripContraction(lower)) && lower != "it" || lower == "it" && NextWord(bare, e, end) is var (ps, pe) && ps >= 0 && IsFiniteVerb(bare[ps..pe], false))
            return true;
        // a subject and a finite verb within a few words: ", and Prime Minister Justin Trudeau spoke", ", officials said"
        if (!(char.IsUpper(w[0]) || Determiners.Contains(lower) && lower is not ("of" or "to" or "and" or "or" or "for" or "in" or "on" or "at" or "with" or "by"))) return false;
        var p = e;
        for (var n = 0; n < 8; n++)
        {
            var (ts, te) = NextWord(bare, p, end);
            // "but the biggest disputes, including autos, remain …": a parenthetical inside the subject
            if (ts < 0 && p < end && bare[p] == ',' && n > 0) (ts, te) = NextWord(bare, p + 1, end);
            if (ts < 0) return false;
            var t = bare[ts..te];
            if (IsFiniteVerb(t, afterDeterminer: false)) return true;
            if (t is "and" or "or") return false; // a list: "said Canada, Mexico and the United States had agreed"
            if (char.IsLower(t[0]) && !char.IsUpper(w[0]) && n > 3) return false;
            p = te;
        }
        return false;
    }

    /// <summary>"[Negotiators closed two chapters], officials said." — a clause with a subject and finite verb, then the attribution.</summary>
    /// <summary>"[Talks resume next week], a source said on Friday[, as pressure builds …]."</summary>
    private static IndirectClause? Postposed(string bare, int start, int end)
    {
        var segmentEnd = end;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var comma = segmentEnd - 1 > start ? bare.LastIndexOf(',', segmentEnd - 1, segmentEnd - start) : -1;
            if (comma <= start || segmentEnd - comma > 160) return null;
            if (segmentEnd == end || ContinuesAfterAttribution(bare, segmentEnd + 1, end))
            {
                var tail = PostposedAttribution().Match(bare, comma + 1, segmentEnd - comma - 1);
                if (tail.Success) return PostposedClause(bare, start, comma, tail);
            }
            // ", said Brenda Castell, chief economist at …", ", her press secretary, Adam Austen, said.": an attribution with
            // commas of its own runs to the end
            if (segmentEnd != end && PostposedAttribution().Match(bare, comma + 1, end - comma - 1) is { Success: true } whole)
                return PostposedClause(bare, start, comma, whole);
            segmentEnd = comma;
        }
        return null;
    }

    /// <summary>", as pressure builds", ", while …", ", amid …" may follow a mid-sentence attribution.</summary>
    private static bool ContinuesAfterAttribution(string bare, int pos, int end)
    {
        var (s, e) = NextWord(bare, pos, end);
        return s >= 0 && bare[s..e].ToLowerInvariant() is "as" or "while" or "amid" or "after" or "before" or "even" or "but" or "with" or "despite" or "although" or "though" or "citing" or "adding" or "a" or "an" or "speaking" or "who" or "which" or "referring" or "according" or "in";
    }

    private static IndirectClause? PostposedClause(string bare, int start, int comma, Match tail)
    {
        var cue = tail.Groups["cue"].Success ? tail.Groups["cue"] : tail.Groups["inv"];
        // "…, said Freeland." / "…, said the trade representative." — not "…, said progress had been made"
        if (tail.Groups["who"].Success)
            foreach (var w in tail.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (!char.IsUpper(w[0]) && !NameLexicon.RoleWords.Contains(w.TrimEnd('.')) && w is not ("the" or "of" or "for" or "a" or "an")) return null;
        if (tail.Groups["subj"].Success && PhraseScanner.IsCapitalStop(tail.Groups["subj"].Value.Split(' ')[0]) && !PhraseScanner.IsPronoun(tail.Groups["subj"].Value.Split(' ')[0])) return null;
        var clauseStart = SkipDateline(bare, start, comma);
        for (var i = clauseStart; i < comma; i++)
            if (bare[i] == ArticleContext.QuoteMark) return null;
        // the attribution itself vouches for the clause: a subject and four words suffice ("Auto parts employ 100,000 people")
        if (QuoteFinder.CountWords(bare, clauseStart, comma) < 4 || !StartsLikeSubject(bare, clauseStart, comma)) return null;
        var clauseEnd = comma;
        while (clauseEnd > clauseStart && char.IsWhiteSpace(bare[clauseEnd - 1])) clauseEnd--;
        return new IndirectClause(cue.Index, cue.Index + cue.Length, false, clauseStart, clauseEnd, Postposed: true);
    }

    /// <summary>Skips "MEXICO CITY — ", "WASHINGTON (AP) — " or "OTTAWA (Reuters) - " at the start of a story.</summary>
    private static int SkipDateline(string bare, int start, int end)
    {
        var limit = Math.Min(end, start + 60);
        for (var i = start; i < limit; i++)
        {
            if (bare[i] is '—' or '–' || bare[i] == '-' && i > start && bare[i - 1] == ' ' && i + 1 < end && bare[i + 1] == ' ')
            {
                var paren = false;
                for (var j = start; j < i; j++)
                {
                    if (bare[j] is '(' or ')') paren = bare[j] == '(';
                    else if (char.IsLower(bare[j]) && !paren) return start; // "(Reuters)" may be mixed case
                }
                var k = i + 1;
                while (k < end && char.IsWhiteSpace(bare[k])) k++;
                return k;
            }
        }
        return start;
    }
}
