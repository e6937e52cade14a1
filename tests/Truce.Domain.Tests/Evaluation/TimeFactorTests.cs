using CsCheck;
using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using static Truce.Domain.Tests.Fixtures;

namespace Truce.Domain.Tests.Evaluation;

public sealed class TimeFactorTests
{
    private static readonly TimeWindow Window = new(WindowStart, WindowEnd);

    /// <summary>Seconds around the window: near both edges, so that the edges themselves are drawn often.</summary>
    private static readonly Gen<DateTimeOffset> Instant = Gen.OneOf(
        Gen.Long[-5, 5].Select(s => WindowStart.AddSeconds(s)),
        Gen.Long[-5, 5].Select(s => WindowEnd.AddSeconds(s)),
        Gen.Long[-86_400 * 40L, 86_400 * 40L].Select(s => WindowStart.AddSeconds(s)));

    [Fact]
    public void AnInstantCountsFullyExactlyWhenItLiesInTheHalfOpenWindow()
    {
        Instant.Sample(t =>
            ComplianceEvaluator.TimeFactor(Window, ObservedInterval.At(t)) == (t >= WindowStart && t < WindowEnd ? 1 : 0));
    }

    [Fact]
    public void AnIntervalCountsFullyOnlyInsideAndPartlyWhenItOverlaps()
    {
        Gen.Select(Instant, Instant).Where((a, b) => a < b).Sample((from, to) =>
        {
            var factor = ComplianceEvaluator.TimeFactor(Window, new ObservedInterval(from, to));
            var inside = from >= WindowStart && to < WindowEnd;
            var overlapSeconds = ((to < WindowEnd ? to : WindowEnd) - (from > WindowStart ? from : WindowStart)).TotalSeconds;
            return inside ? factor == 1
                : overlapSeconds <= 0 ? factor == 0
                : factor > 0 && factor < 1 && Math.Abs(factor - Math.Min(overlapSeconds / (to - from).TotalSeconds, 0.9999)) < 1e-9;
        });
    }
}
