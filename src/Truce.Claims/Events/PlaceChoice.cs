namespace Truce.Claims.Events;

/// <summary>
/// Where one action happened and why: every candidate place of its sentence with its relation, the one chosen (null
/// when no candidate locates the action) and the ranking step that chose it, so a wrong place can be traced to a
/// wrong relation or a wrong rule.
/// </summary>
internal sealed record PlaceChoice(PlaceCandidate? Chosen, IReadOnlyList<PlaceCandidate> Candidates, string Reason);
