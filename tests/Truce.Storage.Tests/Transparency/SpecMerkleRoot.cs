using System.Security.Cryptography;

namespace Truce.Storage.Tests.Transparency;

/// <summary>RFC 9162 §2.1.1 MTH written straight from the spec, recursively, to check stored hashes against.</summary>
internal static class SpecMerkleRoot
{
    public static byte[] Of(IReadOnlyList<byte[]> entries) => entries.Count == 0 ? SHA256.HashData([]) : Hash(entries, 0, entries.Count);

    private static byte[] Hash(IReadOnlyList<byte[]> entries, int start, int count)
    {
        if (count == 1)
        {
            return SHA256.HashData([0x00, .. entries[start]]);
        }

        var split = 1;
        while (split * 2 < count)
        {
            split *= 2;
        }

        return SHA256.HashData([0x01, .. Hash(entries, start, split), .. Hash(entries, start + split, count - split)]);
    }
}
