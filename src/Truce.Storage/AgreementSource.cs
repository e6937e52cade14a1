namespace Truce.Storage;

/// <summary>
/// An agreement as published: the YAML document's bytes and the bytes of every file it references
/// (GeoJSON zones), keyed by the relative path the document uses. Kept byte for byte so that the mission
/// keeps working, and stays verifiable, when the original folder moves or changes.
/// </summary>
public sealed record AgreementSource(string FileName, byte[] Document, IReadOnlyList<AgreementFile> Files)
{
    /// <summary>True when both hold the same document and the same referenced files, byte for byte.</summary>
    public bool SameContentAs(AgreementSource other) =>
        Document.AsSpan().SequenceEqual(other.Document)
        && Files.Count == other.Files.Count
        && Files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .Zip(other.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            .All(pair => pair.First.Path == pair.Second.Path && pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content));
}
