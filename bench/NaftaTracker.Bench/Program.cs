using NaftaTracker.Bench;

// Usage:
//   score [folder] [--json] [--misses]     score the extractor against the evaluation set (default folder tests/eval)
//   throughput [folder] [--mb 6]           extractor throughput on a corpus cycled from the evaluation articles
var command = args.FirstOrDefault();
var rest = args.Skip(1).ToArray();
return command switch
{
    "score" => ScoreCommand.Run(rest),
    "throughput" => ThroughputCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NaftaTracker.Bench score [tests/eval] [--json] [--misses]");
    Console.Error.WriteLine("       NaftaTracker.Bench throughput [tests/eval] [--mb 6]");
    return 2;
}
