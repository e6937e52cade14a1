using System.Diagnostics;
using System.Globalization;
using Truce.Simulation.Generation;
using Truce.Simulation.Output;
using Truce.Simulation.Theatre;

namespace Truce.Bench.Simulation;

/// <summary>
/// Load driver: <c>dotnet run -c Release --project bench/Truce.Bench -- simulate [--scale N] [--days D]</c>.
/// Generates the bundled 30-day theatre at a scale giving about a million observations, first
/// counting only, then writing truth.ndjson and observations.ndjson to a temporary folder, and
/// prints observations per second (wall clock and CPU time, as the machine may be shared) and the
/// growth of retained memory.
/// </summary>
internal static class SimulateLoad
{
    public static void Run(string[] args)
    {
        var scale = Option(args, "--scale", 300.0);
        var days = (int)Option(args, "--days", 30.0);
        var stopwatch = Stopwatch.StartNew();
        var theatre = SimulationTheatre.FromGeoData() with { Days = days };
        Console.WriteLine(Invariant($"theatre loaded in {stopwatch.Elapsed.TotalSeconds:0.00} s ({Environment.ProcessorCount} cores, .NET {Environment.Version})"));
        var simulator = new Simulator(theatre, new SimulationOptions { Seed = 42, Scale = scale });

        // Warm-up: JIT and lazily built spatial indexes.
        _ = new Simulator(theatre with { Days = 1 }, new SimulationOptions { Seed = 1, Scale = 5 }).Observations().Count();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        stopwatch.Restart();
        long observations = 0;
        long events = 0;
        foreach (var step in simulator.Run())
        {
            observations += step.Observations.Count;
            events += step.Truth is null ? 0 : 1;
        }

        var generate = stopwatch.Elapsed.TotalSeconds;
        var generateCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Console.WriteLine(Invariant($"generate only:     {observations:N0} observations, {events:N0} true events in {generate:0.00} s = {observations / generate:N0} observations/s; {generateCpu:0.00} s of CPU = {observations / generateCpu:N0} observations per CPU-second (retained memory growth {retained / 1024.0 / 1024.0:0.0} MiB)"));

        var directory = Directory.CreateTempSubdirectory("truce-simulate-");
        try
        {
            cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            stopwatch.Restart();
            var truthPath = Path.Combine(directory.FullName, "truth.ndjson");
            var observationsPath = Path.Combine(directory.FullName, "observations.ndjson");
            using (var truthFile = new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var observationFile = new FileStream(observationsPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                SimulationFiles.Write(simulator.Run(), observationFile, truthFile);
            }

            var write = stopwatch.Elapsed.TotalSeconds;
            var writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            Console.WriteLine(Invariant($"generate + NDJSON: {observations:N0} observations in {write:0.00} s = {observations / write:N0} observations/s; {writeCpu:0.00} s of CPU; observations.ndjson {new FileInfo(observationsPath).Length / 1024.0 / 1024.0:0} MiB, truth.ndjson {new FileInfo(truthPath).Length / 1024.0 / 1024.0:0} MiB"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
