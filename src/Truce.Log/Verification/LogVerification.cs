using Truce.Log.Checkpoints;

namespace Truce.Log.Verification;

/// <summary>
/// The outcome of <see cref="LogVerifier.VerifyAsync"/>: the verified checkpoint, what was checked, and the first
/// failure (null when everything held).
/// </summary>
public sealed record LogVerification(Checkpoint? Checkpoint, IReadOnlyList<string> Checks, string? Failure, IReadOnlyList<ulong> FoundEntries)
{
    public bool IsValid => Failure is null;
}
