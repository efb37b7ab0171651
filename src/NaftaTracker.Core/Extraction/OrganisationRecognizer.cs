using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Finds organisations that may speak: chambers, offices, ministries, unions, the White House.</summary>
internal static partial class OrganisationRecognizer
{
    [GeneratedRegex(@"(?<![\p{L}])(?:Office|Chamber|Ministry|Department|Association|Council|Union|Federation|Institute|Commission|Committee|Agency|Bureau|Secretariat|Coalition|Foundation|Roundtable|Alliance|Embassy|Confederation|Society|Cooperative|Co-op|Congress of Labour|Fédération|Confédération|Conseil|Syndicat|Regroupement|Chambre|Co\.|Corp\.|Inc\.|Ltd\.|Inc|Corp|Co|Plc|Corporation|Company)(?![\p{L}])")]
    private static partial Regex InstitutionHead();

    [GeneratedRegex(@"(?:(?:U\.S\.|&|\p{Lu}[\p{L}’'&\-]*(?:\.\p{Lu}[\p{L}’'&\-]*)*)[ \t]+){1,5}$", RegexOptions.RightToLeft)]
    private static partial Regex NameBeforeHead();

    [GeneratedRegex(@"\G(?:[ \t]+(?:of|for|on)(?:[ \t]+the)?(?:[ \t]+(?:U\.S\.|\p{Lu}[\p{L}’'&.\-]*))+(?:[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}’'&.\-]*)+)?(?:[ \t]+and(?:[ \t]+\p{Lu}[\p{L}’'&.\-]*)+)?|" + FrenchTail + ")?")]
    private static partial Regex NameAfterHead();

    // French names keep their lower-case words: "Union des producteurs agricoles", "Fédération des producteurs de lait du Québec".
    // The words run until an English word that cannot be part of the name ("said", "which", "and").
    private const string FrenchTail =
        @"[ \t]+(?:des|du|de|d’|d')(?:(?:[ \t]+|(?<=’|'))(?!(?:said|says|told|which|who|that|and|in|on|at|with|has|have|is|was|were|will|would|also|to|for|of|the|a|an|its|their|warned|added|called|urged|wants|argued|insisted|noted)(?![\p{L}]))(?:des|du|de|la|le|les|et|d’|l’|d'|l')?[\p{L}\-]+){1,7}";

    /// <summary>"U.S. Chamber of Commerce": capitalised words before the head, "of ..." after it.</summary>
    private static IEnumerable<(int Index, string Value)> Institutional(string text)
    {
        foreach (Match head in InstitutionHead().Matches(text))
        {
            var start = head.Index;
            var floor = Math.Max(0, head.Index - 80);
            var before = NameBeforeHead().Match(text, floor, head.Index - floor);
            if (before.Success && before.Index + before.Length == head.Index) start = before.Index;
            var after = NameAfterHead().Match(text, head.Index + head.Length);
            var end = head.Index + head.Length + (after.Success ? after.Length : 0);
            yield return (start, text[start..end]);
        }
    }

    private static readonly string[] CompanySuffixes = [" Inc", " Inc.", " Co", " Co.", " Corp", " Corp.", " Ltd.", " Company", " Corporation", " Plc"];

    public static bool IsCompany(string name) => CompanySuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>Unions whose names do not contain "union": "the union" can refer back to them.</summary>
    public static readonly string[] KnownUnions = ["Unifor", "AFL-CIO", "Teamsters", "United Auto Workers", "UAW", "United Steelworkers", "Canadian Labour Congress", "CTM"];

    [GeneratedRegex(@"(?<![\p{L}])(?<org>White House|Global Affairs Canada|AFL-CIO|Unifor|Teamsters|United Auto Workers|UAW|United Steelworkers|Business Roundtable|Pentagon|European Commission|Bank of Canada|Federal Reserve|Dairy Farmers of Canada|Canadian Labour Congress)(?![\p{L}])")]
    private static partial Regex WellKnown();

    [GeneratedRegex(@"(?<![\p{L}])(?<org>(?:Mexico|Canada|Ottawa|Washington|China|Japan|Brussels|the U\.S\.)[’']s\s+(?:foreign|economy|economic|trade|finance|agriculture|commerce|labour|labor|external\s+affairs)\s+(?:ministry|department|office|secretariat))")]
    private static partial Regex PossessiveMinistry();

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "As", "After", "While", "When", "Before", "Following", "According", "Hosting",
    };

    public static void Recognize(string text, PersonRegistry registry)
    {
        var byName = new Dictionary<string, PersonRecord>(StringComparer.OrdinalIgnoreCase);
        var found = new List<Mention>();
        var candidates = PossessiveMinistry().Matches(text).Concat(WellKnown().Matches(text))
            .Select(m => (m.Groups["org"].Index, m.Groups["org"].Value))
            .Concat(Institutional(text));
        foreach (var (index, value) in candidates)
            {
                var (start, name) = Clean(index, value);
                if (name.Length < 4 || name is "Oval Office" || name.EndsWith("Oval Office")) continue;
                if (found.Any(f => start < f.End && f.Start < start + name.Length)) continue;
                if (!byName.TryGetValue(name, out var org))
                {
                    org = new PersonRecord(name, SpeakerKind.Organisation) { Party = PeopleRecognizer.PartyOf(name) };
                    byName[name] = org;
                }
                found.Add(new Mention(start, start + name.Length, org));
            }
        registry.Organisations.AddRange(found.OrderBy(f => f.Start));
    }

    private static (int Start, string Name) Clean(int start, string value)
    {
        var name = value;
        while (true)
        {
            var space = name.IndexOf(' ');
            if (space < 0 || !LeadingNoise.Contains(name[..space])) break;
            start += space + 1;
            name = name[(space + 1)..];
        }
        while (name.EndsWith(" and") || name.EndsWith(" the")) name = name[..^4];
        // "Greenwood-based Grassland Dairy Products"
        var space0 = name.IndexOf(' ');
        if (space0 > 0 && name[..space0].EndsWith("-based", StringComparison.Ordinal)) { start += space0 + 1; name = name[(space0 + 1)..]; }
        name = name.TrimEnd(',');
        return (start, name.EndsWith("Co.") || name.EndsWith("Corp.") || name.EndsWith("Inc.") || name.EndsWith("Ltd.") ? name : name.TrimEnd('.'));
    }
}
