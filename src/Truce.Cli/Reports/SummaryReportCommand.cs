using System.CommandLine;
using NetTopologySuite.Geometries;
using Truce.Cli.Missions;
using Truce.Domain.Zones;
using Truce.Reports.Charts;
using Truce.Reports.Maps;
using Truce.Reports.Summary;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Reports;

/// <summary>
/// <c>truce report summary [--format md|html] [--out FILE]</c>: the whole window — totals per party
/// and term, the worst days, the trend, and a heat map of violations along the contact line.
/// </summary>
public static class SummaryReportCommand
{
    public static Command Command()
    {
        var data = DataOption.Create();
        var format = new Option<string>("--format") { Description = "md links its pictures as PNG files beside it; html embeds them.", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html");
        var output = new Option<string?>("--out") { Description = "The report file (default: standard output)." };
        var command = new Command("summary", "Write the summary of the whole agreement window.") { data, format, output };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            return ExitCodes.Guard("report summary", error, () =>
                Run(parse.GetValue(data)!, parse.GetValue(format)!, parse.GetValue(output), stdout, error));
        });
        return command;
    }

    public static int Run(string dataDirectory, string format, string? outFile, TextWriter output, TextWriter error)
    {
        using var store = SqliteMissionStore.Open(dataDirectory);
        var source = MissionReportSource.Load(store, MissionAgreement.Load(store, dataDirectory));
        var report = Build(source);
        if (report is null)
        {
            error.WriteLine("report summary: the agreement has no line zone to lay the heat map along");
            return ExitCodes.UserError;
        }

        Write(report, format, new ReportOutput(outFile, "summary"), output);
        if (outFile is not null)
        {
            error.WriteLine($"wrote {outFile}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The summary, or null when the agreement has no line zone for the heat map.</summary>
    public static SummaryReport? Build(MissionReportSource source)
    {
        var agreement = source.Agreement;
        var longest = agreement.Zones
            .Where(zone => zone.Kind == ZoneKind.Line)
            .SelectMany(zone => Parts(agreement.Projection.Inverse(zone.Metric)))
            .OrderByDescending(line => line.Length)
            .FirstOrDefault();
        if (longest is null)
        {
            return null;
        }

        var figures = ComputeSummaryFigures.For(source.FirstDay, source.LastDay, source.Violations, source.Parties, new AlongLine(longest));
        var map = RenderMap.ToPng(source.Map($"All violations {source.FirstDay:yyyy-MM-dd} to {source.LastDay:yyyy-MM-dd}, {agreement.Id}", figures.Violations));
        var trend = RenderTrend.ToPng($"Violations per day and party, {agreement.Id}", source.Days, source.Trend(), null);
        var heat = RenderHeatMap.ToPng($"Violations along the contact line ({(source.IsIllustrative ? "illustrative line, " : "")}from its first vertex)", figures.HeatMap, figures.Days, figures.BandKm);
        var terms = agreement.Terms.ToDictionary(term => term.Id.Value, term => term.Text);
        return new SummaryReport(agreement.Id, agreement.Title, source.PartyNames, terms, figures, map, trend, heat, source.Notes());
    }

    public static void Write(SummaryReport report, string format, ReportOutput destination, TextWriter output)
    {
        if (format == "html")
        {
            destination.Write(SummaryReportHtml.Write(report), output);
            return;
        }

        var (mapPath, mapLink) = destination.Picture("map");
        var (trendPath, trendLink) = destination.Picture("trend");
        var (heatPath, heatLink) = destination.Picture("heat-map");
        File.WriteAllBytes(mapPath, report.MapPng);
        File.WriteAllBytes(trendPath, report.TrendPng);
        File.WriteAllBytes(heatPath, report.HeatMapPng);
        destination.Write(SummaryReportMarkdown.Write(report, mapLink, trendLink, heatLink), output);
    }

    private static IEnumerable<LineString> Parts(Geometry geometry) => geometry switch
    {
        LineString line => [line],
        GeometryCollection collection => collection.Geometries.SelectMany(Parts),
        _ => [],
    };
}
