namespace Truce.Storage;

/// <summary>What storing an agreement did.</summary>
public enum AgreementStoreOutcome
{
    Stored,
    AlreadyPresent,

    /// <summary>The mission holds a different agreement; nothing was stored.</summary>
    Conflict,
}
