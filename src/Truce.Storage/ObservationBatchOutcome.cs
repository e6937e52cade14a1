namespace Truce.Storage;

/// <summary>
/// What storing a batch did. With any conflict nothing was stored and <see cref="New"/> is 0;
/// otherwise <see cref="New"/> + <see cref="AlreadyPresent"/> is the batch size.
/// </summary>
public sealed record ObservationBatchOutcome(int New, int AlreadyPresent, IReadOnlyList<ObservationConflict> Conflicts)
{
    public bool IsStored => Conflicts.Count == 0;
}
