using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using nietras.SeparatedValues;
using Truce.Domain.Parties;
using Truce.Simulation.Geography;

namespace Truce.Simulation.Theatre;

/// <summary>Builds the default theatre from the project's geo data files (bundled or shared).</summary>
internal static class GeoDataTheatre
{
    public static readonly DateTimeOffset DefaultWindowStart = new(2025, 3, 14, 0, 0, 0, TimeSpan.Zero);

    public const int DefaultDays = 30;

    public const double ProtectedSiteRadiusM = 2_000;

    /// <summary>Places this close to the contact line, with at least this many people, are flashpoints.</summary>
    public const double FlashpointMaxDistanceM = 20_000;

    public const long FlashpointMinPopulation = 5_000;

    public const int MaxFlashpoints = 40;

    public static readonly GeoDataFiles DefaultFiles = new(
        "frontline_illustrative_2025-03.geojson", "countries_ua_ru.geojson", "power_plants_ua_ru.csv", "places_near_front.csv");

    public static readonly GeoDataFiles SharedFiles = new(
        "frontline_illustrative_2025-03.geojson", "countries_theatre.geojson", "power_plants_ua_ru.csv", "places_ua_ru.csv");

    private static readonly PartyCode Russia = new("RU");
    private static readonly PartyCode Ukraine = new("UA");

    public static Stream OpenEmbedded(string name) =>
        typeof(GeoDataTheatre).Assembly.GetManifestResourceStream("Truce.Simulation.Data." + name)
        ?? throw new InvalidOperationException($"resource Data/{name} is not embedded in Truce.Simulation");

    public static SimulationTheatre Load(Func<string, Stream> open, GeoDataFiles files)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var front = ReadFeatures(open, files.Frontline, factory);
        var countries = ReadFeatures(open, files.Countries, factory);

        var lines = front.Where(f => f.Geometry is LineString).Select(f => (LineString)f.Geometry).ToArray();
        var contactLine = factory.CreateMultiLineString(lines);
        var ruInUkraine = Feature(front, "area_ru_controlled_in_ua");
        var uaInRussia = Feature(front, "area_ua_held_in_kursk");
        var ukraine = Feature(countries, "UA");
        var russia = Feature(countries, "RU");

        var ruArea = OverlayNGRobust.Overlay(ruInUkraine, OverlayNGRobust.Overlay(russia, uaInRussia, SpatialFunction.Difference), SpatialFunction.Union);
        var uaArea = OverlayNGRobust.Overlay(OverlayNGRobust.Overlay(ukraine, ruInUkraine, SpatialFunction.Difference), uaInRussia, SpatialFunction.Union);

        return new SimulationTheatre
        {
            ContactLine = contactLine,
            ControlledAreas = new Dictionary<PartyCode, Geometry> { [Russia] = ruArea, [Ukraine] = uaArea },
            ProtectedSites = PowerPlants(open, files.PowerPlants, ProtectedSiteRadiusM),
            Flashpoints = Flashpoints(open, files.Places, contactLine),
            WindowStart = DefaultWindowStart,
            Days = DefaultDays,
        };
    }

    private static Geometry Feature(IReadOnlyList<(string Id, Geometry Geometry)> features, string id) =>
        features.FirstOrDefault(f => f.Id == id).Geometry
        ?? throw new InvalidOperationException($"geo data has no feature with id '{id}'");

    private static List<(string Id, Geometry Geometry)> ReadFeatures(Func<string, Stream> open, string name, GeometryFactory factory)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(factory));
        using var stream = open(name);
        using var document = JsonDocument.Parse(stream);
        var features = new List<(string, Geometry)>();
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var id = feature.TryGetProperty("id", out var idElement) ? idElement.ToString() : string.Empty;
            var geometry = feature.GetProperty("geometry").Deserialize<Geometry>(options)
                ?? throw new InvalidOperationException($"{name}: feature '{id}' has no geometry");
            features.Add((id, geometry));
        }

        return features;
    }

    public static List<ProtectedSite> PowerPlants(Func<string, Stream> open, string name, double radiusM)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        using var stream = open(name);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        var sites = new List<ProtectedSite>();
        foreach (var row in reader)
        {
            var point = factory.CreatePoint(new Coordinate(row["longitude"].Parse<double>(), row["latitude"].Parse<double>()));
            sites.Add(new ProtectedSite(row["name"].ToString(), point, radiusM));
        }

        return sites;
    }

    public static List<Flashpoint> Flashpoints(Func<string, Stream> open, string name, Geometry contactLine)
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        var line = new LineOfContact(contactLine);
        using var stream = open(name);
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(stream);
        var candidates = new List<Flashpoint>();
        foreach (var row in reader)
        {
            var population = row["population"].Span.IsEmpty ? 0L : row["population"].Parse<long>();
            if (population < FlashpointMinPopulation)
            {
                continue;
            }

            var lat = row["lat"].Parse<double>();
            var lon = row["lon"].Parse<double>();
            if (line.DistanceM(lat, lon) <= FlashpointMaxDistanceM)
            {
                candidates.Add(new Flashpoint(row["name"].ToString(), factory.CreatePoint(new Coordinate(lon, lat)), population));
            }
        }

        return candidates
            .OrderByDescending(f => f.Population)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .Take(MaxFlashpoints)
            .ToList();
    }
}
