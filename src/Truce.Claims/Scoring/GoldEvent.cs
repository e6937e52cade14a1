namespace Truce.Claims.Scoring;

/// <summary>A claimed event in a gold annotation; claimant and place may be null.</summary>
public sealed record GoldEvent(string? Claimant, string Action, string? Place);
