using Truce.Log.Tiles;

namespace Truce.Log.Tests.Verification;

/// <summary>Serves a log's tiles but another file (e.g. <c>checkpoint.8</c>) as its <c>checkpoint</c>.</summary>
internal sealed class PinnedCheckpointSource(ITileSource inner, string checkpointPath) : ITileSource
{
    public Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken) =>
        inner.ReadAsync(path == "checkpoint" ? checkpointPath : path, cancellationToken);

    public string Locate(string path) => inner.Locate(path == "checkpoint" ? checkpointPath : path);
}
