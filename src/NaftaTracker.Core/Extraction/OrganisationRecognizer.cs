using System.Text.RegularExpressions;
using NaftaTracker.Domain;

namespace NaftaTracker.Extraction;

/// <summary>Finds organisations that may speak: chambers, offices, ministries, unions, the White House.</summary>
internal static partial class OrganisationRecognizer
{
    [GeneratedRegex(@"(?<![\p{L}])(?<org>(?:(?:U\.S\.|\p{Lu}[\p{L}’'&.\-]*)\s+){0,4}(?:Office|Chamber|Ministry|Department|Association|Council|Union|Federation|Institute|Commission|Committee|Agency|Bureau|Secretariat|Coalition|Foundation|Roundtable|Alliance|Embassy|Confederation|Congress of Labour)(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+(?:U\.S\.|\p{Lu}[\p{L}’'&.\-]*))+)?)")]
    private static partial Regex Institutional();

    [GeneratedRegex(@"(?<![\p{L}])(?<org>White House|Global Affairs Canada|AFL-CIO|Unifor|Teamsters|Business Roundtable|Pentagon|European Commission|Bank of Canada|Federal Reserve|Dairy Farmers of Canada|Canadian Labour Congress)(?![\p{L}])")]
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
        foreach (var regex in new[] { PossessiveMinistry(), WellKnown(), Institutional() })
            foreach (Match m in regex.Matches(text))
            {
                var g = m.Groups["org"];
                var (start, name) = Clean(g.Index, g.Value);
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
        return (start, name.TrimEnd('.', ','));
    }
}
