using System.CommandLine;
using Truce.Cli.Agreements;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Cli.Reports;
using Truce.Cli.Violations;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Demo;

/// <summary>
/// <c>truce demo [--out DIR]</c>: the example mission end to end — check the agreement, create the
/// mission, ingest the example's hand-written observations, evaluate, write every daily report and
/// the summary — then print the violations and where to look. DIR (default <c>truce-demo</c>) is
/// made anew each run; a folder that is not a previous demo's is never touched.
/// </summary>
public static class RunDemo
{
    public const string DefaultFolder = "truce-demo";
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
        var steps = new List<DemoStep>
        {
            new("check the example agreement", log => CheckAgreement.Run(agreement, log, log)),
            new("create the mission", log => InitMission.Run(agreement, data, log, log, time)),
            new("ingest the example observations", log => IngestObservations.Run([Path.Combine(example, "observations.ndjson")], data, null, log, log, time)),
            new("evaluate compliance", log => EvaluateCompliance.Run(data, log)),
            new("write the daily reports and the summary", log => WriteReports(data, reports, log)),
        };

        using var log = new StreamWriter(Path.Combine(folder, "demo.log"));
        var code = DemoProgress.Run(steps, log, error, interactive);
        log.Flush();
        if (code != ExitCodes.Success)
        {
            error.WriteLine($"demo: a step failed; see {Path.Combine(folder, "demo.log")}");
            return code;
        }

        ListViolations.Run(data, null, null, "table", output, error);
        output.WriteLine();
        output.WriteLine($"Reports:    {Path.GetFullPath(Path.Combine(reports, "summary.html"))} (and one daily-YYYY-MM-DD.html/.md a day)");
        output.WriteLine($"Mission:    {Path.GetFullPath(data)} (try: ./truce violations --data {data} --day 2025-03-28)");
        output.WriteLine($"Step log:   {Path.GetFullPath(Path.Combine(folder, "demo.log"))}");
        return ExitCodes.Success;
    }

    private static int WriteReports(string data, string reports, TextWriter log)
    {
        using var store = SqliteMissionStore.Open(data);
        var source = MissionReportSource.Load(store, MissionAgreement.Load(store, data));
        foreach (var day in source.Days)
        {
            var report = DailyReportCommand.Build(source, day);
            var stem = Path.Combine(reports, $"daily-{day:yyyy-MM-dd}");
            DailyReportCommand.Write(report, "md", new ReportOutput(stem + ".md", ""), log);
            DailyReportCommand.Write(report, "html", new ReportOutput(stem + ".html", ""), log);
        }

        var summary = SummaryReportCommand.Build(source);
        if (summary is not null)
        {
            SummaryReportCommand.Write(summary, "md", new ReportOutput(Path.Combine(reports, "summary.md"), ""), log);
            SummaryReportCommand.Write(summary, "html", new ReportOutput(Path.Combine(reports, "summary.html"), ""), log);
        }

        log.WriteLine($"wrote {source.Days.Count} daily reports and the summary to {reports}");
        return ExitCodes.Success;
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
