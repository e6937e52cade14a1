using BenchmarkDotNet.Running;
using Truce.Bench.Log;

if (args.Length > 0 && args[0] == "log")
{
    return LogLoadDriver.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
