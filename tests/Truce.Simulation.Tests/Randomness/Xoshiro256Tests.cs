using CsCheck;
using Truce.Simulation.Randomness;

namespace Truce.Simulation.Tests.Randomness;

public sealed class Xoshiro256Tests
{
    [Fact]
    public void SplitMix64FromZeroGivesTheReferenceFirstOutput()
    {
        ulong state = 0;

        // First output of Vigna's splitmix64.c seeded with 0.
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256.SplitMix64(ref state));
    }

    [Fact]
    public void Xoshiro256StarStarSeededThroughSplitMixGivesTheReferenceSequence()
    {
        var rng = new Xoshiro256(42);

        // Computed with an independent big-integer transcription of xoshiro256starstar.c, state from splitmix64(42).
        Assert.Equal(0x15780B2E0C2EC716UL, rng.NextUInt64());
        Assert.Equal(0x6104D9866D113A7EUL, rng.NextUInt64());
        Assert.Equal(0xAE17533239E499A1UL, rng.NextUInt64());
    }

    [Fact]
    public void PoissonDrawsHaveMeanAndVarianceLambda()
    {
        Gen.Double[0.3, 400].Sample(
            lambda =>
            {
                var rng = new Xoshiro256((ulong)(lambda * 1000));
                const int n = 20_000;
                var draws = Enumerable.Range(0, n).Select(_ => (double)rng.Poisson(lambda)).ToList();
                var mean = draws.Average();
                var variance = draws.Sum(x => (x - mean) * (x - mean)) / (n - 1);
                var standardError = Math.Sqrt(lambda / n);
                Assert.InRange(mean, lambda - (5 * standardError), lambda + (5 * standardError));
                Assert.InRange(variance, lambda * 0.9, lambda * 1.1);
            },
            iter: 20);
    }

    [Fact]
    public void GammaDrawsHaveMeanShapeTimesScaleAndVarianceShapeTimesScaleSquared()
    {
        Gen.Select(Gen.Double[0.3, 20], Gen.Double[0.1, 5]).Sample(
            (shape, scale) =>
            {
                var rng = new Xoshiro256((ulong)((shape * 1e6) + (scale * 1e3)));
                const int n = 40_000;
                var draws = Enumerable.Range(0, n).Select(_ => rng.Gamma(shape, scale)).ToList();
                var mean = draws.Average();
                var variance = draws.Sum(x => (x - mean) * (x - mean)) / (n - 1);
                Assert.InRange(mean, shape * scale * 0.96, shape * scale * 1.04);
                Assert.InRange(variance, shape * scale * scale * 0.85, shape * scale * scale * 1.15);
            },
            iter: 15);
    }

    [Fact]
    public void UniformIntegersStayInRangeAndCoverIt()
    {
        Gen.Int[1, 1000].Sample(
            n =>
            {
                var rng = new Xoshiro256((ulong)n);
                var draws = Enumerable.Range(0, 20 * n).Select(_ => rng.NextInt(n)).ToList();
                Assert.All(draws, d => Assert.InRange(d, 0, n - 1));
                Assert.Equal(Math.Min(n, draws.Distinct().Count()), draws.Distinct().Count());
                Assert.True(draws.Distinct().Count() > n * 0.99);
            },
            iter: 30);
    }

    [Fact]
    public void DeterministicIdsNeverRepeatForDistinctCounters()
    {
        var ids = Enumerable.Range(0, 200_000).Select(i => DeterministicIds.Uuid(42, 2, (ulong)i)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids[12_345], DeterministicIds.Uuid(42, 2, 12_345));
        Assert.NotEqual(ids[0], DeterministicIds.Uuid(43, 2, 0));
        Assert.NotEqual(ids[0], DeterministicIds.Uuid(42, 1, 0));
    }
}
