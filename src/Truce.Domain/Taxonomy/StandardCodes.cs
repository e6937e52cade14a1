namespace Truce.Domain.Taxonomy;

/// <summary>The observation type codes of DESIGN.md §3, as data.</summary>
public static class StandardCodes
{
    public static IReadOnlyList<string> All { get; } =
    [
        "fire.explosion", "fire.artillery", "fire.mortar", "fire.mlrs", "fire.tank", "fire.small-arms",
        "fire.heavy-machine-gun", "fire.anti-aircraft", "fire.projectile-in-flight", "fire.illumination-flare",
        "strike.air", "strike.drone", "strike.missile", "strike.glide-bomb",
        "ground.advance", "ground.assault", "ground.capture",
        "movement.troops", "movement.armour", "movement.convoy", "movement.resupply",
        "equipment.tank", "equipment.artillery-100mm-plus", "equipment.artillery-below-100mm", "equipment.mortar",
        "equipment.mlrs", "equipment.mlrs-long-range", "equipment.tactical-missile", "equipment.air-defence",
        "equipment.apc",
        "works.fortification", "works.mine-laying", "works.demining",
        "impact.civilian-casualty", "impact.damage-civilian", "impact.damage-energy",
        "restriction.access-denied", "restriction.uav-jamming", "restriction.monitor-threatened",
    ];
}
