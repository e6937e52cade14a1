namespace Truce.Log.Merkle;

/// <summary>
/// Storage of the hashes of every complete subtree of an append-only Merkle tree, keyed by
/// (level, index). Level 0 holds leaf hashes; the node (l, i) is stored once leaves up to
/// (i+1)·2^l − 1 exist, and never changes afterwards. Incomplete (right-edge) subtrees are never
/// stored: readers compute them from at most log2(n) stored hashes.
/// <para>Guarantees an implementation must give:</para>
/// <list type="bullet">
/// <item><see cref="Write"/> stores the whole batch or nothing, inside the caller's transaction when the
/// store takes part in one (so the entries and their hashes commit together); it is durable once that
/// transaction commits.</item>
/// <item>Writing a node that is already stored with identical bytes is a no-op; with different bytes it is
/// a bug and must throw (history never changes).</item>
/// <item><see cref="IHashReader.Read"/> returns the hashes in request order; asking for a node that is not stored is a
/// bug and throws <see cref="KeyNotFoundException"/>. Reads see every committed write and the caller's own
/// uncommitted writes.</item>
/// <item>A single writer appends at a time (the caller serialises appends); reads may run concurrently
/// with it and see a consistent prefix.</item>
/// </list>
/// With this layout any tile, inclusion proof or consistency proof needs O(log n) hash reads, batched in
/// one <see cref="IHashReader.Read"/> call. The tree size is not stored here: the caller keeps it beside the
/// entries, in the same transaction, and passes it to <see cref="MerkleTree"/>.
/// <para>A relational shape that fits: <c>(level INTEGER, idx INTEGER, hash BLOB(32), PRIMARY KEY (level, idx))</c>
/// without row ids; about 2n rows for n entries. Tests: subclass <c>HashStoreContract</c> in Truce.Log.Tests.</para>
/// </summary>
public interface IHashStore : IHashReader
{
    /// <summary>Stores the batch whole (see the type's guarantees).</summary>
    void Write(IReadOnlyList<StoredHash> hashes);
}
