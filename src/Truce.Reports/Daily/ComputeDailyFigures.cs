using Truce.Domain.Violations;

namespace Truce.Reports.Daily;

/// <summary>Computes a daily report's numbers from the mission's violations. Pure.</summary>
public static class ComputeDailyFigures
{
    public const string UnknownParty = "unknown";
    public const int MostSeriousCount = 10;

    /// <param name="day">The report day (UTC).</param>
    /// <param name="windowStart">The first UTC day of the agreement's window.</param>
    /// <param name="violations">Violations of any days; only the report day and the seven before are read.</param>
    /// <param name="parties">The agreement's party codes, in the order the report lists them.</param>
    /// <param name="restrictions">Restrictions on monitors reported on the report day.</param>
    public static DailyFigures For(
        DateOnly day,
        DateOnly windowStart,
        IReadOnlyList<ReportViolation> violations,
        IReadOnlyList<string> parties,
        IReadOnlyList<RestrictionEntry> restrictions)
    {
        var comparisonDays = Enumerable.Range(1, 7)
            .Select(back => day.AddDays(-back))
            .Where(earlier => earlier >= windowStart)
            .ToList();
        var byDay = violations
            .Where(v => v.Violation.Day == day || comparisonDays.Contains(v.Violation.Day))
            .ToLookup(v => v.Violation.Day);

        var partyKeys = parties.ToList();
        if (byDay.SelectMany(group => group).Any(v => v.Violation.Party is null))
        {
            partyKeys.Add(UnknownParty);
        }

        var today = byDay[day].ToList();
        var mostSerious = today
            .OrderBy(v => v.Violation.Category)
            .ThenByDescending(v => v.Violation.Confidence)
            .ThenBy(v => v.Violation.At)
            .ThenBy(v => v.Violation.Incident.Value, StringComparer.Ordinal)
            .ThenBy(v => v.Violation.Term.Value, StringComparer.Ordinal)
            .Take(MostSeriousCount)
            .ToList();

        return new DailyFigures(
            day,
            RowFor("all", _ => "all"),
            Row(PartyKey, partyKeys),
            Row(v => v.Type, null),
            Row(v => v.Zone, null),
            Row(v => v.Violation.Term.Value, null),
            Row(v => v.Violation.Category.ToString().ToLowerInvariant(), Enum.GetValues<Category>().Select(c => c.ToString().ToLowerInvariant()).ToList()),
            mostSerious,
            restrictions.OrderBy(r => r.At).ThenBy(r => r.Type, StringComparer.Ordinal).ToList());

        CountRow RowFor(string key, Func<ReportViolation, string> keyOf)
        {
            var count = byDay[day].Count(v => keyOf(v) == key);
            var previous = byDay[day.AddDays(-1)].Count(v => keyOf(v) == key);
            double? average = comparisonDays.Count == 0
                ? null
                : comparisonDays.Sum(earlier => byDay[earlier].Count(v => keyOf(v) == key)) / (double)comparisonDays.Count;
            return new CountRow(key, count, previous, average);
        }

        IReadOnlyList<CountRow> Row(Func<ReportViolation, string> keyOf, IReadOnlyList<string>? fixedKeys)
        {
            var keys = fixedKeys ?? byDay.SelectMany(group => group).Select(keyOf).Distinct().ToList();
            var rows = keys.Select(key => RowFor(key, keyOf));
            return fixedKeys is not null
                ? rows.ToList()
                : rows.OrderByDescending(row => row.Count).ThenBy(row => row.Key, StringComparer.Ordinal).ToList();
        }
    }

    private static string PartyKey(ReportViolation violation) => violation.Violation.Party?.Value ?? UnknownParty;
}
