using System.CommandLine;
using System.Globalization;
using Truce.Cli.Missions;
using Truce.Reports.Charts;
using Truce.Reports.Daily;
using Truce.Reports.Maps;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Reports;

/// <summary>
/// <c>truce report daily --day D [--format md|html|json] [--out FILE]</c>: the day's violations by
/// party, type, zone and term against the day before and the seven-day average, the most serious
/// ones with their rationale, restrictions on monitors, a map and a trend chart.
/// </summary>
public static class DailyReportCommand
{
    public static Command Command()
    {
        var data = DataOption.Create();
        var day = new Option<string>("--day") { Description = "The UTC day to report (YYYY-MM-DD).", Required = true };
        var format = new Option<string>("--format") { Description = "md links its pictures as PNG files beside it; html embeds them; json has the numbers only.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "json");
        var output = new Option<string?>("--out") { Description = "The report file (default: standard output)." };
        var command = new Command("daily", "Write the daily report of one day.") { data, day, format, output };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("report daily", error, () =>
                Run(parse.GetValue(data)!, parse.GetValue(day)!, parse.GetValue(format)!, parse.GetValue(output), stdout, error));
        });
        return command;
    }

    public static int Run(string dataDirectory, string day, string format, string? outFile, TextWriter output, TextWriter error)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reportDay))
        {
            error.WriteLine($"report daily: --day '{day}' is not a date like 2025-03-20");
            return ExitCodes.UserError;
        }

        using var store = SqliteMissionStore.Open(dataDirectory);
        var source = MissionReportSource.Load(store, MissionAgreement.Load(store, dataDirectory));
        if (reportDay < source.FirstDay || reportDay > source.LastDay)
        {
            error.WriteLine($"report daily: {day} is outside the agreement's window ({source.FirstDay:yyyy-MM-dd} to {source.LastDay:yyyy-MM-dd})");
            return ExitCodes.UserError;
        }

        var report = Build(source, reportDay);
        Write(report, format, new ReportOutput(outFile, $"daily-{day}"), output);
        if (outFile is not null)
        {
            error.WriteLine($"wrote {outFile}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The report of one day: figures, map and trend chart.</summary>
    public static DailyReport Build(MissionReportSource source, DateOnly day)
    {
        var figures = ComputeDailyFigures.For(day, source.FirstDay, source.Violations, source.Parties, source.RestrictionsOn(day));
        var agreement = source.Agreement;
        var map = RenderMap.ToPng(source.Map($"Violations on {day:yyyy-MM-dd} (UTC), {agreement.Id}", source.Violations.Where(v => v.Violation.Day == day)));
        var trend = RenderTrend.ToPng($"Violations per day and party, {agreement.Id}", source.Days, source.Trend(), day);
        return new DailyReport(agreement.Id, agreement.Title, source.PartyNames, figures, map, trend, source.Notes());
    }

    /// <summary>Writes the report in the format; Markdown writes its two pictures beside it.</summary>
    public static void Write(DailyReport report, string format, ReportOutput destination, TextWriter output)
    {
        switch (format)
        {
            case "html":
                destination.Write(DailyReportHtml.Write(report), output);
                break;
            case "json":
                destination.Write(DailyReportJson.Write(report), output);
                break;
            default:
                var (mapPath, mapLink) = destination.Picture("map");
                var (trendPath, trendLink) = destination.Picture("trend");
                File.WriteAllBytes(mapPath, report.MapPng);
                File.WriteAllBytes(trendPath, report.TrendPng);
                destination.Write(DailyReportMarkdown.Write(report, mapLink, trendLink), output);
                break;
        }
    }
}
