using System.Globalization;

namespace Truce.Simulation.Randomness;

/// <summary>
/// UUID-shaped identifiers (RFC 9562 version 8, "custom") derived from a seed, a domain and a
/// counter: the high half depends on seed and domain only, the low 62 bits are a bijection of the
/// counter, so ids never repeat within one (seed, domain) and the same inputs give the same id.
/// </summary>
internal static class DeterministicIds
{
    private const ulong Low62 = (1UL << 62) - 1;

    public static string Uuid(long seed, ulong domain, ulong counter)
    {
        var high = Xoshiro256.Finalise(unchecked((ulong)seed) ^ Xoshiro256.Finalise(domain + 0x5EED));
        high = (high & ~0xF000UL) | 0x8000UL;
        var low = Mix62(counter ^ 0x2545F4914F6CDD1DUL) | 0x8000000000000000UL;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{high >> 32:x8}-{(high >> 16) & 0xFFFF:x4}-{high & 0xFFFF:x4}-{low >> 48:x4}-{low & 0xFFFFFFFFFFFFUL:x12}");
    }

    // Each step (xor with a right shift, multiplication by an odd constant modulo 2^62) is a
    // bijection on 62-bit values, so distinct counters below 2^62 give distinct outputs.
    private static ulong Mix62(ulong x)
    {
        x &= Low62;
        x ^= x >> 31;
        x = (x * 0x7FB5D329728EA185UL) & Low62;
        x ^= x >> 27;
        x = (x * 0x81DADEF4BC2DD44DUL) & Low62;
        x ^= x >> 33;
        return x;
    }
}
