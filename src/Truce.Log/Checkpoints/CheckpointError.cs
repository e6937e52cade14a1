namespace Truce.Log.Checkpoints;

/// <summary>Why a signed checkpoint was rejected, in the order the checks run.</summary>
public enum CheckpointError
{
    /// <summary>The note is malformed or lacks a valid signature by the given key.</summary>
    Signature,

    /// <summary>The signed checkpoint is for another log.</summary>
    Origin,

    /// <summary>The body is not a valid checkpoint.</summary>
    Parse,
}
