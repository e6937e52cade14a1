namespace Truce.Log.Tiles;

/// <summary>
/// A hash tile (level 0–63) or, with <see cref="IsEntries"/>, an entry bundle: tile <see cref="Index"/> holding
/// <see cref="Width"/> items (256 = full). Hash tile level L holds tree hashes of level 8·L.
/// </summary>
public readonly record struct TileAddress(int Level, ulong Index, int Width, bool IsEntries = false)
{
    public bool IsFull => Width == TilePath.TileWidth;

    /// <summary>The tlog-tiles path relative to the log prefix, e.g. <c>tile/0/x001/x234/067.p/89</c>.</summary>
    public string Path => IsEntries ? TilePath.Entries(Index, Width) : TilePath.Tile(Level, Index, Width);

    public override string ToString() => Path;
}
