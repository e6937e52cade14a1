namespace Truce.Log.Notes;

/// <summary>One signature line of a note: key name, key id and the signature bytes after the key id.</summary>
public sealed record NoteSignature(string Name, uint KeyId, byte[] Signature);
