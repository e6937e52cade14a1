using System.Numerics;

namespace Truce.Simulation.Randomness;

/// <summary>
/// xoshiro256** (Blackman and Vigna) seeded through SplitMix64, with the few distributions the
/// simulator needs. We carry our own generator because <see cref="System.Random"/> does not promise
/// a stable sequence per seed across .NET versions, and the simulator promises one. Not thread-safe.
/// </summary>
internal sealed class Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public Xoshiro256(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>One step of SplitMix64: advances <paramref name="state"/> and returns a well-mixed value.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Finalise(state);
    }

    /// <summary>The SplitMix64 output function, a bijection on 64-bit values.</summary>
    public static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1) with 53 bits of precision.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * NextDouble());

    /// <summary>Uniform integer in [0, n); the bias of the multiply-shift method is below 2^-32 for any n used here.</summary>
    public int NextInt(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        }

        return (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);
    }

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal by the Box–Muller transform (one value per call, so the stream never depends on a cache).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>Gamma(shape, scale) by Marsaglia and Tsang; mean is shape × scale.</summary>
    public double Gamma(double shape, double scale)
    {
        if (shape < 1.0)
        {
            // Boost: Gamma(a) = Gamma(a + 1) × U^(1/a).
            return Gamma(shape + 1.0, scale) * Math.Pow(1.0 - NextDouble(), 1.0 / shape);
        }

        var d = shape - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double x;
            double v;
            do
            {
                x = Normal();
                v = 1.0 + (c * x);
            }
            while (v <= 0.0);

            v = v * v * v;
            var u = 1.0 - NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v * scale;
            }
        }
    }

    /// <summary>
    /// Poisson(λ): exact by Knuth's product method below λ = 30, the normal approximation with
    /// continuity correction above (its error is far below the simulator's modelling error).
    /// </summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0.0)
        {
            return 0;
        }

        if (lambda < 30.0)
        {
            var limit = Math.Exp(-lambda);
            var product = NextDouble();
            var k = 0;
            while (product > limit)
            {
                k++;
                product *= NextDouble();
            }

            return k;
        }

        var value = Math.Floor(lambda + (Math.Sqrt(lambda) * Normal()) + 0.5);
        return value < 0 ? 0 : (int)Math.Min(value, int.MaxValue);
    }

    /// <summary>An index drawn with probability proportional to its weight.</summary>
    public int PickWeighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(items.Count)];
}
