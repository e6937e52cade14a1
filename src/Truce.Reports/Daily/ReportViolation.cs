using Truce.Domain.Violations;

namespace Truce.Reports.Daily;

/// <summary>
/// A violation with what a report shows beside it: the observation type, a representative place
/// (WGS84 degrees) and the zone of the term it breaks.
/// </summary>
public sealed record ReportViolation(Violation Violation, string Type, double Lon, double Lat, string Zone);
