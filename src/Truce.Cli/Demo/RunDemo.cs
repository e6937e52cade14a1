using System.CommandLine;
using Truce.Cli.Agreements;
using Truce.Cli.Log;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Cli.Reports;
using Truce.Cli.Simulation;
using Truce.Cli.Violations;
using Truce.Domain.Violations;
using Truce.Log.Tiles;
using Truce.Log.Verification;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Demo;

/// <summary>
/// <c>truce demo [--out DIR]</c>: the example mission end to end — check the agreement, create the
/// mission, simulate 30 days of reports (seed 42), ingest them with the example's hand-written
/// observations, evaluate, write every daily report and the summary — then print the totals, the
/// most serious violations and where to look. DIR (default <c>truce-demo</c>) is made anew each run;
/// a folder that is not a previous demo's is never touched.
/// </summary>
public static class RunDemo
{
    public const string DefaultFolder = "truce-demo";
    public const long Seed = 42;
    public const int MostSeriousShown = 12;
    private const string Marker = ".truce-demo";

    public static Command Command(TimeProvider time)
    {
        var folder = new Option<string>("--out") { Description = "The folder the demo writes (made anew each run).", DefaultValueFactory = _ => DefaultFolder };
        var command = new Command("demo", "Run the example mission end to end and write its reports.") { folder };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("demo", error, () => Run(parse.GetValue(folder)!, output, error, time, !Console.IsErrorRedirected && output == Console.Out));
        });
        return command;
    }

    public static int Run(string folder, TextWriter output, TextWriter error, TimeProvider time, bool interactive)
    {
        if (!Prepare(folder, error))
        {
            return ExitCodes.UserError;
        }

        var example = Path.Combine(AppContext.BaseDirectory, "examples", "example-30-day");
        var agreement = Path.Combine(example, "agreement.yaml");
        var data = Path.Combine(folder, "data");
        var reports = Path.Combine(folder, "reports");
        var simulation = Path.Combine(folder, "simulation");
        var published = Path.Combine(folder, "log");
        var steps = new List<DemoStep>
        {
            new("check the example agreement", log => CheckAgreement.Run(agreement, log, log)),
            new("create the mission", log => InitMission.Run(agreement, data, log, log, time)),
            new($"simulate 30 days of reports (seed {Seed})", log => SimulateMission.Run(new SimulationRequest(agreement, simulation, 30, Seed, 1, Measure: false), log, log)),
            new("ingest the hand-written and the simulated observations", log =>
                IngestObservations.Run([Path.Combine(example, "observations.ndjson"), Path.Combine(simulation, "observations.ndjson")], data, null, log, log, time)),
            new("evaluate compliance", log => EvaluateCompliance.Run(data, log)),
            new("write the daily reports and the summary", log => WriteAllReports.Run(data, reports, log)),
            new("publish the transparency log", log => PublishLogCommand.Run(data, published, time, log, log)),
            new("verify the published log as a party would", log => VerifyPublished(data, published, log)),
        };

        using var log = new StreamWriter(Path.Combine(folder, "demo.log"));
        var code = DemoProgress.Run(steps, log, error, interactive);
        log.Flush();
        if (code != ExitCodes.Success)
        {
            error.WriteLine($"demo: a step failed; see {Path.Combine(folder, "demo.log")}");
            return code;
        }

        PrintHighlights(data, output);
        output.WriteLine();
        output.WriteLine($"Reports:    {Path.GetFullPath(Path.Combine(reports, "summary.html"))} (and one daily-YYYY-MM-DD.html/.md a day)");
        output.WriteLine($"Mission:    {Path.GetFullPath(data)} (try: ./truce violations --data {data} --day 2025-03-28)");
        output.WriteLine($"Step log:   {Path.GetFullPath(Path.Combine(folder, "demo.log"))}");
        output.WriteLine($"Log:        {Path.GetFullPath(published)} — check it yourself:");
        output.WriteLine($"            ./truce log verify --log {published} --key \"$(./truce log key --data {data})\"");
        return ExitCodes.Success;
    }

    private static int VerifyPublished(string data, string published, TextWriter log)
    {
        using var signer = MissionSigningKey.Load(data, out var keyError);
        if (signer is null)
        {
            log.WriteLine(keyError);
            return ExitCodes.UserError;
        }

        var result = new LogVerifier(new DirectoryTileSource(published), signer.Verifier)
            .VerifyAsync(new LogVerifyRequest(), CancellationToken.None)
            .GetAwaiter()
            .GetResult();
        foreach (var check in result.Checks)
        {
            log.WriteLine($"ok: {check}");
        }

        if (!result.IsValid)
        {
            log.WriteLine($"FAILED: {result.Failure}");
            return ExitCodes.InternalError;
        }

        log.WriteLine($"verified with {signer.Verifier}");
        return ExitCodes.Success;
    }

    private static void PrintHighlights(string data, TextWriter output)
    {
        using var store = SqliteMissionStore.Open(data);
        var violations = store.ReadViolations();
        output.WriteLine($"{violations.Count} violation(s) of the example agreement over 30 simulated days:");
        foreach (var party in violations.GroupBy(v => v.Party?.Value ?? "party unknown").OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var certain = party.Count(v => v.Category == Category.Certain);
            output.WriteLine($"  {party.Key,-14} {party.Count(),6}  ({certain} certain)");
        }

        output.WriteLine();
        output.WriteLine($"The {MostSeriousShown} most serious (all: ./truce violations --data {data}):");
        var worst = violations
            .OrderBy(v => v.Category)
            .ThenByDescending(v => v.Confidence)
            .ThenBy(v => v.At)
            .ThenBy(v => v.Incident.Value, StringComparer.Ordinal)
            .Take(MostSeriousShown)
            .OrderBy(v => v, ViolationOrder.Instance)
            .ToList();
        ViolationTable.Write(worst, output);
    }

    /// <summary>Empties a previous demo's folder, or creates a new one; refuses a folder that holds anything else.</summary>
    private static bool Prepare(string folder, TextWriter error)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            if (!File.Exists(Path.Combine(folder, Marker)))
            {
                error.WriteLine($"demo: '{folder}' exists and is not a previous demo's folder; nothing touched (hint: --out another folder)");
                return false;
            }

            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "made by truce demo; deleted and made anew by the next run\n");
        return true;
    }
}
