using BenchmarkDotNet.Running;

if (args.Length > 0 && args[0] == "claims")
{
    return Truce.Bench.Claims.ClaimsThroughput.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
