using Truce.Reports.Daily;

namespace Truce.Reports.Summary;

/// <summary>
/// The numbers of a mission summary over the agreement's whole window: totals per party and per
/// term (with the term × party breakdown), the worst days, daily counts per party, and a heat map of
/// violations per distance band along the contact line (rows) and day (columns).
/// </summary>
public sealed record SummaryFigures(
    DateOnly FirstDay,
    DateOnly LastDay,
    int Total,
    IReadOnlyList<KeyCount> ByParty,
    IReadOnlyList<TermPartyRow> ByTerm,
    IReadOnlyList<KeyCount> WorstDays,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyDictionary<string, IReadOnlyList<int>> DailyByParty,
    double BandKm,
    int[,] HeatMap,
    IReadOnlyList<ReportViolation> Violations);
