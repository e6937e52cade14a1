namespace Truce.Log.Publishing;

/// <summary>What a publication wrote: files written, full files already present and left alone.</summary>
public sealed record PublishResult(ulong TreeSize, int Written, int Unchanged);
