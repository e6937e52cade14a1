namespace Truce.Storage;

/// <summary>A file an agreement references, by the relative path (with '/') the agreement uses.</summary>
public sealed record AgreementFile(string Path, byte[] Content);
