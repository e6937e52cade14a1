using System.Buffers.Binary;
using System.Numerics;
using CsCheck;
using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

public sealed class ProofPropertyTests
{
    private const int MaxSize = 100_000;

    private static readonly Lazy<(InMemoryHashStore Store, byte[][] Leaves)> Tree = new(() =>
    {
        var leaves = new byte[MaxSize][];
        for (var i = 0; i < MaxSize; i++)
        {
            var data = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(data, i);
            leaves[i] = MerkleHash.Leaf(data);
        }

        var store = new InMemoryHashStore();
        var tree = new MerkleTree(store);
        for (var start = 0; start < MaxSize; start += 7_919)
        {
            tree.Append((ulong)start, leaves[start..Math.Min(MaxSize, start + 7_919)]);
        }

        return (store, leaves);
    });

    private static readonly Gen<(ulong Size, ulong Index)> SizeAndIndex =
        from size in Gen.ULong[1, MaxSize]
        from index in Gen.ULong[0, size - 1]
        select (size, index);

    private static readonly Gen<(ulong Old, ulong New)> TwoSizes =
        from newSize in Gen.ULong[1, MaxSize]
        from oldSize in Gen.ULong[1, newSize]
        select (oldSize, newSize);

    [Fact]
    public void StoredRootsEqualTheRecursiveRfcDefinition()
    {
        var (store, leaves) = Tree.Value;
        var tree = new MerkleTree(store);
        Gen.Int[0, 3_000].Sample(size => Assert.Equal(Reference(leaves, 0, size), tree.Root((ulong)size)), iter: 200);
    }

    [Fact]
    public void InclusionProofsVerifyForEveryTreeSizeAndLeaf()
    {
        var (store, leaves) = Tree.Value;
        var tree = new MerkleTree(store);
        SizeAndIndex.Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size);
            var verdict = ProofVerifier.VerifyInclusion(c.Index, c.Size, leaves[c.Index], proof, tree.Root(c.Size));
            Assert.True(verdict.IsValid, $"{c}: {verdict.Message}");
        }, iter: 500);
    }

    [Fact]
    public void InclusionProofsCostLogarithmicallyManyReads()
    {
        var (store, _) = Tree.Value;
        var tree = new MerkleTree(store);
        SizeAndIndex.Sample(c =>
        {
            var before = store.ReadCount;
            tree.InclusionProof(c.Index, c.Size);
            var reads = store.ReadCount - before;
            var bound = 2 * (64 - BitOperations.LeadingZeroCount(c.Size));
            Assert.True(reads <= bound, $"{c}: {reads} reads > {bound}");
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void ConsistencyProofsCostLogarithmicallyManyReads()
    {
        var (store, _) = Tree.Value;
        var tree = new MerkleTree(store);
        TwoSizes.Sample(c =>
        {
            var before = store.ReadCount;
            tree.ConsistencyProof(c.Old, c.New);
            var reads = store.ReadCount - before;
            var bound = 2 * (64 - BitOperations.LeadingZeroCount(c.New));
            Assert.True(reads <= bound, $"{c}: {reads} reads > {bound}");
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void AnySingleFlippedBitBreaksAnInclusionProof()
    {
        var (store, leaves) = Tree.Value;
        var tree = new MerkleTree(store);
        var gen = from c in SizeAndIndex
                  from target in Gen.Int[0, 64]
                  from bit in Gen.Int[0, 255]
                  select (c.Size, c.Index, target, bit);
        gen.Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size).Select(p => (byte[])p.Clone()).ToList();
            var leaf = (byte[])leaves[c.Index].Clone();
            var root = tree.Root(c.Size);
            var slot = c.target % (proof.Count + 2);
            var victim = slot == proof.Count ? leaf : slot == proof.Count + 1 ? root : proof[slot];
            victim[c.bit / 8] ^= (byte)(1 << (c.bit % 8));
            Assert.False(ProofVerifier.VerifyInclusion(c.Index, c.Size, leaf, proof, root).IsValid);
        }, iter: 500);
    }

    [Fact]
    public void ConsistencyProofsVerifyBetweenAnyTwoSizes()
    {
        var (store, _) = Tree.Value;
        var tree = new MerkleTree(store);
        TwoSizes.Sample(c =>
        {
            var proof = tree.ConsistencyProof(c.Old, c.New);
            var verdict = ProofVerifier.VerifyConsistency(c.Old, c.New, tree.Root(c.Old), tree.Root(c.New), proof);
            Assert.True(verdict.IsValid, $"{c}: {verdict.Message}");
        }, iter: 500);
    }

    [Fact]
    public void AnySingleFlippedBitBreaksAConsistencyProof()
    {
        var (store, _) = Tree.Value;
        var tree = new MerkleTree(store);
        var gen = from c in TwoSizes
                  from target in Gen.Int[0, 64]
                  from bit in Gen.Int[0, 255]
                  select (c.Old, c.New, target, bit);
        gen.Sample(c =>
        {
            var proof = tree.ConsistencyProof(c.Old, c.New).Select(p => (byte[])p.Clone()).ToList();
            var oldRoot = tree.Root(c.Old);
            var newRoot = tree.Root(c.New);
            var slot = c.target % (proof.Count + 2);
            var victim = slot == proof.Count ? oldRoot : slot == proof.Count + 1 ? newRoot : proof[slot];
            victim[c.bit / 8] ^= (byte)(1 << (c.bit % 8));
            Assert.False(ProofVerifier.VerifyConsistency(c.Old, c.New, oldRoot, newRoot, proof).IsValid);
        }, iter: 500);
    }

    [Fact]
    public void ProofsOfTheWrongLengthAreRejectedWithoutThrowing()
    {
        var (store, leaves) = Tree.Value;
        var tree = new MerkleTree(store);
        SizeAndIndex.Sample(c =>
        {
            var proof = tree.InclusionProof(c.Index, c.Size).ToList();
            var root = tree.Root(c.Size);
            Assert.False(ProofVerifier.VerifyInclusion(c.Index, c.Size, leaves[c.Index], [.. proof, root], root).IsValid);
            if (proof.Count > 0)
            {
                Assert.False(ProofVerifier.VerifyInclusion(c.Index, c.Size, leaves[c.Index], proof[..^1], root).IsValid);
                Assert.False(ProofVerifier.VerifyInclusion(c.Index, c.Size, leaves[c.Index], [.. proof[..^1], root[..31]], root).IsValid);
            }
        }, iter: 200);
    }

    private static byte[] Reference(byte[][] leaves, int start, int count)
    {
        if (count == 0)
        {
            return System.Security.Cryptography.SHA256.HashData([]);
        }

        if (count == 1)
        {
            return leaves[start];
        }

        var k = 1;
        while (k * 2 < count)
        {
            k *= 2;
        }

        var left = Reference(leaves, start, k);
        var right = Reference(leaves, start + k, count - k);
        return System.Security.Cryptography.SHA256.HashData([0x01, .. left, .. right]);
    }
}
