namespace Truce.Reports.Daily;

/// <summary>
/// Everything a daily report shows: the agreement it reports on, the day's figures and the two
/// pictures (PNG bytes). <see cref="Notes"/> are printed under the report, such as the
/// illustrative-front-line disclaimer and the data attribution.
/// </summary>
public sealed record DailyReport(
    string AgreementId,
    string AgreementTitle,
    IReadOnlyDictionary<string, string> PartyNames,
    DailyFigures Figures,
    byte[] MapPng,
    byte[] TrendPng,
    IReadOnlyList<string> Notes);
