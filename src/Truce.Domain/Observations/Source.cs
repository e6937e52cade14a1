namespace Truce.Domain.Observations;

/// <summary>
/// Who reported an observation. <see cref="Reliability"/> is the Admiralty source rating A–F,
/// <see cref="Credibility"/> the information rating 1–6.
/// </summary>
public sealed record Source(string Kind, string? Id, char? Reliability, int? Credibility, Perception? Perception);
