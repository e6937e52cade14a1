using System.Text.Json;
using Truce.Log.Tiles;
using Xunit;

namespace Truce.Log.Tests.Tiles;

public sealed class TilePathVectorTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf("tlog-tiles-paths.json"))).RootElement;

    [Fact]
    public void TilePathsMatchTheVectors()
    {
        foreach (var v in Vectors.GetProperty("tile_paths").EnumerateArray())
        {
            Assert.Equal(v.GetProperty("path").GetString(), TilePath.Tile(v.GetProperty("level").GetInt32(), v.GetProperty("index").GetUInt64(), v.GetProperty("width").GetInt32()));
        }

        foreach (var v in Vectors.GetProperty("entries_paths").EnumerateArray())
        {
            Assert.Equal(v.GetProperty("path").GetString(), TilePath.Entries(v.GetProperty("index").GetUInt64(), v.GetProperty("width").GetInt32()));
        }

        foreach (var v in Vectors.GetProperty("entries_path_for_leaf").EnumerateArray())
        {
            Assert.Equal(v.GetProperty("path").GetString(), TilePath.EntriesForLeaf(v.GetProperty("leaf_index").GetUInt64(), v.GetProperty("tree_size").GetUInt64()));
        }
    }

    [Fact]
    public void ParsingAcceptsExactlyTheValidPaths()
    {
        var count = 0;
        foreach (var v in Vectors.GetProperty("parse_level_and_index").EnumerateArray())
        {
            var parsed = TilePath.TryParse(v.GetProperty("level").GetString()!, v.GetProperty("index").GetString()!);
            var context = $"{v.GetProperty("level").GetString()} {v.GetProperty("index").GetString()}";
            if (v.GetProperty("ok").GetBoolean())
            {
                Assert.True(parsed.HasValue, context);
                Assert.Equal(v.GetProperty("want_level").GetInt32(), parsed.Value.Level);
                Assert.Equal(v.GetProperty("want_index").GetUInt64(), parsed.Value.Index);
                Assert.Equal(v.GetProperty("want_width").GetInt32(), parsed.Value.Width);
            }
            else
            {
                Assert.False(parsed.HasValue, context);
            }

            count++;
        }

        Assert.True(count > 20);
    }

    [Fact]
    public void TheTilesOfATreeSizeAreExactlyTheSpecifiedOnes()
    {
        foreach (var sizeCase in Vectors.GetProperty("tiles_for_tree_size").EnumerateObject())
        {
            var size = ulong.Parse(sizeCase.Name, System.Globalization.CultureInfo.InvariantCulture);
            var tiles = TilePath.AllTiles(size, includeEntries: true).ToList();
            var want = sizeCase.Value;
            var partial = want.GetProperty("partial_tiles").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).Order(StringComparer.Ordinal);
            Assert.Equal(partial, tiles.Where(t => !t.IsFull && !t.IsEntries).Select(t => t.Path).Order(StringComparer.Ordinal));
            foreach (var level in want.GetProperty("full_tiles_per_level").EnumerateObject())
            {
                var l = int.Parse(level.Name, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(level.Value.GetInt32(), tiles.Count(t => t.IsFull && !t.IsEntries && t.Level == l));
            }

            Assert.Equal(want.GetProperty("entry_bundles_full").GetInt32(), tiles.Count(t => t.IsFull && t.IsEntries));
            var bundle = want.GetProperty("entry_bundle_partial");
            var partialBundles = tiles.Where(t => t.IsEntries && !t.IsFull).Select(t => t.Path).ToList();
            Assert.Equal(bundle.ValueKind == JsonValueKind.Null ? [] : [bundle.GetProperty("path").GetString()!], partialBundles);
        }
    }
}
