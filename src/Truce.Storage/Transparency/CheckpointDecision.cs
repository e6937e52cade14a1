namespace Truce.Storage.Transparency;

/// <summary>What a <see cref="CheckpointSchedule"/> decided.</summary>
public enum CheckpointDecision
{
    /// <summary>The latest checkpoint already covers the whole tree.</summary>
    UpToDate,

    /// <summary>Sign a checkpoint of the current tree now.</summary>
    SignNow,

    /// <summary>The last checkpoint is too recent: sign later (at <see cref="CheckpointSchedule.DueAt"/>, or at the next publication).</summary>
    Later,
}
