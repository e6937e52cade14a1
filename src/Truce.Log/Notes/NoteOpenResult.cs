namespace Truce.Log.Notes;

/// <summary>Either an opened <see cref="Note"/> or the <see cref="NoteError"/> and a message saying why not.</summary>
public sealed record NoteOpenResult(Note? Note, NoteError? Error, string Message)
{
    public bool IsValid => Note is not null;
}
