namespace Truce.Claims.Events;

/// <summary>
/// A claimed military event: who claims it (the speaker of the statement it is part of, or null
/// when the article states it in its own voice), the action as a lemma ("recapture"), the object
/// of the action, the place (gazetteer name) and the sentence's UTF-16 offsets. Taxonomy is the
/// DESIGN.md §3 code an analyst would start from when accepting the claim as an observation.
/// </summary>
public sealed record EventClaim(
    string? Claimant,
    string Action,
    string? Object,
    string? Place,
    int Start,
    int End,
    string Taxonomy)
{
    /// <summary>The party the claimant speaks for (through the agreement's aliases), or null.</summary>
    public string? ClaimantParty { get; init; }

    /// <summary>The claimant's call sign or nickname ("Kosa"), when the article gives one.</summary>
    public string? ClaimantCallSign { get; init; }

    /// <summary>The claimant's role or standing as the article gives it ("Kremlin spokesman", "Iran's state-run"), or null.</summary>
    public string? ClaimantRole { get; init; }

    /// <summary>
    /// The party the claim says carried out the action (see <see cref="EventActor"/>), or null when
    /// the sentence does not say.
    /// </summary>
    public string? ActorParty { get; init; }
}
