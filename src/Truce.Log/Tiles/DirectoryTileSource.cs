namespace Truce.Log.Tiles;

/// <summary>A log published as a static directory.</summary>
public sealed class DirectoryTileSource(string root) : ITileSource
{
    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = Locate(path);
        return File.Exists(file) ? await File.ReadAllBytesAsync(file, cancellationToken) : null;
    }

    public string Locate(string path) => Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
}
