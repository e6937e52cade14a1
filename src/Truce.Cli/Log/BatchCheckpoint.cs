using Truce.Storage.Transparency;

namespace Truce.Cli.Log;

/// <summary>
/// What every command that appended to the log does once its write has committed: sign and store a checkpoint of
/// the committed tree, unless the mission's checkpoint interval says the last one is too recent (then the next
/// batch or <c>truce log publish</c> signs it). The entries are already durable, so a failure here loses nothing.
/// </summary>
public static class BatchCheckpoint
{
    public static void Issue(string dataDirectory, TimeProvider time, TextWriter error)
    {
        using var signer = MissionSigningKey.Load(dataDirectory, out var keyError);
        if (signer is null)
        {
            error.WriteLine($"warning: no checkpoint signed: {keyError}");
            return;
        }

        SqliteMissionLog.IssueCheckpoint(dataDirectory, signer, time);
    }
}
