namespace Truce.Domain.Zones;

/// <summary>What a zone's geometry stands for.</summary>
public enum ZoneKind
{
    /// <summary>A line, such as the line of contact.</summary>
    Line,

    /// <summary>An area, such as a security zone or a party's controlled area.</summary>
    Area,

    /// <summary>A set of sites, each a disk of the zone's radius around a point.</summary>
    Sites,
}
