namespace Truce.Simulation.Accuracy;

/// <summary>
/// The result of <see cref="MeasureAccuracy.Measure"/>: one row per term kind the agreement uses
/// (agreement order of first use), the total over them, and how many findings were left out
/// because their kind is not measured (no-buildup: a daily total, not one event's finding).
/// </summary>
public sealed record AccuracyReport(IReadOnlyList<KindAccuracy> Kinds, KindAccuracy Total, int FindingsNotMeasured);
