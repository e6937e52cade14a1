using BenchmarkDotNet.Running;

// Load drivers (plain Stopwatch measurements) are picked by their first argument; anything else goes
// to BenchmarkDotNet's switcher.
switch (args)
{
    case ["evaluate", ..]:
        Truce.Bench.Evaluation.EvaluationLoad.Run(args[1..]);
        return 0;
    case ["ingest", ..]:
        Truce.Bench.Ingest.IngestThroughput.Run(args[1..]);
        return 0;
    case ["claims-scaling", ..]:
        return Truce.Bench.Claims.ClaimsScaling.Run(args[1..]);
    case ["claims-stress", ..]:
        return Truce.Bench.Claims.ClaimsStress.Run(args[1..]);
    case ["claims", ..]:
        return Truce.Bench.Claims.ClaimsThroughput.Run(args);
    case ["simulate", ..]:
        Truce.Bench.Simulation.SimulateLoad.Run(args[1..]);
        return 0;
    case ["pipeline", ..]:
        return Truce.Bench.Simulation.PipelineLoad.Run(args[1..]);
    case ["log-sqlite", ..]:
        return Truce.Bench.Log.SqliteLogAppendDriver.Run(args[1..]);
    case ["log", ..]:
        return Truce.Bench.Log.LogLoadDriver.Run(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}
