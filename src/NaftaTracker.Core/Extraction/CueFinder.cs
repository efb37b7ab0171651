using System.Text.RegularExpressions;

namespace NaftaTracker.Extraction;

internal enum CueForm { Finite, Participle, AccordingTo }

internal readonly record struct Cue(int Start, int End, CueForm Form);

/// <summary>Verbs and phrases that introduce speech: said, told reporters, tweeted, according to, saying...</summary>
internal static partial class CueFinder
{
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<acc>according\s+to)|(?<part>saying|telling(?:\s+reporters)?|adding|warning|noting|arguing|stressing|insisting|declaring|writing|tweeting|explaining|asking|accusing|calling|describing|dismissing|complaining|insisting|maintaining)|(?<fin>said|says|say|told(?:\s+reporters)?|tells|added|adds|warned|warns|noted|notes|argued|argues|asked|asks|declared|declares|stressed|stresses|insisted|insists|acknowledged|acknowledges|explained|explains|wrote|writes|tweeted|tweets|posted|replied|replies|responded|answered|remarked|cautioned|conceded|admitted|announced|predicted|suggested|urged|vowed|promised|claimed|complained|lamented|joked|quipped|recalled|accused|countered|maintained|maintains|observes|observed|stresses|emphasi[sz]ed|pointed\s+out|called|calls|described|reiterated|repeated|confirmed|hailed|dismissed|stated|affirmed|commented))(?![\p{L}])")]
    private static partial Regex CueRegex();

    public static List<Cue> Find(string bare, int start, int end)
    {
        var cues = new List<Cue>();
        var m = CueRegex().Match(bare, start, end - start);
        while (m.Success)
        {
            var form = m.Groups["acc"].Success ? CueForm.AccordingTo : m.Groups["part"].Success ? CueForm.Participle : CueForm.Finite;
            cues.Add(new Cue(m.Index, m.Index + m.Length, form));
            m = m.NextMatch();
        }
        return cues;
    }
}
