using NetTopologySuite.Geometries;
using ScottPlot;
using ScottPlot.TickGenerators;
using Truce.Reports.Basemap;

namespace Truce.Reports.Maps;

/// <summary>
/// Draws a <see cref="MapScene"/> over the theatre basemap as a PNG. Longitude is scaled by the
/// cosine of the extent's middle latitude (an equirectangular projection true to scale there), so
/// distances look right across the map; axes are labelled in degrees.
/// </summary>
public static class RenderMap
{
    public const int Width = 1000;

    public static byte[] ToPng(MapScene scene)
    {
        var extent = scene.Extent;
        var scale = Math.Cos((extent.MinY + extent.MaxY) / 2 * Math.PI / 180);
        var height = (int)Math.Round(Math.Clamp(Width * extent.Height / (extent.Width * scale), 300, 1400));

        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = ReportPalette.Water;
        foreach (var country in TheatreBasemap.Instance.Countries)
        {
            AddOutline(plot, country.Geometry, scale, ReportPalette.Land, ReportPalette.Border, 1);
        }

        foreach (var region in TheatreBasemap.Instance.Regions)
        {
            AddOutline(plot, region.Geometry, scale, Colors.Transparent, ReportPalette.Border.WithAlpha(120), 0.5f);
        }

        var featureIndex = 0;
        foreach (var area in scene.Areas)
        {
            var colour = ReportPalette.Group(3 + featureIndex++);
            AddOutline(plot, area.Geometry, scale, colour.WithAlpha(45), colour.WithAlpha(160), 1, area.Label);
        }

        var labelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in scene.Lines)
        {
            AddLine(plot, line, scale, labelled.Add(line.Label));
        }

        for (var group = 0; group < scene.Groups.Count; group++)
        {
            var points = scene.Points.Where(point => point.Group == scene.Groups[group]).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(
                points.Select(point => point.Lon * scale).ToArray(),
                points.Select(point => point.Lat).ToArray(),
                MarkerShape.FilledCircle,
                7,
                ReportPalette.Group(group).WithAlpha(210));
            markers.LegendText = $"{scene.Groups[group]} ({points.Count})";
        }

        plot.Axes.SetLimits(extent.MinX * scale, extent.MaxX * scale, extent.MinY, extent.MaxY);
        plot.Axes.Bottom.TickGenerator = DegreeTicks(extent.MinX, extent.MaxX, scale);
        plot.Axes.Left.TickGenerator = DegreeTicks(extent.MinY, extent.MaxY, 1);
        plot.HideGrid();
        plot.Title(scene.Title);
        plot.XLabel(scene.Caption, 11);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, height, ImageFormat.Png);
    }

    private static NumericManual DegreeTicks(double from, double to, double scale)
    {
        var ticks = new NumericManual();
        var step = to - from > 12 ? 4 : to - from > 5 ? 2 : 1;
        for (var degree = Math.Ceiling(from / step) * step; degree <= to; degree += step)
        {
            ticks.AddMajor(degree * scale, $"{degree:0}°");
        }

        return ticks;
    }

    private static void AddOutline(Plot plot, Geometry geometry, double scale, Color fill, Color edge, float width, string? label = null)
    {
        var first = true;
        foreach (var polygon in Polygons(geometry))
        {
            var ring = polygon.ExteriorRing.Coordinates.Select(c => new ScottPlot.Coordinates(c.X * scale, c.Y)).ToArray();
            var shape = plot.Add.Polygon(ring);
            shape.FillColor = fill;
            shape.LineColor = edge;
            shape.LineWidth = width;
            if (first && label is not null)
            {
                shape.LegendText = label;
            }

            first = false;
        }
    }

    private static void AddLine(Plot plot, MapFeature line, double scale, bool inLegend)
    {
        var first = inLegend;
        foreach (var part in Lines(line.Geometry))
        {
            var path = plot.Add.Scatter(
                part.Coordinates.Select(c => c.X * scale).ToArray(),
                part.Coordinates.Select(c => c.Y).ToArray(),
                Colors.Black);
            path.MarkerSize = 0;
            path.LineWidth = 2.5f;
            if (first)
            {
                path.LegendText = line.Label;
            }

            first = false;
        }
    }

    private static IEnumerable<Polygon> Polygons(Geometry geometry) => geometry switch
    {
        Polygon polygon => [polygon],
        GeometryCollection collection => collection.Geometries.SelectMany(Polygons),
        _ => [],
    };

    private static IEnumerable<LineString> Lines(Geometry geometry) => geometry switch
    {
        LineString line => [line],
        GeometryCollection collection => collection.Geometries.SelectMany(Lines),
        _ => [],
    };
}
