namespace Truce.Log.Publishing;

/// <summary>The log's entries, exactly as they were hashed into leaves.</summary>
public interface IEntrySource
{
    /// <summary>Entries [<paramref name="start"/>, start + <paramref name="count"/>), all of which exist.</summary>
    IReadOnlyList<ReadOnlyMemory<byte>> ReadEntries(ulong start, int count);
}
