using Truce.Simulation.Generation;

namespace Truce.Simulation.Sources;

/// <summary>
/// How an event category gets reported: the chance that anyone reports it at all, the mean number
/// of extra reports of a detected event (Poisson), and the weights of the channels in the order of
/// <see cref="SourceChannel"/>.
/// </summary>
internal sealed record ReportingProfile(double DetectionProbability, double ExtraReportsMean, double[] ChannelWeights)
{
    public static ReportingProfile For(EventCategory category) => category switch
    {
        EventCategory.Fire => new(0.75, 0.6, [0.15, 0.30, 0.15, 0.25, 0.15]),
        EventCategory.Strike => new(0.90, 0.8, [0.10, 0.15, 0.20, 0.30, 0.25]),
        EventCategory.SiteStrike => new(0.95, 1.0, [0.10, 0.15, 0.20, 0.30, 0.25]),
        EventCategory.EquipmentInside or EventCategory.EquipmentBeyond => new(0.55, 0.4, [0.50, 0.0, 0.30, 0.10, 0.10]),
        EventCategory.Ground => new(0.70, 0.6, [0.20, 0.20, 0.20, 0.25, 0.15]),
        EventCategory.Restriction => new(1.00, 0.1, [0.85, 0.0, 0.15, 0.0, 0.0]),
        EventCategory.CivilianHarm => new(0.85, 0.8, [0.40, 0.0, 0.0, 0.35, 0.25]),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown category"),
    };

    /// <summary>Channels of false reports (no true event behind them).</summary>
    public static readonly double[] FalseReportChannelWeights = [0.0, 0.05, 0.0, 0.60, 0.35];
}
