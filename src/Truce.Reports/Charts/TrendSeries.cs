namespace Truce.Reports.Charts;

/// <summary>One line of a trend chart: a label and one value per day of the chart.</summary>
public sealed record TrendSeries(string Label, IReadOnlyList<double> Values);
