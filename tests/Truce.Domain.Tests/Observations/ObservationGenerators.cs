using CsCheck;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Tests.Observations;

/// <summary>Random valid observations, including the awkward corners of each format (quotes, commas, newlines, non-ASCII).</summary>
public static class ObservationGenerators
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly Gen<string> Text = Gen.Char["abc xyz,\"'\n\r\t;é€Дж{}[]\\/"].Array[1, 16].Select(chars => new string(chars))
        .Where(s => s.Trim().Length > 0);

    private static readonly Gen<string> Id = Gen.Char["0123456789abcdefghjkmnpqrstvwxyz-"].Array[1, 26].Select(chars => new string(chars));

    private static readonly Gen<DateTimeOffset> Time = Gen.Long[new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks]
        .Select(ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    private static readonly Gen<ObservedInterval> Interval = Gen.Select(Time, Gen.Long[0, TimeSpan.TicksPerDay * 3], Gen.Bool,
        (from, length, instant) => instant ? ObservedInterval.At(from) : new ObservedInterval(from, from.AddTicks(length)));

    private static readonly Gen<Point> PointGen = Gen.Select(Gen.Double[-180, 180], Gen.Double[-90, 90], (x, y) => Factory.CreatePoint(new Coordinate(x, y)));

    private static readonly Gen<Geometry> Square = Gen.Select(Gen.Double[-170, 170], Gen.Double[-80, 80], Gen.Double[0.001, 5], (x, y, size) =>
        (Geometry)Factory.CreatePolygon([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]));

    private static readonly Gen<Source> SourceGen = Gen.Select(
        Text, Text.Null(0.3), Gen.Char['A', 'F'].Nullable(0.3), Gen.Int[1, 6].Nullable(0.3), Gen.Enum<Perception>().Nullable(0.3),
        (kind, id, reliability, credibility, perception) => new Source(kind, id, reliability, credibility, perception));

    private static readonly Gen<Evidence> EvidenceGen = Gen.Select(
        Gen.Char["0123456789abcdef"].Array[64, 64].Select(c => new string(c)), Text.Null(0.5), Text.Null(0.5),
        (sha, media, uri) => new Evidence(sha, media, uri));

    private static readonly string[] Codes = [.. ObservationTaxonomy.Standard.Codes];

    /// <summary>Observations any format can carry: points, no evidence.</summary>
    public static readonly Gen<Observation> Plain = Make(PointGen.Select(p => (Geometry)p), Gen.Const<Evidence[]>([]));

    /// <summary>Observations with polygons and evidence too (NDJSON and GeoJSON only).</summary>
    public static readonly Gen<Observation> Full = Make(Gen.OneOf(PointGen.Select(p => (Geometry)p), Square), EvidenceGen.Array[0, 3]);

    public static Gen<Observation[]> Batch(Gen<Observation> observation) =>
        observation.Array[1, 12].Select(batch => batch.DistinctBy(o => o.Id).ToArray());

    private static Gen<Observation> Make(Gen<Geometry> location, Gen<Evidence[]> evidence) => Gen.Select(
        Gen.Select(Id, Interval, location, Gen.Double[0, 50_000], Gen.Int[0, Codes.Length - 1]),
        Gen.Select(Gen.Int[0, 500].Nullable(0.5), Text.Null(0.5), Gen.Double[0, 359.999].Nullable(0.5), PointGen.Null(0.6)),
        Gen.Select(Gen.OneOf(Gen.Const("RU"), Gen.Const("UA")).Null(0.4), Text.Null(0.5), SourceGen, evidence, Text.Null(0.4)),
        (a, b, c) => new Observation
        {
            Id = new ObservationId(a.Item1),
            ObservedAt = a.Item2,
            Location = a.Item3,
            UncertaintyM = a.Item4,
            Type = new ObservationType(Codes[a.Item5]),
            Count = b.Item1,
            Weapon = b.Item2,
            BearingDeg = b.Item3,
            Origin = b.Item4,
            AttributedTo = c.Item1 is null ? null : new PartyCode(c.Item1),
            AttributionBasis = c.Item2,
            Source = c.Item3,
            Evidence = c.Item4,
            Narrative = c.Item5,
        });

    /// <summary>Field-by-field equality; geometry compared exactly, coordinate by coordinate.</summary>
    public static void AssertSame(Observation expected, Observation actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.ObservedAt, actual.ObservedAt);
        Assert.True(expected.Location.EqualsExact(actual.Location), $"{expected.Location} != {actual.Location}");
        Assert.Equal(expected.UncertaintyM, actual.UncertaintyM);
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Weapon, actual.Weapon);
        Assert.Equal(expected.BearingDeg, actual.BearingDeg);
        Assert.Equal(expected.Origin is null, actual.Origin is null);
        Assert.True(expected.Origin is null || expected.Origin.EqualsExact(actual.Origin));
        Assert.Equal(expected.AttributedTo, actual.AttributedTo);
        Assert.Equal(expected.AttributionBasis, actual.AttributionBasis);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Narrative, actual.Narrative);
    }
}
