namespace Truce.Log.Publishing;

/// <summary>Keeps published files in memory (tests, benchmarks). Not thread safe.</summary>
public sealed class InMemoryTileSink : ITileSink
{
    public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public byte[]? ReadExisting(string path) => Files.GetValueOrDefault(path);

    public void Write(string path, ReadOnlySpan<byte> bytes) => Files[path] = bytes.ToArray();

    public void Flush()
    {
    }
}
