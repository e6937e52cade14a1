using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using Truce.Domain.Agreements;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Tests;

/// <summary>Small agreements and observations for tests, with geometry written as WKT.</summary>
internal static class Fixtures
{
    /// <summary>Mean Earth radius used by the tests' own spherical formulas, independent of the code under test.</summary>
    public const double EarthRadiusKm = 6371.0088;

    public static readonly DateTimeOffset WindowStart = new(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset WindowEnd = new(2025, 4, 13, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    /// <summary>A FeatureCollection of the WKT geometries; a feature named "name=wkt" gets that name.</summary>
    public static string GeoJson(params string[] wkts)
    {
        var reader = new WKTReader();
        var collection = new FeatureCollection();
        foreach (var item in wkts)
        {
            var split = item.IndexOf('=', StringComparison.Ordinal);
            var attributes = new AttributesTable();
            if (split > 0)
            {
                attributes.Add("name", item[..split]);
            }

            collection.Add(new Feature(reader.Read(split > 0 ? item[(split + 1)..] : item), attributes));
        }

        return JsonSerializer.Serialize(collection, GeoJsonOptions);
    }

    /// <summary>
    /// Files of the "meridian world": the line of contact runs along 36°E from 46°N to 50°N; RU holds
    /// the land east of it (to 38°E), UA the land west of it (to 34°E); one energy site at 35.5°E 48°N.
    /// </summary>
    public static Dictionary<string, string> MeridianFiles() => new()
    {
        ["line.geojson"] = GeoJson("LINESTRING (36 46, 36 50)"),
        ["ru.geojson"] = GeoJson("POLYGON ((36 46, 38 46, 38 50, 36 50, 36 46))"),
        ["ua.geojson"] = GeoJson("POLYGON ((34 46, 36 46, 36 50, 34 50, 34 46))"),
        ["sites.geojson"] = GeoJson("Plant West=POINT (35.5 48)"),
    };

    public const string MeridianHeader = """
        id: meridian
        title: Test agreement on a meridian
        window: { start: 2025-03-14T00:00:00Z, end: 2025-04-13T00:00:00Z }
        parties:
          - { code: RU, name: Russia, controls: ru-held }
          - { code: UA, name: Ukraine, controls: ua-held }
        zones:
          - { id: line, kind: line, geometry: line.geojson }
          - { id: ru-held, kind: area, geometry: ru.geojson }
          - { id: ua-held, kind: area, geometry: ua.geojson }
          - { id: security-zone, kind: area, buffer_km: 15, of: line }
          - { id: tank-zone, kind: area, buffer_km: 30, of: line }
          - { id: sites, kind: sites, geometry: sites.geojson, radius_km: 3 }
        terms:

        """;

    public static AgreementParseResult Parse(string yaml, IReadOnlyDictionary<string, string> files, string file = "agreement.yaml") =>
        AgreementParser.Parse(file, yaml, relative => files.TryGetValue(relative, out var text) ? text : null);

    public static Agreement Meridian(string terms)
    {
        var result = Parse(MeridianHeader + terms, MeridianFiles());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Agreement!;
    }

    /// <summary>The longitude at 48°N that lies <paramref name="km"/> east (negative: west) of the 36°E meridian, by spherical cross-track distance.</summary>
    public static double LongitudeEastOfLine(double km, double latitude = 48)
    {
        var phi = latitude * Math.PI / 180;
        var dLambda = Math.Asin(Math.Sin(km / EarthRadiusKm) / Math.Cos(phi));
        return 36 + (dLambda * 180 / Math.PI);
    }

    public static Observation Observation(
        int n,
        double lon,
        double lat,
        string type,
        DateTimeOffset? at = null,
        double uncertaintyM = 0,
        string? party = null,
        string? basis = "test basis",
        char reliability = 'A',
        int credibility = 1,
        int? count = null,
        ObservedInterval? interval = null) => new()
        {
            Id = new ObservationId($"obs-{n:D4}"),
            ObservedAt = interval ?? ObservedInterval.At(at ?? new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero)),
            Location = new NetTopologySuite.Geometries.Point(lon, lat),
            UncertaintyM = uncertaintyM,
            Type = new ObservationType(type),
            Count = count,
            AttributedTo = party is null ? null : new PartyCode(party),
            AttributionBasis = party is null ? null : basis,
            Source = new Source("monitor", "patrol-1", reliability, credibility, Perception.Seen),
        };

    /// <summary>The folder holding Truce.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Truce.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Truce.slnx not found above " + AppContext.BaseDirectory);
    }
}
