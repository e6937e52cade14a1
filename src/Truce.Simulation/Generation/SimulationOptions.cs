using Truce.Simulation.Truth;

namespace Truce.Simulation.Generation;

/// <summary>Knobs of one simulation run. The same theatre and options always give the same output.</summary>
public sealed record SimulationOptions
{
    public long Seed { get; init; }

    /// <summary>Multiplies every event rate, and so the volume of events and observations (≥ 0).</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>
    /// Per-party activity. Parties of the theatre missing here get the defaults: in ordinal order of
    /// their codes, 40 fire events a day rising 1 % a day, 30 falling 1 % a day, then 20 flat.
    /// </summary>
    public IReadOnlyList<PartyActivity> Activity { get; init; } = [];

    /// <summary>
    /// Shape k of the gamma-distributed day factor (mean 1, variance 1/k) that makes quiet and
    /// violent days: daily counts are gamma-Poisson (negative binomial). Lower is burstier.
    /// </summary>
    public double DayToDayShape { get; init; } = 4.0;

    /// <summary>Expected share of all observations that report no true event, in [0, 1).</summary>
    public double FalseReportShare { get; init; } = 0.05;

    /// <summary>
    /// Which agreement terms a true event breaks; the caller (who knows the agreement) supplies it.
    /// Called once per true event, after its observations are known. Default: none.
    /// </summary>
    public Func<TrueEvent, IReadOnlyList<string>>? TermsBroken { get; init; }
}
