namespace Truce.Log.Merkle;

/// <summary>
/// Reads hashes of complete subtrees by (level, index). Implemented by an <see cref="IHashStore"/> and by
/// readers over published tiles.
/// </summary>
public interface IHashReader
{
    /// <summary>
    /// Returns the hash of each node, in the order asked. Asking for a node that is not available is a bug
    /// and throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    IReadOnlyList<byte[]> Read(IReadOnlyList<NodeId> nodes);
}
