using BenchmarkDotNet.Running;
using Truce.Bench.Simulation;

if (args is ["simulate", ..])
{
    SimulateLoad.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
