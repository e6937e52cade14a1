namespace Truce.Domain.Agreements;

/// <summary>
/// One mistake in an agreement or a file it refers to. <see cref="Line"/> and <see cref="Column"/>
/// are 1-based positions in <see cref="File"/>; for a mistake inside a GeoJSON document
/// <see cref="JsonPath"/> names the member instead (<c>$.features[2].geometry</c>) and Line/Column
/// are 0.
/// </summary>
public sealed record AgreementError(string File, int Line, int Column, string? JsonPath, string Message)
{
    /// <summary><c>file:line:col: message</c>, or <c>file:$.path: message</c> inside GeoJSON.</summary>
    public override string ToString() => JsonPath is null
        ? $"{File}:{Line}:{Column}: {Message}"
        : $"{File}:{JsonPath}: {Message}";
}
