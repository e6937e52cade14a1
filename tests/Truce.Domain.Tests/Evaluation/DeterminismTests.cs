using CsCheck;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Violations;
using static Truce.Domain.Tests.Fixtures;

namespace Truce.Domain.Tests.Evaluation;

public sealed class DeterminismTests
{
    private const string Terms = """
          - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*", "strike.*"], zone: security-zone }
          - { id: T2, text: "Artillery back.", kind: keep-away, types: ["equipment.*"], line: line, distance_km: 25 }
          - { id: T3, text: "Plants.", kind: protect-sites, types: ["strike.*"], zone: sites }
          - { id: T4, text: "Tanks.", kind: no-buildup, types: [equipment.tank], zone: tank-zone, baseline: { RU: 5, UA: 5 } }
          - { id: T5, text: "Access.", kind: freedom-of-movement, types: ["restriction.*"], zone: security-zone }

        """;

    private static readonly string[] Types = ["fire.artillery", "strike.drone", "equipment.tank", "equipment.mlrs", "restriction.access-denied", "movement.convoy"];

    private static readonly Gen<Observation> AnyObservation =
        Gen.Select(Gen.Int[0, 9999], Gen.Double[35.3, 36.7], Gen.Double[47, 49], Gen.Int[0, Types.Length - 1], Gen.Int[-2, 40], Gen.Double[0, 3000])
            .Select(Gen.Int[0, 2], Gen.Int[1, 10], (t, party, count) =>
            {
                var (n, lon, lat, type, day, radius) = t;
                return Observation(
                    n,
                    lon,
                    lat,
                    Types[type],
                    at: WindowStart.AddDays(day).AddMinutes(n % 1440),
                    uncertaintyM: radius,
                    party: party switch { 0 => null, 1 => "RU", _ => "UA" },
                    count: count);
            });

    [Fact]
    public void TheSameObservationsInAnyOrderGiveByteIdenticalJson()
    {
        var evaluator = new ComplianceEvaluator(Meridian(Terms));
        AnyObservation.Array[1, 60]
            .Select(observations => observations.DistinctBy(o => o.Id).ToArray())
            .Sample(observations =>
            {
                var forward = ViolationJson.ToJson(evaluator.Evaluate(observations));
                var backward = ViolationJson.ToJson(evaluator.Evaluate(observations.Reverse()));
                var again = ViolationJson.ToJson(new ComplianceEvaluator(Meridian(Terms)).Evaluate(observations));
                return forward == backward && forward == again;
            }, iter: 40);
    }

    [Fact]
    public void EveryConfidenceLiesInTheUnitIntervalAndMatchesItsCategory()
    {
        var evaluator = new ComplianceEvaluator(Meridian(Terms));
        AnyObservation.Array[1, 60]
            .Select(observations => observations.DistinctBy(o => o.Id).ToArray())
            .Sample(observations => evaluator.Evaluate(observations).All(v =>
                v.Confidence is > 0 and <= 1
                && (v.Category != Category.Certain || v.Confidence > 0.8)
                && v.Day >= DateOnly.FromDateTime(WindowStart.UtcDateTime)
                && v.Day < DateOnly.FromDateTime(WindowEnd.UtcDateTime)), iter: 40);
    }

    [Fact]
    public void OwnSideDistanceDecidesAWithdrawalBreach()
    {
        const string withdrawal = """
              - { id: T2, text: "Artillery back.", kind: keep-away, types: [equipment.artillery-100mm-plus], line: line, distance_km: 25 }

            """;
        var evaluator = new ComplianceEvaluator(Meridian(withdrawal));

        // Keep 0.3 km (over 1 %) away from 25 km so the sphere of the test and the projection agree.
        Gen.Select(Gen.Double[0.5, 60].Where(d => Math.Abs(d - 25) > 0.3), Gen.Bool, Gen.Bool).Sample((km, east, russian) =>
        {
            var party = russian ? "RU" : "UA";
            var observation = Observation(1, LongitudeEastOfLine(east ? km : -km), 48, "equipment.artillery-100mm-plus", party: party);
            var ownSide = east == russian;
            var breaks = evaluator.Evaluate([observation]).Count == 1;
            return breaks == (ownSide && km < 25);
        });
    }
}
