namespace Truce.Storage.Transparency;

/// <summary>
/// When to sign a new checkpoint: after every batch that grew the tree, but at most once per
/// <see cref="MinimumInterval"/> so that continuous load does not turn every small batch into a signature and a
/// stored note. A pure decision; the caller passes the clock's time (UTC).
/// </summary>
public sealed record CheckpointSchedule(TimeSpan MinimumInterval)
{
    /// <summary>Decides for a tree of <paramref name="treeSize"/> leaves whose latest checkpoint (if any) has <paramref name="lastSize"/> leaves and was signed at <paramref name="lastSignedAt"/>.</summary>
    public CheckpointDecision Decide(ulong treeSize, ulong? lastSize, DateTimeOffset? lastSignedAt, DateTimeOffset now)
    {
        if (lastSize is { } size && size >= treeSize)
        {
            return CheckpointDecision.UpToDate;
        }

        // A clock that went backwards must not hold checkpoints back for ever: only a real recent signature does.
        return lastSignedAt is { } at && now >= at && now - at < MinimumInterval
            ? CheckpointDecision.Later
            : CheckpointDecision.SignNow;
    }

    /// <summary>The earliest time a checkpoint may follow one signed at <paramref name="lastSignedAt"/>.</summary>
    public DateTimeOffset DueAt(DateTimeOffset lastSignedAt) => lastSignedAt + MinimumInterval;
}
