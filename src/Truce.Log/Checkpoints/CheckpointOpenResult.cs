namespace Truce.Log.Checkpoints;

/// <summary>Either a verified <see cref="Checkpoint"/> or why it was rejected.</summary>
public sealed record CheckpointOpenResult(Checkpoint? Checkpoint, CheckpointError? Error, string Message)
{
    public bool IsValid => Checkpoint is not null;
}
