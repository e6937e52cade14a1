using System.Diagnostics;
using System.Globalization;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Cli.Simulation;
using Truce.Cli.Violations;

namespace Truce.Bench.Simulation;

/// <summary>
/// Load driver: <c>dotnet run -c Release --project bench/Truce.Bench -- pipeline [--scale N] [--days D] [--agreement FILE]</c>.
/// Runs the mission pipeline through the real CLI handlers on a temporary data directory —
/// <c>simulate</c> (the example agreement by default, seed 42; scale 242 ≈ 1M observations),
/// <c>init</c>, <c>ingest</c> (one durable batch into SQLite, WAL, synchronous=FULL) and
/// <c>evaluate</c> — and prints each stage's wall clock, CPU time and rate, then the process's peak
/// working set. Stages run one after another in one process, as a user would run the commands.
/// </summary>
internal static class PipelineLoad
{
    public static int Run(string[] args)
    {
        var scale = double.Parse(Option(args, "--scale") ?? "242", CultureInfo.InvariantCulture);
        var days = int.Parse(Option(args, "--days") ?? "30", CultureInfo.InvariantCulture);
        var agreement = Option(args, "--agreement") ?? Path.Combine(RepositoryRoot(), "examples", "example-30-day", "agreement.yaml");
        var root = Directory.CreateTempSubdirectory("truce-pipeline-");
        try
        {
            var output = Path.Combine(root.FullName, "simulated");
            var data = Path.Combine(root.FullName, "data");
            var observations = Path.Combine(output, "observations.ndjson");
            Console.WriteLine(Invariant($"pipeline: {agreement}, {days} days, seed 42, scale {scale}; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            var stages = new List<(string Name, double Wall, double Cpu, string Result)>();
            long count = 0;
            stages.Add(Stage("simulate", log =>
            {
                Check(SimulateMission.Run(new SimulationRequest(agreement, output, days, 42, scale, Measure: false), log, Console.Error));
                count = File.ReadLines(observations).LongCount();
                return Invariant($"{count:N0} observations ({new FileInfo(observations).Length / 1024.0 / 1024.0:0} MiB)");
            }));
            stages.Add(Stage("init", log => Check(InitMission.Run(agreement, data, log, Console.Error, TimeProvider.System)).ToString(CultureInfo.InvariantCulture)));
            stages.Add(Stage("ingest (durable)", log => Check(IngestObservations.Run([observations], data, null, log, Console.Error, TimeProvider.System)).ToString(CultureInfo.InvariantCulture)));
            stages.Add(Stage("evaluate", log => Check(EvaluateCompliance.Run(data, log)).ToString(CultureInfo.InvariantCulture)));

            Console.WriteLine();
            Console.WriteLine("| stage | wall clock | CPU time | observations per wall second |");
            Console.WriteLine("|---|---:|---:|---:|");
            foreach (var (name, wall, cpu, _) in stages)
            {
                Console.WriteLine(Invariant($"| {name} | {wall:0.00} s | {cpu:0.00} s | {(name == "init" ? "—" : (count / wall).ToString("N0", CultureInfo.InvariantCulture))} |"));
            }

            Console.WriteLine(Invariant($"| **total** | {stages.Sum(s => s.Wall):0.00} s | {stages.Sum(s => s.Cpu):0.00} s | |"));
            Console.WriteLine(Invariant($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:0} MiB; store {new FileInfo(Path.Combine(data, Truce.Storage.Sqlite.SqliteMissionStore.FileName)).Length / 1024.0 / 1024.0:0} MiB"));
            return 0;
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static (string Name, double Wall, double Cpu, string Result) Stage(string name, Func<TextWriter, string> work)
    {
        var log = new StringWriter();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var result = work(log);
        var wall = stopwatch.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(Invariant($"{name,-18} {wall,8:0.00} s wall {cpu,8:0.00} s CPU  {result}"));
        foreach (var line in log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Console.WriteLine("    " + line.TrimEnd());
        }

        return (name, wall, cpu, result);
    }

    private static int Check(int exitCode) =>
        exitCode == 0 ? exitCode : throw new InvalidOperationException($"a pipeline stage exited with {exitCode}");

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (the folder holding Truce.slnx); pass --agreement FILE");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
