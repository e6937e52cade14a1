using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;
using Truce.Domain.Agreements;

namespace Truce.Domain.Zones;

/// <summary>
/// Reads the geometries of one GeoJSON document (RFC 7946: a FeatureCollection, a Feature or a bare
/// geometry) for a zone, checking each against what the zone kind needs and for validity. Mistakes
/// are reported with the JSON path of the offending member.
/// </summary>
internal static class GeoJsonZoneFile
{
    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>One geometry of the file with its JSON path and the feature's name (for sites).</summary>
    internal sealed record Part(Geometry Geometry, string Path, string? Name);

    public static List<Part> Read(string file, string text, ZoneKind kind, List<AgreementError> errors)
    {
        var parts = new List<Part>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            errors.Add(new AgreementError(file, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, null, $"not valid JSON: {ex.Message}"));
            return parts;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            switch (type)
            {
                case "FeatureCollection":
                    if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                    {
                        Error(errors, file, "$.features", "a FeatureCollection needs a 'features' array");
                        break;
                    }

                    var index = 0;
                    foreach (var feature in features.EnumerateArray())
                    {
                        ReadFeature(file, feature, $"$.features[{index}]", kind, parts, errors);
                        index++;
                    }

                    break;
                case "Feature":
                    ReadFeature(file, root, "$", kind, parts, errors);
                    break;
                case null:
                    Error(errors, file, "$", "not a GeoJSON object: 'type' is missing");
                    break;
                default:
                    ReadGeometry(file, root, "$", null, kind, parts, errors);
                    break;
            }
        }

        if (parts.Count == 0 && !errors.Any(error => error.File == file))
        {
            Error(errors, file, "$", "holds no geometry");
        }

        return parts;
    }

    private static void ReadFeature(string file, JsonElement feature, string path, ZoneKind kind, List<Part> parts, List<AgreementError> errors)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
        {
            Error(errors, file, $"{path}.geometry", "feature has no geometry object");
            return;
        }

        string? name = null;
        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String)
        {
            name = nameElement.GetString();
        }
        else if (feature.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
        {
            name = id.ToString();
        }

        ReadGeometry(file, geometry, $"{path}.geometry", name, kind, parts, errors);
    }

    private static void ReadGeometry(string file, JsonElement element, string path, string? name, ZoneKind kind, List<Part> parts, List<AgreementError> errors)
    {
        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeoJsonOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            Error(errors, file, path, $"not a GeoJSON geometry: {ex.Message}");
            return;
        }

        if (geometry is null || geometry.IsEmpty)
        {
            Error(errors, file, path, "geometry is empty");
            return;
        }

        var wanted = kind switch
        {
            ZoneKind.Line => geometry is LineString or MultiLineString,
            ZoneKind.Area => geometry is Polygon or MultiPolygon,
            _ => geometry is Point or MultiPoint,
        };
        if (!wanted)
        {
            var expected = kind switch
            {
                ZoneKind.Line => "LineString or MultiLineString",
                ZoneKind.Area => "Polygon or MultiPolygon",
                _ => "Point or MultiPoint",
            };
            Error(errors, file, path, $"a {kind.ToString().ToLowerInvariant()} zone needs {expected}, found {geometry.GeometryType}");
            return;
        }

        foreach (var coordinate in geometry.Coordinates)
        {
            if (!(coordinate.X is >= -180 and <= 180) || !(coordinate.Y is >= -90 and <= 90))
            {
                Error(errors, file, path, $"coordinate ({coordinate.X}, {coordinate.Y}) is not a WGS84 longitude/latitude");
                return;
            }
        }

        var validation = new IsValidOp(geometry).ValidationError;
        if (validation is not null)
        {
            var at = validation.Coordinate is { } c ? $" at ({c.X:0.#####}, {c.Y:0.#####})" : string.Empty;
            Error(errors, file, path, $"invalid geometry: {validation.Message}{at}");
            return;
        }

        parts.Add(new Part(geometry, path, name));
    }

    private static void Error(List<AgreementError> errors, string file, string path, string message) =>
        errors.Add(new AgreementError(file, 0, 0, path, message));
}
