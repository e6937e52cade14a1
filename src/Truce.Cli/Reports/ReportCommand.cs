using System.CommandLine;

namespace Truce.Cli.Reports;

/// <summary>The <c>report</c> command and its <c>daily</c> and <c>summary</c> subcommands.</summary>
public static class ReportCommand
{
    public static Command Command() =>
        new("report", "Write mission reports.") { DailyReportCommand.Command(), SummaryReportCommand.Command() };
}
