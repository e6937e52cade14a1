namespace Truce.Log.Publishing;

/// <summary>Where a <see cref="TilePublisher"/> writes files (a directory, or memory for benchmarks).</summary>
public interface ITileSink
{
    /// <summary>The bytes already at <paramref name="path"/>, or null.</summary>
    byte[]? ReadExisting(string path);

    /// <summary>Writes <paramref name="path"/> atomically (readers see the old or the new bytes, never a mix).</summary>
    void Write(string path, ReadOnlySpan<byte> bytes);

    /// <summary>Returns once every earlier <see cref="Write"/> is durable.</summary>
    void Flush();
}
