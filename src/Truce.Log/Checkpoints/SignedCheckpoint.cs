using Truce.Log.Notes;

namespace Truce.Log.Checkpoints;

/// <summary>Opening and signing checkpoints as C2SP signed notes.</summary>
public static class SignedCheckpoint
{
    /// <summary>
    /// Verifies the note with <paramref name="verifier"/>, then requires its first line to be
    /// <paramref name="expectedOrigin"/> (when given), then parses the body.
    /// </summary>
    public static CheckpointOpenResult Open(ReadOnlySpan<byte> note, NoteVerifier verifier, string? expectedOrigin)
    {
        var opened = SignedNote.Open(note, [verifier]);
        if (opened.Note is null)
        {
            return new CheckpointOpenResult(null, CheckpointError.Signature, $"checkpoint signature: {opened.Message}");
        }

        var text = opened.Note.Text;
        var origin = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        if (expectedOrigin is not null && origin != expectedOrigin)
        {
            return new CheckpointOpenResult(null, CheckpointError.Origin, $"checkpoint origin '{origin}' is not the expected '{expectedOrigin}'");
        }

        var checkpoint = Checkpoint.TryParse(text, out var error);
        return checkpoint is null
            ? new CheckpointOpenResult(null, CheckpointError.Parse, $"checkpoint: {error}")
            : new CheckpointOpenResult(checkpoint, null, "ok");
    }

    /// <summary>The signed note bytes of <paramref name="checkpoint"/>.</summary>
    public static byte[] Sign(Checkpoint checkpoint, NoteSigner signer) => SignedNote.Sign(checkpoint.Format(), signer);
}
