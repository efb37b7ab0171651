using NaftaTracker.Extraction;
using Xunit.Abstractions;

namespace NaftaTracker.Tests.Extraction;

public class DumpSeeds(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (prefix, pub) in SeedArticles.All)
        {
            var r = ArticleExtractor.ExtractCore(SeedArticles.Read(prefix), pub);
            sb.AppendLine($"===== {prefix}");
            foreach (var q in r.Quotes) sb.AppendLine($"Q {(q.Direct ? "D" : "I")} [{q.Speaker}|{q.SpeakerKind}] {q.SaidOn} <{q.Text}> {string.Join(",", q.Issues)}");
            foreach (var p in r.People) sb.AppendLine($"P {p.Name} | {p.Role} | {p.Party} | {p.Kind} | {string.Join("; ", p.Aliases)}");
            foreach (var d in r.Dates) sb.AppendLine($"D <{d.Text}> {d.Value} {d.Value.Precision}");
            foreach (var i in r.Issues) sb.AppendLine($"I {i.Key} x{i.Spans.Count}");
            foreach (var d in r.Deadlines) sb.AppendLine($"DL {d.Label} | {d.Due} {d.Due.Precision} | {d.Kind} | {string.Join(",", d.Issues)}");
            foreach (var e in r.Events) sb.AppendLine($"E {e.Kind} {e.Title} | {e.On} | {e.RoundNumber}");
            foreach (var f in r.Furniture) sb.AppendLine($"F {SeedArticles.Read(prefix)[f.Start..f.End]}");
        }
        File.WriteAllText("/tmp/seed-dump.txt", sb.ToString());
        output.WriteLine(sb.ToString());
    }
}
