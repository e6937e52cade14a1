namespace Truce.Log.Tiles;

/// <summary>Read access to a published tlog-tiles log: a directory or an HTTP(S) prefix.</summary>
public interface ITileSource
{
    /// <summary>The bytes at <paramref name="path"/> (e.g. <c>checkpoint</c>, <c>tile/0/000.p/5</c>), or null if absent.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Where <paramref name="path"/> lives, for messages (a file path or URL).</summary>
    string Locate(string path);
}
