namespace Truce.Claims.Scoring;

/// <summary>A statement in a gold annotation: who said it and a snippet of the words said.</summary>
public sealed record GoldStatement(string Speaker, string Quote);
