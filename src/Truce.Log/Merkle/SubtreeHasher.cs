namespace Truce.Log.Merkle;

/// <summary>Hashes a complete subtree from its 2^k bottom hashes.</summary>
public static class SubtreeHasher
{
    /// <summary>The root of the perfect tree over <paramref name="hashes"/> (count a power of two).</summary>
    public static byte[] Complete(IReadOnlyList<byte[]> hashes)
    {
        if (hashes.Count == 0 || !System.Numerics.BitOperations.IsPow2(hashes.Count))
        {
            throw new ArgumentException($"A complete subtree needs a power-of-two number of hashes, not {hashes.Count}.", nameof(hashes));
        }

        var level = hashes.ToArray();
        var count = level.Length;
        while (count > 1)
        {
            for (var i = 0; i < count / 2; i++)
            {
                level[i] = MerkleHash.Node(level[2 * i], level[(2 * i) + 1]);
            }

            count /= 2;
        }

        return level[0];
    }
}
