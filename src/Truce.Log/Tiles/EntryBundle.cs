using System.Buffers.Binary;

namespace Truce.Log.Tiles;

/// <summary>
/// tlog-tiles entry bundles: each entry as a big-endian uint16 length followed by exactly the bytes that were
/// hashed as the leaf. Entries are therefore at most 65,535 bytes.
/// </summary>
public static class EntryBundle
{
    public const int MaxEntryLength = ushort.MaxValue;

    public static byte[] Encode(IEnumerable<ReadOnlyMemory<byte>> entries)
    {
        using var stream = new MemoryStream();
        Span<byte> length = stackalloc byte[2];
        foreach (var entry in entries)
        {
            if (entry.Length > MaxEntryLength)
            {
                throw new ArgumentException($"Entry of {entry.Length} bytes exceeds {MaxEntryLength}.", nameof(entries));
            }

            BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)entry.Length);
            stream.Write(length);
            stream.Write(entry.Span);
        }

        return stream.ToArray();
    }

    /// <summary>Splits a bundle into entries; null and a reason when the framing is broken.</summary>
    public static IReadOnlyList<byte[]>? TryDecode(ReadOnlySpan<byte> bundle, out string error)
    {
        var entries = new List<byte[]>();
        var offset = 0;
        while (offset < bundle.Length)
        {
            if (bundle.Length - offset < 2)
            {
                error = $"bundle ends inside the length of entry {entries.Count} (byte {offset})";
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bundle[offset..]);
            offset += 2;
            if (bundle.Length - offset < length)
            {
                error = $"entry {entries.Count} claims {length} bytes but only {bundle.Length - offset} remain";
                return null;
            }

            entries.Add(bundle.Slice(offset, length).ToArray());
            offset += length;
        }

        error = string.Empty;
        return entries;
    }
}
