using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NaftaTracker.Evaluation;
using NaftaTracker.Extraction;

namespace NaftaTracker.Bench;

/// <summary>Single-threaded throughput of the extractor over a corpus cycled from the evaluation articles,
/// against a floor: one compiled regex pass counting quotation marks and sentence ends.</summary>
internal static partial class ThroughputCommand
{
    private const double TargetMbPerSecond = 2.0;

    [GeneratedRegex("[\"“”«»„‘’]|[.!?](?=\\s)")]
    private static partial Regex FloorPattern();

    public static int Run(string[] args)
    {
        var mb = 6.0;
        var at = Array.IndexOf(args, "--mb");
        if (at >= 0 && at + 1 < args.Length) mb = double.Parse(args[at + 1], CultureInfo.InvariantCulture);
        mb = Math.Max(mb, 5.0);

        var set = EvalSet.Load(EvalFolder.Resolve(args, "--mb"));
        if (set.Articles.Count == 0) { Console.Error.WriteLine("no evaluation articles found"); return 1; }
        var corpus = BuildCorpus(set, mb, out var bytes);
        var megabytes = bytes / (1024.0 * 1024.0);
        Console.WriteLine($"corpus: {corpus.Count} documents, {megabytes:0.00} MB (UTF-8), cycled from {set.Articles.Count} articles");

        var floor = Measure(corpus, 3, doc => FloorPattern().Count(doc.Text));
        Print("floor (regex pass)", floor, megabytes, corpus.Count);

        var extractor = new ArticleExtractor();
        Result run;
        try { run = Measure(corpus, 3, doc => { var r = extractor.Extract(doc.Text, doc.Published); return r.Quotes.Count + r.Dates.Count; }); }
        catch (NotImplementedException e)
        {
            Console.WriteLine($"extractor: not available ({e.Message})");
            return 1;
        }
        Print("extractor", run, megabytes, corpus.Count);
        var mbps = megabytes / run.Seconds;
        Console.WriteLine($"extractor speed / floor speed: {mbps / (megabytes / floor.Seconds):0.000}x");
        Console.WriteLine($"target >= {TargetMbPerSecond} MB/s on one core: {(mbps >= TargetMbPerSecond ? "met" : "NOT met")}");
        return 0;
    }

    private sealed record Doc(string Text, DateOnly Published);
    private sealed record Result(double Seconds, long AllocatedBytes, long Checksum);

    private static List<Doc> BuildCorpus(EvalSet set, double mb, out long bytes)
    {
        var docs = new List<Doc>();
        bytes = 0;
        for (var i = 0; bytes < mb * 1024 * 1024; i++)
        {
            var a = set.Articles[i % set.Articles.Count];
            docs.Add(new Doc(new string(a.Text.AsSpan()), a.Published)); // a distinct instance per document
            bytes += Encoding.UTF8.GetByteCount(a.Text);
        }
        return docs;
    }

    /// <summary>Warm-up (at least <paramref name="warmups"/> passes over the first 200 documents and one second),
    /// then three timed single-threaded passes over the whole corpus; the median pass is reported.</summary>
    private static Result Measure(List<Doc> corpus, int warmups, Func<Doc, int> work)
    {
        long checksum = 0;
        var warm = Stopwatch.StartNew();
        for (var w = 0; w < warmups || warm.Elapsed < TimeSpan.FromSeconds(1); w++)
            foreach (var doc in corpus.Take(200)) checksum += work(doc);
        var runs = new List<Result>();
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            foreach (var doc in corpus) checksum += work(doc);
            sw.Stop();
            runs.Add(new Result(sw.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - allocated, checksum));
        }
        return runs.OrderBy(r => r.Seconds).ElementAt(1);
    }

    private static void Print(string label, Result r, double megabytes, int documents) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-20} {megabytes / r.Seconds,9:0.00} MB/s  {documents / r.Seconds,10:0} docs/s  {r.AllocatedBytes / megabytes,14:N0} bytes allocated/MB  (median of 3 passes: {r.Seconds:0.000} s, checksum {r.Checksum})"));
}
