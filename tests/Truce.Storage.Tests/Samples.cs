using System.Globalization;
using CsCheck;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Storage.Tests;

internal static class Samples
{
    public static readonly DateTimeOffset Received = new(2025, 3, 21, 8, 0, 0, TimeSpan.Zero);

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static Observation Observation(int n, string type = "fire.artillery", string? party = "RU") => new()
    {
        Id = new ObservationId(string.Create(CultureInfo.InvariantCulture, $"obs-{n:D6}")),
        ObservedAt = ObservedInterval.At(new DateTimeOffset(2025, 3, 20, 0, 0, 0, TimeSpan.Zero).AddMinutes(n)),
        Location = Factory.CreatePoint(new Coordinate(35 + (n % 100 / 100.0), 47 + (n % 37 / 100.0))),
        UncertaintyM = n % 500,
        Type = new ObservationType(type),
        AttributedTo = party is null ? null : new PartyCode(party),
        Source = new Source("monitor", "patrol-" + (n % 7), 'B', 2, Perception.Heard),
        Narrative = "Rounds heard, report " + n,
    };

    public static List<Observation> Batch(int from, int count) => [.. Enumerable.Range(from, count).Select(n => Observation(n))];

    /// <summary>Random observations with intervals, polygons, evidence and optional fields.</summary>
    public static readonly Gen<Observation> Random = Gen.Select(
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Long[0, TimeSpan.TicksPerDay * 365], Gen.Long[0, TimeSpan.TicksPerDay].Nullable(0.5), Gen.Double[-179, 179], Gen.Double[-89, 89], Gen.Bool),
        Gen.Select(Gen.Double[0, 10_000], Gen.Int[0, 99].Nullable(0.5), Gen.Char['A', 'F'].Nullable(0.5), Gen.Int[1, 6].Nullable(0.5), Gen.String["é,\"\n xyz"].Null(0.5)),
        (a, b) => new Observation
        {
            Id = new ObservationId("r" + a.Item1.ToString(CultureInfo.InvariantCulture)),
            ObservedAt = a.Item3 is { } length
                ? new ObservedInterval(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(a.Item2), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(a.Item2 + length))
                : ObservedInterval.At(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(a.Item2)),
            Location = a.Item6
                ? Factory.CreatePoint(new Coordinate(a.Item4, a.Item5))
                : Factory.CreatePolygon([new(a.Item4, a.Item5), new(a.Item4 + 0.5, a.Item5), new(a.Item4, a.Item5 + 0.5), new(a.Item4, a.Item5)]),
            UncertaintyM = b.Item1,
            Type = new ObservationType("strike.drone"),
            Count = b.Item2,
            Source = new Source("sensor", null, b.Item3, b.Item4, null),
            Evidence = b.Item5 is null ? [] : [new Evidence(new string('e', 64), b.Item5, null)],
            Narrative = b.Item5,
        });
}
