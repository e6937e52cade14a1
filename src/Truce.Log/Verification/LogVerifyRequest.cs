namespace Truce.Log.Verification;

/// <summary>
/// What to verify besides the checkpoint and the whole tree: inclusion of one entry, inclusion of every entry
/// matching a caller's predicate, and consistency with an earlier signed checkpoint.
/// </summary>
public sealed record LogVerifyRequest
{
    /// <summary>0-based index of an entry whose inclusion to prove.</summary>
    public ulong? Entry { get; init; }

    /// <summary>Entries to find and prove (e.g. a record id inside JSON entries); with a description for messages.</summary>
    public Func<byte[], bool>? Find { get; init; }

    public string FindDescription { get; init; } = "matching entry";

    /// <summary>The bytes of an earlier signed checkpoint of the same log.</summary>
    public byte[]? Since { get; init; }

    /// <summary>Origin the checkpoint must have; null accepts the one signed by the key.</summary>
    public string? ExpectedOrigin { get; init; }
}
