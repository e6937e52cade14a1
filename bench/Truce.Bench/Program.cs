using BenchmarkDotNet.Running;

if (args is ["evaluate", ..])
{
    Truce.Bench.Evaluation.EvaluationLoad.Run(args[1..]);
    return;
}

if (args is ["ingest", ..])
{
    Truce.Bench.Ingest.IngestThroughput.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
