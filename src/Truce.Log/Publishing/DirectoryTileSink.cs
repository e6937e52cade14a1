namespace Truce.Log.Publishing;

/// <summary>
/// Writes files under a directory, each to a temporary file that is fsynced and then renamed into place, so
/// a file is durable when <see cref="Write"/> returns and no reader sees a half-written tile.
/// </summary>
public sealed class DirectoryTileSink(string root) : ITileSink
{
    public byte[]? ReadExisting(string path)
    {
        var file = Locate(path);
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var file = Locate(path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + ".tmp-" + Environment.ProcessId;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file, overwrite: true);
    }

    public void Flush()
    {
        // Every Write already fsynced its file before renaming it.
    }

    private string Locate(string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
}
