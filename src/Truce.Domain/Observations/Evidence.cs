namespace Truce.Domain.Observations;

/// <summary>A piece of evidence held elsewhere, identified by the lowercase hex SHA-256 of its bytes.</summary>
public sealed record Evidence(string Sha256, string? MediaType, string? Uri);
