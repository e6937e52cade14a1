using Truce.Domain.Parties;

namespace Truce.Simulation.Generation;

/// <summary>
/// How active a party is: its mean number of true fire events per day at scale 1 on day 0, and a
/// compounded daily trend (0.02 = two per cent more each day). Every other kind of event follows as
/// a fixed ratio of the fire rate (see docs/simulation.md).
/// </summary>
public sealed record PartyActivity(PartyCode Party, double FireEventsPerDay, double DailyTrend)
{
    /// <summary>Mean fire events on a given day (0-based) at scale 1: FireEventsPerDay × (1 + DailyTrend)^day.</summary>
    public double MeanFireEventsOn(int day) => FireEventsPerDay * Math.Pow(1.0 + DailyTrend, day);
}
