namespace Truce.Reports.Daily;

/// <summary>
/// The numbers of one daily report. Every count is a count of violations whose UTC day is
/// <see cref="Day"/>, the same set `truce violations --day` lists.
/// </summary>
public sealed record DailyFigures(
    DateOnly Day,
    CountRow Total,
    IReadOnlyList<CountRow> ByParty,
    IReadOnlyList<CountRow> ByType,
    IReadOnlyList<CountRow> ByZone,
    IReadOnlyList<CountRow> ByTerm,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyList<ReportViolation> MostSerious,
    IReadOnlyList<RestrictionEntry> Restrictions);
