using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;

namespace Truce.Domain.Violations;

/// <summary>
/// One finding: an incident breaks a term, held against a party (null when the incident is
/// unattributed: reported, never counted against a party). <see cref="Day"/> is the UTC day of the
/// incident; <see cref="Confidence"/> lies in [0, 1].
/// </summary>
public sealed record Violation(
    IncidentId Incident,
    IReadOnlyList<ObservationId> Observations,
    TermId Term,
    PartyCode? Party,
    DateOnly Day,
    DateTimeOffset At,
    Category Category,
    double Confidence,
    string Rationale);
