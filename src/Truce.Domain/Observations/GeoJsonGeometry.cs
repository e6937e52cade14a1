using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Truce.Domain.Observations;

/// <summary>Reads an RFC 7946 Point or Polygon from positioned JSON, reporting every problem with its place.</summary>
internal static class GeoJsonGeometry
{
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Geometry? Read(PositionedJson node, string path, RecordContext context)
    {
        var (line, column) = context.Locate(node.Offset);
        if (node.Kind != JsonTokenType.StartObject)
        {
            context.Report(line, column, path, $"must be a GeoJSON geometry object, not {node.KindName}");
            return null;
        }

        string? type = null;
        PositionedJson? coordinates = null;
        foreach (var member in node.Members!)
        {
            switch (member.Name)
            {
                case "type" when member.Value.Kind == JsonTokenType.String:
                    type = member.Value.Text;
                    break;
                case "coordinates":
                    coordinates = member.Value;
                    break;
                case "bbox":
                    break;
                default:
                    var (memberLine, memberColumn) = context.Locate(member.NameOffset);
                    context.Report(memberLine, memberColumn, $"{path}.{member.Name}", member.Name == "type"
                        ? "must be a string"
                        : $"unknown geometry member '{member.Name}'");
                    break;
            }
        }

        if (type is null || coordinates is null)
        {
            context.Report(line, column, path, "a geometry needs 'type' and 'coordinates'");
            return null;
        }

        return type switch
        {
            "Point" => ReadPoint(coordinates, $"{path}.coordinates", context),
            "Polygon" => ReadPolygon(coordinates, $"{path}.coordinates", context),
            _ => Fail(context, line, column, $"{path}.type", $"geometry type '{type}' is not supported; use Point or Polygon"),
        };
    }

    private static Point? ReadPoint(PositionedJson node, string path, RecordContext context)
    {
        var position = ReadPosition(node, path, context);
        return position is null ? null : Factory.CreatePoint(position);
    }

    private static Polygon? ReadPolygon(PositionedJson node, string path, RecordContext context)
    {
        var (line, column) = context.Locate(node.Offset);
        if (node.Kind != JsonTokenType.StartArray || node.Items!.Count == 0)
        {
            return Fail<Polygon>(context, line, column, path, "a Polygon's coordinates must be a non-empty array of linear rings");
        }

        var rings = new List<LinearRing>();
        var ok = true;
        for (var r = 0; r < node.Items.Count; r++)
        {
            var ringNode = node.Items[r];
            var ringPath = $"{path}[{r}]";
            var (ringLine, ringColumn) = context.Locate(ringNode.Offset);
            if (ringNode.Kind != JsonTokenType.StartArray)
            {
                ok = Fail<bool>(context, ringLine, ringColumn, ringPath, "a linear ring must be an array of positions");
                continue;
            }

            var positions = new List<Coordinate>();
            for (var p = 0; p < ringNode.Items!.Count; p++)
            {
                var position = ReadPosition(ringNode.Items[p], $"{ringPath}[{p}]", context);
                if (position is null)
                {
                    ok = false;
                }
                else
                {
                    positions.Add(position);
                }
            }

            if (!ok)
            {
                continue;
            }

            if (positions.Count < 4)
            {
                ok = Fail<bool>(context, ringLine, ringColumn, ringPath, $"a linear ring needs at least 4 positions, it has {positions.Count}");
            }
            else if (!positions[0].Equals2D(positions[^1]))
            {
                ok = Fail<bool>(context, ringLine, ringColumn, ringPath, "a linear ring must end at its first position (closed ring)");
            }
            else
            {
                rings.Add(Factory.CreateLinearRing([.. positions]));
            }
        }

        if (!ok)
        {
            return null;
        }

        var polygon = Factory.CreatePolygon(rings[0], [.. rings.Skip(1)]);
        var validation = new IsValidOp(polygon).ValidationError;
        if (validation is not null)
        {
            var at = validation.Coordinate;
            var where = at is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" at ({at.X}, {at.Y})");
            return Fail<Polygon>(context, line, column, path, $"invalid polygon: {validation.Message}{where}");
        }

        return polygon;
    }

    private static Coordinate? ReadPosition(PositionedJson node, string path, RecordContext context)
    {
        var (line, column) = context.Locate(node.Offset);
        if (node.Kind != JsonTokenType.StartArray || node.Items!.Count is < 2 or > 3
            || node.Items.Any(item => item.Kind != JsonTokenType.Number))
        {
            return Fail<Coordinate>(context, line, column, path, "a position must be [longitude, latitude] (optionally with altitude), in numbers");
        }

        var lon = double.Parse(node.Items[0].Text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        var lat = double.Parse(node.Items[1].Text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            return Fail<Coordinate>(context, line, column, path, string.Create(CultureInfo.InvariantCulture, $"position [{lon}, {lat}] is outside longitude −180…180 / latitude −90…90"));
        }

        return new Coordinate(lon, lat);
    }

    private static T? Fail<T>(RecordContext context, int line, int column, string path, string message)
    {
        context.Report(line, column, path, message);
        return default;
    }

    private static Geometry? Fail(RecordContext context, int line, int column, string path, string message) =>
        Fail<Geometry>(context, line, column, path, message);
}
