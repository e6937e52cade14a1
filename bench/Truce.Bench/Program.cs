using BenchmarkDotNet.Running;

if (args is ["ingest", ..])
{
    Truce.Bench.Ingest.IngestThroughput.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
