namespace Truce.Log.Notes;

/// <summary>
/// An opened signed note: its text (ending in a newline) and the signatures that were verified by a known
/// key and those by unknown keys, which were ignored.
/// </summary>
public sealed record Note(string Text, IReadOnlyList<NoteSignature> Verified, IReadOnlyList<NoteSignature> Unverified);
