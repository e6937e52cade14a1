namespace Truce.Log.Notes;

/// <summary>Why a signed note was rejected.</summary>
public enum NoteError
{
    /// <summary>Not a well-formed note (encoding, control characters, signature block).</summary>
    Malformed,

    /// <summary>Well formed, but no signature is by a known key.</summary>
    NoVerifiableSignature,

    /// <summary>A signature by a known key does not verify: the note must not be trusted.</summary>
    InvalidSignature,
}
