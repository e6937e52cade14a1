using System.Diagnostics;
using System.Globalization;
using System.Text;
using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Bench.Evaluation;

/// <summary>
/// Load driver: evaluates N synthetic point observations (default 1,000,000) against a synthetic
/// agreement of 1,000 zones along a 1,000 km front, and prints the seconds each stage takes.
/// Run: <c>dotnet run -c Release --project bench/Truce.Bench -- evaluate [observations]</c>.
/// </summary>
public static class EvaluationLoad
{
    private const int SquareZones = 993;
    private const int Sites = 100;

    /// <summary>Uncertainty radii are drawn from [0, this); a quarter of the observations have none.</summary>
    private static readonly double MaxUncertaintyM = double.Parse(Environment.GetEnvironmentVariable("TRUCE_BENCH_MAX_UNCERTAINTY_M") ?? "2000", CultureInfo.InvariantCulture);

    private static readonly string[] Types =
    [
        "fire.artillery", "fire.mortar", "fire.small-arms", "strike.drone", "ground.assault",
        "equipment.tank", "equipment.artillery-100mm-plus", "equipment.mlrs", "equipment.mlrs-long-range",
        "restriction.access-denied", "movement.convoy", "works.fortification",
    ];

    public static void Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var random = new Random(42);
        var files = new Dictionary<string, string>();
        var yaml = Agreement(random, files);

        var clock = Stopwatch.StartNew();
        var parsed = AgreementParser.Parse("bench.yaml", yaml, name => files.GetValueOrDefault(name));
        if (parsed.Agreement is not { } agreement)
        {
            throw new InvalidOperationException(string.Join("\n", parsed.Errors));
        }

        var parseSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var evaluator = new ComplianceEvaluator(agreement);
        var prepareSeconds = clock.Elapsed.TotalSeconds;

        var observations = Observations(random, count);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        clock.Restart();
        var violations = evaluator.Evaluate(observations);
        var evaluateSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        Console.WriteLine($"agreement: {agreement.Zones.Count} zones, {agreement.Terms.Count} terms; parse + project + derive {parseSeconds:0.00} s; prepare indexes {prepareSeconds:0.00} s");
        Console.WriteLine($"evaluate: {count:N0} observations -> {violations.Count:N0} violations in {evaluateSeconds:0.00} s wall ({count / evaluateSeconds:N0} observations/s)");

        // The wall time depends on what else the machine runs; CPU time spread over the cores it
        // had is what an otherwise idle machine of this size would take.
        Console.WriteLine($"evaluate: {cpuSeconds:0.00} CPU s = {cpuSeconds / Environment.ProcessorCount:0.00} s on {Environment.ProcessorCount} idle cores; load average {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown")}");
    }

    private static string Agreement(Random random, Dictionary<string, string> files)
    {
        // A zig-zag front along 48N from 31E to 44E (about 970 km); RU holds the north, UA the south.
        var line = new List<(double Lon, double Lat)>();
        for (var lon = 31.0; lon <= 44.0001; lon += 0.25)
        {
            line.Add((lon, 48 + (0.15 * Math.Sin(lon * 3))));
        }

        string Coordinates(IEnumerable<(double Lon, double Lat)> points) =>
            string.Join(",", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"[{p.Lon:0.#####},{p.Lat:0.#####}]")));
        string Feature(string geometry) => $"{{\"type\":\"Feature\",\"properties\":{{}},\"geometry\":{geometry}}}";
        string Collection(IEnumerable<string> features) => $"{{\"type\":\"FeatureCollection\",\"features\":[{string.Join(",", features)}]}}";

        files["line.geojson"] = Collection([Feature($"{{\"type\":\"LineString\",\"coordinates\":[{Coordinates(line)}]}}")]);
        var north = line.Append((44, 51)).Append((31, 51)).Append(line[0]);
        var south = line.Append((44, 45)).Append((31, 45)).Append(line[0]);
        files["ru.geojson"] = Collection([Feature($"{{\"type\":\"Polygon\",\"coordinates\":[[{Coordinates(north.Reverse())}]]}}")]);
        files["ua.geojson"] = Collection([Feature($"{{\"type\":\"Polygon\",\"coordinates\":[[{Coordinates(south)}]]}}")]);
        files["sites.geojson"] = Collection(Enumerable.Range(0, Sites).Select(i =>
            Feature(string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"Point\",\"coordinates\":[{31 + (random.NextDouble() * 13):0.#####},{46.5 + (random.NextDouble() * 3):0.#####}]}}"))));

        var text = new StringBuilder("""
            id: bench
            title: Synthetic benchmark agreement
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

            """);
        var terms = new StringBuilder("""
            terms:
              - { id: T1, text: a, kind: prohibit-activity, types: ["fire.*", "strike.*", "ground.*"], zone: security-zone }
              - { id: T2, text: b, kind: keep-away, types: [equipment.artillery-100mm-plus], line: line, distance_km: 25 }
              - { id: T3, text: c, kind: keep-away, types: [equipment.mlrs], line: line, distance_km: 35 }
              - { id: T4, text: d, kind: keep-away, types: [equipment.mlrs-long-range], line: line, distance_km: 70 }
              - { id: T5, text: e, kind: keep-away, types: [equipment.tank], line: line, distance_km: 15 }
              - { id: T6, text: f, kind: protect-sites, types: ["strike.*", "fire.*"], zone: sites }
              - { id: T7, text: g, kind: no-buildup, types: [equipment.tank], zone: tank-zone, baseline: { RU: 500, UA: 500 } }
              - { id: T8, text: h, kind: freedom-of-movement, types: ["restriction.*"], zone: security-zone }

            """);
        for (var i = 0; i < SquareZones; i++)
        {
            // Squares of 5-20 km scattered over the theatre: disengagement areas, each with its own term.
            var lon = 31 + (random.NextDouble() * 13);
            var lat = 46.5 + (random.NextDouble() * 3);
            var side = (0.05 + (random.NextDouble() * 0.2)) / 2;
            var square = new[] { (lon - side, lat - side), (lon + side, lat - side), (lon + side, lat + side), (lon - side, lat + side), (lon - side, lat - side) };
            files[$"z{i}.geojson"] = Collection([Feature($"{{\"type\":\"Polygon\",\"coordinates\":[[{Coordinates(square)}]]}}")]);
            text.Append(CultureInfo.InvariantCulture, $"  - {{ id: z{i}, kind: area, geometry: z{i}.geojson }}\n");
            terms.Append(CultureInfo.InvariantCulture, $"  - {{ id: D{i}, text: x, kind: prohibit-activity, types: [\"fire.*\"], zone: z{i} }}\n");
        }

        return text.Append(terms).ToString();
    }

    private static List<Observation> Observations(Random random, int count)
    {
        var start = new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero);
        var sources = new[] { 'A', 'B', 'C', 'D', 'F' };
        var list = new List<Observation>(count);
        for (var i = 0; i < count; i++)
        {
            var party = random.Next(3);
            list.Add(new Observation
            {
                Id = new ObservationId($"bench-{i:D8}"),
                ObservedAt = ObservedInterval.At(start.AddSeconds(random.Next(0, 38 * 86400))),
                Location = new NetTopologySuite.Geometries.Point(31 + (random.NextDouble() * 13), 46.5 + (random.NextDouble() * 3)),
                UncertaintyM = random.Next(4) == 0 ? 0 : random.NextDouble() * MaxUncertaintyM,
                Type = new ObservationType(Types[random.Next(Types.Length)]),
                Count = 1 + random.Next(5),
                AttributedTo = party == 0 ? null : new PartyCode(party == 1 ? "RU" : "UA"),
                AttributionBasis = party == 0 ? null : "bench",
                Source = new Source("monitor", "bench", sources[random.Next(sources.Length)], 1 + random.Next(6), Perception.Seen),
            });
        }

        return list;
    }
}
