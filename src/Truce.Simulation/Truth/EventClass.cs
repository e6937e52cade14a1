namespace Truce.Simulation.Truth;

/// <summary>
/// What a true event is, judged by the simulator's own reference rules against the theatre (the
/// theatre's security zone, withdrawal distances and protected-site radii), independent of any
/// agreement's terms. Under the reference Minsk-II-style agreement every class except
/// <see cref="FireBeyondSecurityZone"/>, <see cref="StrikeBeyondSecurityZone"/>,
/// <see cref="GroundActionBeyondSecurityZone"/> and <see cref="EquipmentBeyondWithdrawalDistance"/>
/// is a violation; those four exist so that accuracy measurements see compliant activity too.
/// </summary>
public enum EventClass
{
    /// <summary>Fire (<c>fire.*</c>) within the security zone's half-width of the contact line.</summary>
    FireInSecurityZone,

    FireBeyondSecurityZone,

    /// <summary>A strike (<c>strike.*</c>) landing within the security zone.</summary>
    StrikeInSecurityZone,

    StrikeBeyondSecurityZone,

    /// <summary>A strike landing within a protected site's radius.</summary>
    StrikeOnProtectedSite,

    /// <summary>Equipment of a class with a withdrawal distance, on its owner's side, closer to the line than that distance.</summary>
    EquipmentInsideWithdrawalDistance,

    /// <summary>Equipment beyond its withdrawal distance (or not on its owner's side): compliant.</summary>
    EquipmentBeyondWithdrawalDistance,

    /// <summary>A ground action (<c>ground.*</c>) within the security zone.</summary>
    GroundActionInSecurityZone,

    GroundActionBeyondSecurityZone,

    /// <summary>Monitors denied access, jammed or threatened (<c>restriction.*</c>) by the party controlling the place.</summary>
    MonitorRestriction,

    /// <summary>Civilian casualties or damage (<c>impact.civilian-casualty</c>, <c>impact.damage-civilian</c>).</summary>
    HarmToCivilians,
}
