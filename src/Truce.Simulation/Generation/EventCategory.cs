namespace Truce.Simulation.Generation;

/// <summary>The kinds of true event the simulator draws, each at a fixed ratio of a party's fire rate.</summary>
internal enum EventCategory
{
    Fire,
    Strike,
    SiteStrike,
    EquipmentInside,
    EquipmentBeyond,
    Ground,
    Restriction,
    CivilianHarm,
}
