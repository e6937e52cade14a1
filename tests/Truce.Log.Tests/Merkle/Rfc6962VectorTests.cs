using System.Text.Json;
using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

public sealed class Rfc6962VectorTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf("rfc6962-vectors.json"))).RootElement;

    [Fact]
    public void PrimitiveHashesMatchTheRfcVectors()
    {
        var checkedCount = 0;
        foreach (var vector in Vectors.GetProperty("primitive_vectors").EnumerateArray())
        {
            var want = TestData.Hex(vector.GetProperty("want_hex").GetString()!);
            var got = vector.GetProperty("op").GetString() switch
            {
                "empty_root" => MerkleHash.EmptyRoot(),
                "leaf" => MerkleHash.Leaf(TestData.Hex(vector.GetProperty("data_hex").GetString()!)),
                "node" => MerkleHash.Node(
                    TestData.Hex(vector.GetProperty("left_hex").GetString()!),
                    TestData.Hex(vector.GetProperty("right_hex").GetString()!)),
                var op => throw new InvalidOperationException($"unknown op {op}"),
            };
            Assert.True(want.AsSpan().SequenceEqual(got), vector.GetProperty("desc").GetString());
            checkedCount++;
        }

        Assert.True(checkedCount >= 3);
    }

    [Fact]
    public void AppendingTheReferenceLeavesStoresEveryCompleteSubtreeAndEveryRoot()
    {
        var tree = Vectors.GetProperty("reference_tree");
        var leaves = tree.GetProperty("leaves_hex").EnumerateArray().Select(l => TestData.Hex(l.GetString()!)).ToList();
        var roots = tree.GetProperty("roots_hex_by_size").EnumerateArray().Select(r => r.GetString()!).ToList();
        var store = new InMemoryHashStore();
        var merkle = new MerkleTree(store);

        Assert.Equal(roots[0], Convert.ToHexStringLower(merkle.Root(0)));
        for (var i = 0; i < leaves.Count; i++)
        {
            var appended = merkle.Append((ulong)i, [MerkleHash.Leaf(leaves[i])]);
            Assert.Equal(roots[i + 1], Convert.ToHexStringLower(appended.Root));
        }

        for (var size = 0; size <= leaves.Count; size++)
        {
            Assert.Equal(roots[size], Convert.ToHexStringLower(merkle.Root((ulong)size)));
        }

        var levels = tree.GetProperty("node_hashes_hex").EnumerateArray().ToList();
        for (var level = 0; level < levels.Count; level++)
        {
            var expected = levels[level].EnumerateArray().Select(h => h.GetString()!).ToList();
            for (var index = 0; index < expected.Count; index++)
            {
                var stored = store.Read([new NodeId(level, (ulong)index)])[0];
                Assert.Equal(expected[index], Convert.ToHexStringLower(stored));
            }
        }
    }

    [Fact]
    public void AppendingInOneBatchGivesTheSameRootsAsAppendingOneByOne()
    {
        var tree = Vectors.GetProperty("reference_tree");
        var leaves = tree.GetProperty("leaves_hex").EnumerateArray().Select(l => MerkleHash.Leaf(TestData.Hex(l.GetString()!))).ToList();
        var root8 = tree.GetProperty("roots_hex_by_size")[8].GetString();
        var merkle = new MerkleTree(new InMemoryHashStore());
        merkle.Append(0, leaves[..3]);
        var result = merkle.Append(3, leaves[3..]);
        Assert.Equal(8UL, result.Size);
        Assert.Equal(root8, Convert.ToHexStringLower(result.Root));
    }
}
