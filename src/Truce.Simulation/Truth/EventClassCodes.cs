namespace Truce.Simulation.Truth;

/// <summary>The kebab-case code of each <see cref="EventClass"/>, as written to <c>truth.ndjson</c>.</summary>
public static class EventClassCodes
{
    public static string Code(this EventClass eventClass) => eventClass switch
    {
        EventClass.FireInSecurityZone => "fire-in-security-zone",
        EventClass.FireBeyondSecurityZone => "fire-beyond-security-zone",
        EventClass.StrikeInSecurityZone => "strike-in-security-zone",
        EventClass.StrikeBeyondSecurityZone => "strike-beyond-security-zone",
        EventClass.StrikeOnProtectedSite => "strike-on-protected-site",
        EventClass.EquipmentInsideWithdrawalDistance => "equipment-inside-withdrawal-distance",
        EventClass.EquipmentBeyondWithdrawalDistance => "equipment-beyond-withdrawal-distance",
        EventClass.GroundActionInSecurityZone => "ground-action-in-security-zone",
        EventClass.GroundActionBeyondSecurityZone => "ground-action-beyond-security-zone",
        EventClass.MonitorRestriction => "monitor-restriction",
        EventClass.HarmToCivilians => "harm-to-civilians",
        _ => throw new ArgumentOutOfRangeException(nameof(eventClass), eventClass, "unknown event class"),
    };
}
