using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Truce.Reports.Charts;

/// <summary>
/// Draws counts per distance band along a line (rows, band 0 at the top) and day (columns) as a PNG
/// heat map with a colour bar.
/// </summary>
public static class RenderHeatMap
{
    public const int Width = 1000;
    public const int Height = 560;

    public static byte[] ToPng(string title, int[,] counts, IReadOnlyList<DateOnly> days, double bandKm)
    {
        var rows = counts.GetLength(0);
        var columns = counts.GetLength(1);
        if (columns != days.Count)
        {
            throw new ArgumentException("the heat map needs one column per day", nameof(days));
        }

        var values = new double[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                values[row, column] = counts[row, column];
            }
        }

        var plot = new Plot();
        var heat = plot.Add.Heatmap(values);
        heat.Colormap = new ScottPlot.Colormaps.Turbo();
        heat.Extent = new CoordinateRect(0, columns, 0, rows);
        plot.Add.ColorBar(heat).Label = "violations";

        var dayTicks = new NumericManual();
        for (var column = 0; column < columns; column += Math.Max(1, columns / 10))
        {
            dayTicks.AddMajor(column + 0.5, days[column].ToString("MM-dd", CultureInfo.InvariantCulture));
        }

        var bandTicks = new NumericManual();
        for (var row = 0; row < rows; row += Math.Max(1, rows / 10))
        {
            bandTicks.AddMajor(rows - row - 0.5, (row * bandKm).ToString("0", CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = dayTicks;
        plot.Axes.Left.TickGenerator = bandTicks;
        plot.Axes.SetLimits(0, columns, 0, rows);
        plot.Title(title);
        plot.XLabel("day (UTC)");
        plot.YLabel($"km along the contact line ({bandKm:0} km bands)");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
