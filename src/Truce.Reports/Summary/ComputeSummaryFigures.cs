using System.Globalization;
using Truce.Reports.Daily;

namespace Truce.Reports.Summary;

/// <summary>Computes a mission summary's numbers from all violations of the window. Pure.</summary>
public static class ComputeSummaryFigures
{
    public const int WorstDayCount = 5;
    public const double DefaultBandKm = 25;

    /// <param name="firstDay">First UTC day of the window.</param>
    /// <param name="lastDay">Last UTC day of the window (inclusive).</param>
    /// <param name="violations">The mission's violations; those outside the days are ignored.</param>
    /// <param name="parties">The agreement's party codes in report order.</param>
    /// <param name="line">The contact line for the heat map.</param>
    /// <param name="bandKm">Width of one heat-map band along the line, in km.</param>
    public static SummaryFigures For(
        DateOnly firstDay,
        DateOnly lastDay,
        IReadOnlyList<ReportViolation> violations,
        IReadOnlyList<string> parties,
        AlongLine line,
        double bandKm = DefaultBandKm)
    {
        var days = Enumerable.Range(0, lastDay.DayNumber - firstDay.DayNumber + 1).Select(firstDay.AddDays).ToList();
        var inWindow = violations.Where(v => v.Violation.Day >= firstDay && v.Violation.Day <= lastDay).ToList();
        var partyKeys = parties.ToList();
        if (inWindow.Any(v => v.Violation.Party is null))
        {
            partyKeys.Add(ComputeDailyFigures.UnknownParty);
        }

        var byParty = partyKeys.Select(key => new KeyCount(key, inWindow.Count(v => PartyKey(v) == key))).ToList();
        var byTerm = inWindow
            .GroupBy(v => v.Violation.Term.Value, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new TermPartyRow(
                group.Key,
                group.Count(),
                partyKeys.ToDictionary(key => key, key => group.Count(v => PartyKey(v) == key))))
            .ToList();
        var worst = days
            .Select(day => new KeyCount(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inWindow.Count(v => v.Violation.Day == day)))
            .Where(day => day.Count > 0)
            .OrderByDescending(day => day.Count)
            .ThenBy(day => day.Key, StringComparer.Ordinal)
            .Take(WorstDayCount)
            .ToList();
        var daily = partyKeys.ToDictionary(
            key => key,
            key => (IReadOnlyList<int>)days.Select(day => inWindow.Count(v => v.Violation.Day == day && PartyKey(v) == key)).ToList());

        var bands = Math.Max(1, (int)Math.Ceiling(line.LengthKm / bandKm));
        var heat = new int[bands, days.Count];
        foreach (var violation in inWindow)
        {
            var band = Math.Min(bands - 1, (int)(line.PositionKm(violation.Lon, violation.Lat) / bandKm));
            heat[band, violation.Violation.Day.DayNumber - firstDay.DayNumber]++;
        }

        return new SummaryFigures(firstDay, lastDay, inWindow.Count, byParty, byTerm, worst, days, daily, bandKm, heat, inWindow);
    }

    private static string PartyKey(ReportViolation violation) => violation.Violation.Party?.Value ?? ComputeDailyFigures.UnknownParty;
}
