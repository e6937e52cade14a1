namespace Truce.Domain.Agreements;

/// <summary>The five kinds of machine-checkable term of DESIGN.md §2.</summary>
public enum TermKind
{
    /// <summary><c>prohibit-activity</c>: no observation of the types in the zone.</summary>
    ProhibitActivity,

    /// <summary><c>keep-away</c>: a party's equipment stays at least the distance from the line on its own side.</summary>
    KeepAway,

    /// <summary><c>protect-sites</c>: no observation of the types within the radius of any site.</summary>
    ProtectSites,

    /// <summary><c>no-buildup</c>: a party's daily count of the types in the zone stays at or below its baseline.</summary>
    NoBuildup,

    /// <summary><c>freedom-of-movement</c>: monitors are not restricted in the zone.</summary>
    FreedomOfMovement,
}
