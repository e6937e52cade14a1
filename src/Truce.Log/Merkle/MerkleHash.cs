using System.Security.Cryptography;

namespace Truce.Log.Merkle;

/// <summary>
/// RFC 9162 §2.1.1 hashing with SHA-256: leaves are hashed as SHA-256(0x00 ‖ data), interior nodes as
/// SHA-256(0x01 ‖ left ‖ right), and the empty tree's root is SHA-256 of the empty string.
/// </summary>
public static class MerkleHash
{
    /// <summary>Length in bytes of every hash in the tree.</summary>
    public const int Size = 32;

    private static readonly byte[] EmptyRootBytes = SHA256.HashData([]);

    /// <summary>The root of the tree of size zero: SHA-256("").</summary>
    public static byte[] EmptyRoot() => (byte[])EmptyRootBytes.Clone();

    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        var hash = new byte[Size];
        Leaf(data, hash);
        return hash;
    }

    /// <summary>Writes the leaf hash of <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Leaf(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (data.Length < 1024)
        {
            // One-shot hashing of a stack copy is several times cheaper than an IncrementalHash for small entries.
            Span<byte> buffer = stackalloc byte[data.Length + 1];
            buffer[0] = 0x00;
            data.CopyTo(buffer[1..]);
            SHA256.HashData(buffer, destination);
            return;
        }

        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData([0x00]);
        hasher.AppendData(data);
        hasher.GetHashAndReset(destination);
    }

    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var hash = new byte[Size];
        Node(left, right, hash);
        return hash;
    }

    /// <summary>Writes SHA-256(0x01 ‖ left ‖ right) into <paramref name="destination"/> (32 bytes).</summary>
    public static void Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        if (left.Length != Size || right.Length != Size)
        {
            // RFC 9162 defines the node hash over any byte strings; only the tree's own nodes are 32 bytes.
            using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hasher.AppendData([0x01]);
            hasher.AppendData(left);
            hasher.AppendData(right);
            hasher.GetHashAndReset(destination);
            return;
        }

        Span<byte> buffer = stackalloc byte[1 + (2 * Size)];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + Size)..]);
        SHA256.HashData(buffer, destination);
    }
}
