using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;
using Truce.Reports.Daily;

namespace Truce.Reports.Tests.Daily;

internal static class Fixtures
{
    public static ReportViolation Violation(
        string day,
        string? party,
        string type = "fire.artillery",
        string zone = "security-zone",
        string term = "T1",
        Category category = Category.Probable,
        double confidence = 0.5,
        string hour = "02:00",
        string? id = null)
    {
        var at = DateTimeOffset.Parse($"{day}T{hour}:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var incident = id ?? $"{day}-{party}-{type}-{term}-{hour}-{confidence}";
        var violation = new Violation(
            new IncidentId(incident),
            [new ObservationId(incident)],
            new TermId(term),
            party is null ? null : new PartyCode(party),
            DateOnly.FromDateTime(at.UtcDateTime),
            at,
            category,
            confidence,
            $"{type} in {zone}");
        return new ReportViolation(violation, type, 37.5, 48.0, zone);
    }
}
