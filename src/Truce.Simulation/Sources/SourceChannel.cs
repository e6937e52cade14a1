namespace Truce.Simulation.Sources;

/// <summary>How one report reaches the mission: a monitor who saw or heard it, a sensor, a party's allegation, open sources.</summary>
internal enum SourceChannel
{
    MonitorSeen,
    MonitorHeard,
    Sensor,
    PartyAllegation,
    Osint,
}
