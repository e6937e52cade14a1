using System.Globalization;
using System.Text;

namespace Truce.Log.Tiles;

/// <summary>
/// C2SP tlog-tiles paths: the index is split in groups of three decimal digits, every group but the last
/// prefixed with 'x' (<c>1234067 → x001/x234/067</c>); a partial tile of width W (1–255) adds <c>.p/W</c>.
/// </summary>
public static class TilePath
{
    /// <summary>Hashes per full tile and entries per full bundle (tile height 8).</summary>
    public const int TileWidth = 256;

    /// <summary>Tree levels per tile level.</summary>
    public const int TileHeight = 8;

    public static string Tile(int level, ulong index, int width)
    {
        if (level is < 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Tile level must be 0–63.");
        }

        return $"tile/{level.ToString(CultureInfo.InvariantCulture)}/{EncodeIndex(index, width)}";
    }

    public static string Entries(ulong index, int width) => $"tile/entries/{EncodeIndex(index, width)}";

    /// <summary>The entry bundle holding <paramref name="leafIndex"/> in a tree of <paramref name="treeSize"/>.</summary>
    public static string EntriesForLeaf(ulong leafIndex, ulong treeSize)
    {
        if (leafIndex >= treeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(leafIndex), leafIndex, $"Leaf must be below tree size {treeSize}.");
        }

        var index = leafIndex / TileWidth;
        return Entries(index, WidthAt(0, index, treeSize));
    }

    /// <summary>
    /// Width of tile <paramref name="index"/> at tile level <paramref name="level"/> in a tree of
    /// <paramref name="treeSize"/>: 256 if full, 1–255 if partial, 0 if it does not exist yet.
    /// </summary>
    public static int WidthAt(int level, ulong index, ulong treeSize)
    {
        var hashesAtLevel = level * TileHeight >= 64 ? 0 : treeSize >> (level * TileHeight);
        var first = index * TileWidth;
        if (index > ulong.MaxValue / TileWidth || hashesAtLevel <= first)
        {
            return 0;
        }

        return (int)Math.Min(TileWidth, hashesAtLevel - first);
    }

    /// <summary>Every tile (level ≥ 0) and entry bundle a tree of <paramref name="treeSize"/> publishes, full and partial.</summary>
    public static IEnumerable<TileAddress> AllTiles(ulong treeSize, bool includeEntries)
    {
        for (var level = 0; level < 8 && (treeSize >> (level * TileHeight)) > 0; level++)
        {
            var hashes = treeSize >> (level * TileHeight);
            var count = (hashes + TileWidth - 1) / TileWidth;
            for (var index = 0UL; index < count; index++)
            {
                var width = WidthAt(level, index, treeSize);
                yield return new TileAddress(level, index, width);
                if (level == 0 && includeEntries)
                {
                    yield return new TileAddress(0, index, width, IsEntries: true);
                }
            }
        }
    }

    /// <summary>Parses the two path parts after <c>tile/</c>: the level and the index (with optional <c>.p/W</c>).</summary>
    public static TileAddress? TryParse(string level, string index)
    {
        var isEntries = level == "entries";
        var levelValue = 0;
        if (!isEntries)
        {
            if (level.Length is 0 or > 2 || level.Any(c => c is < '0' or > '9') || (level.Length > 1 && level[0] == '0'))
            {
                return null;
            }

            levelValue = int.Parse(level, CultureInfo.InvariantCulture);
            if (levelValue > 63)
            {
                return null;
            }
        }

        var width = TileWidth;
        var indexPart = index;
        var partial = index.IndexOf(".p/", StringComparison.Ordinal);
        if (partial >= 0)
        {
            var widthText = index[(partial + 3)..];
            if (widthText.Length is 0 or > 3 || widthText.Any(c => c is < '0' or > '9') || widthText[0] == '0')
            {
                return null;
            }

            width = int.Parse(widthText, CultureInfo.InvariantCulture);
            if (width is < 1 or > 255)
            {
                return null;
            }

            indexPart = index[..partial];
        }

        var groups = indexPart.Split('/');
        ulong value = 0;
        for (var i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            var isLast = i == groups.Length - 1;
            if (!isLast)
            {
                if (group.Length != 4 || group[0] != 'x')
                {
                    return null;
                }

                group = group[1..];
            }

            if (group.Length != 3 || group.Any(c => c is < '0' or > '9'))
            {
                return null;
            }

            var digits = (ulong)int.Parse(group, CultureInfo.InvariantCulture);
            if (value > (ulong.MaxValue - digits) / 1000)
            {
                return null;
            }

            value = (value * 1000) + digits;
        }

        return new TileAddress(levelValue, value, width, isEntries);
    }

    private static string EncodeIndex(ulong index, int width)
    {
        if (width is < 1 or > TileWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Tile width must be 1–256.");
        }

        var digits = index.ToString(CultureInfo.InvariantCulture);
        var padded = digits.PadLeft((digits.Length + 2) / 3 * 3, '0');
        var builder = new StringBuilder();
        for (var i = 0; i < padded.Length; i += 3)
        {
            if (i > 0)
            {
                builder.Append('/');
            }

            if (i + 3 < padded.Length)
            {
                builder.Append('x');
            }

            builder.Append(padded, i, 3);
        }

        if (width < TileWidth)
        {
            builder.Append(".p/").Append(width.ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
