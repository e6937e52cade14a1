using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Truce.Reports.Basemap;

/// <summary>
/// The country and first-level outlines drawn under every map (Natural Earth, public domain; see
/// NOTICE). Geometries are WGS84. Loaded once, immutable, thread-safe.
/// </summary>
public sealed class TheatreBasemap
{
    private static readonly Lazy<TheatreBasemap> Shared = new(Load);
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private TheatreBasemap(IReadOnlyList<NamedOutline> countries, IReadOnlyList<NamedOutline> regions)
    {
        Countries = countries;
        Regions = regions;
    }

    public static TheatreBasemap Instance => Shared.Value;

    public IReadOnlyList<NamedOutline> Countries { get; }

    /// <summary>Ukraine's oblasts and the Russian border oblasts.</summary>
    public IReadOnlyList<NamedOutline> Regions { get; }

    private static TheatreBasemap Load() =>
        new(ReadOutlines("countries_theatre.geojson", "name_en"), ReadOutlines("adm1_ukraine_ru_border.geojson", "name_short"));

    private static List<NamedOutline> ReadOutlines(string resource, string nameProperty)
    {
        using var stream = typeof(TheatreBasemap).Assembly.GetManifestResourceStream($"Truce.Reports.Basemap.{resource}")
            ?? throw new InvalidOperationException($"embedded basemap {resource} is missing from the build");
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, GeoJson)
            ?? throw new InvalidOperationException($"embedded basemap {resource} is empty");
        return collection
            .Select(feature => new NamedOutline(feature.Attributes[nameProperty]?.ToString() ?? "", feature.Geometry))
            .ToList();
    }
}
