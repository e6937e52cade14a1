using ScottPlot;
using Truce.Reports.Maps;

namespace Truce.Reports.Charts;

/// <summary>
/// Draws daily values per series (for example violations per party) as a PNG line chart, one point
/// per day, with the highlighted day marked by a vertical line. Series take the palette's colours
/// in the order given, the same order the map uses for its groups.
/// </summary>
public static class RenderTrend
{
    public const int Width = 1000;
    public const int Height = 400;

    public static byte[] ToPng(string title, IReadOnlyList<DateOnly> days, IReadOnlyList<TrendSeries> series, DateOnly? highlight)
    {
        if (series.Any(line => line.Values.Count != days.Count))
        {
            throw new ArgumentException("every series needs exactly one value per day", nameof(series));
        }

        var plot = new Plot();
        var xs = days.Select(day => day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        for (var index = 0; index < series.Count; index++)
        {
            var line = plot.Add.Scatter(xs, series[index].Values.ToArray(), ReportPalette.Group(index));
            line.LegendText = series[index].Label;
            line.LineWidth = 2;
            line.MarkerSize = 4;
        }

        if (highlight is { } day)
        {
            var marker = plot.Add.VerticalLine(day.ToDateTime(TimeOnly.MinValue).ToOADate(), 1, Colors.Black.WithAlpha(120));
            marker.LinePattern = LinePattern.Dashed;
        }

        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = date => date.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.Axes.Margins(0.03, 0.1);
        plot.Axes.SetLimitsY(0, Math.Max(1, series.SelectMany(line => line.Values).DefaultIfEmpty(0).Max()) * 1.1);
        plot.Title(title);
        plot.XLabel("day (UTC)");
        plot.YLabel("violations per day");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
