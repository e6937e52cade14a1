using Truce.Cli.Missions;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Reports;

/// <summary>
/// Writes every daily report of the agreement's window (Markdown with its pictures, and HTML) and
/// the summary (both formats) into one folder, reading the mission once.
/// </summary>
public static class WriteAllReports
{
    public static int Run(string dataDirectory, string folder, TextWriter log)
    {
        using var store = SqliteMissionStore.Open(dataDirectory);
        var source = MissionReportSource.Load(store, MissionAgreement.Load(store, dataDirectory));
        foreach (var day in source.Days)
        {
            var report = DailyReportCommand.Build(source, day);
            var stem = Path.Combine(folder, $"daily-{day:yyyy-MM-dd}");
            DailyReportCommand.Write(report, "md", new ReportOutput(stem + ".md", ""), log);
            DailyReportCommand.Write(report, "html", new ReportOutput(stem + ".html", ""), log);
        }

        var summary = SummaryReportCommand.Build(source);
        if (summary is not null)
        {
            SummaryReportCommand.Write(summary, "md", new ReportOutput(Path.Combine(folder, "summary.md"), ""), log);
            SummaryReportCommand.Write(summary, "html", new ReportOutput(Path.Combine(folder, "summary.html"), ""), log);
        }

        log.WriteLine($"wrote {source.Days.Count} daily reports{(summary is null ? "" : " and the summary")} to {folder}");
        return ExitCodes.Success;
    }
}
