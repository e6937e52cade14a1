namespace Truce.Reports.Summary;

/// <summary>
/// A mission summary: the agreement, the window's figures, the terms' texts (by term id) and three
/// pictures (PNG bytes): all violations on the map, the trend per party, the heat map along the line.
/// </summary>
public sealed record SummaryReport(
    string AgreementId,
    string AgreementTitle,
    IReadOnlyDictionary<string, string> PartyNames,
    IReadOnlyDictionary<string, string> TermTexts,
    SummaryFigures Figures,
    byte[] MapPng,
    byte[] TrendPng,
    byte[] HeatMapPng,
    IReadOnlyList<string> Notes);
