using NaftaTracker.Evaluation;
using NaftaTracker.Extraction;

namespace NaftaTracker.Bench;

internal static class ScoreCommand
{
    public static int Run(string[] args)
    {
        var set = EvalSet.Load(EvalFolder.Resolve(args));
        foreach (var problem in set.Problems) Console.Error.WriteLine($"annotation problem: {problem}");
        var report = Scorer.Score(new ArticleExtractor(), set);
        Console.Write(args.Contains("--json") ? ScoreReportWriter.Json(report) + Environment.NewLine
                                              : ScoreReportWriter.Table(report, misses: args.Contains("--misses")));
        return 0;
    }
}
