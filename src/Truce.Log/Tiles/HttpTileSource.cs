using System.Net;

namespace Truce.Log.Tiles;

/// <summary>
/// A log served over HTTP(S) under a prefix URL. 404 means absent; other failures throw
/// <see cref="HttpRequestException"/>. The <see cref="HttpClient"/> is the caller's.
/// </summary>
public sealed class HttpTileSource(HttpClient client, Uri prefix) : ITileSource
{
    private readonly Uri prefix = prefix.AbsoluteUri.EndsWith('/') ? prefix : new Uri(prefix.AbsoluteUri + "/");

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(prefix, path), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public string Locate(string path) => new Uri(prefix, path).AbsoluteUri;
}
