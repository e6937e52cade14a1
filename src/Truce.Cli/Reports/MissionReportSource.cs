using NetTopologySuite.Geometries;
using Truce.Domain.Agreements;
using Truce.Domain.Observations;
using Truce.Domain.Zones;
using Truce.Reports.Charts;
using Truce.Reports.Daily;
using Truce.Reports.Maps;
using Truce.Storage;

namespace Truce.Cli.Reports;

/// <summary>
/// What every report of a mission reads, loaded once from the store: the agreement, every stored
/// violation with its observation's type and place, and the restrictions on monitors. The
/// violations are exactly those <c>truce violations</c> lists, so report numbers equal its output.
/// </summary>
public sealed class MissionReportSource
{
    private const string RestrictionPrefix = "restriction.";

    private MissionReportSource(Agreement agreement, IReadOnlyList<ReportViolation> violations, IReadOnlyList<RestrictionEntry> restrictions)
    {
        Agreement = agreement;
        Violations = violations;
        Restrictions = restrictions;
    }

    public Agreement Agreement { get; }

    public IReadOnlyList<ReportViolation> Violations { get; }

    /// <summary>Every restriction on monitors reported, whether or not it broke a term, ordered by time.</summary>
    public IReadOnlyList<RestrictionEntry> Restrictions { get; }

    public IReadOnlyList<string> Parties => Agreement.Parties.Select(party => party.Code.Value).ToList();

    public IReadOnlyDictionary<string, string> PartyNames => Agreement.Parties.ToDictionary(party => party.Code.Value, party => party.Name);

    public DateOnly FirstDay => DateOnly.FromDateTime(Agreement.Window.Start.UtcDateTime);

    /// <summary>The last UTC day the window touches (its end is excluded).</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(Agreement.Window.End.UtcDateTime.AddTicks(-1));

    /// <summary>True when the agreement says its geography is illustrative (the example mission's hand-drawn front line).</summary>
    public bool IsIllustrative =>
        $"{Agreement.Title} {Agreement.Notes}".Contains("illustrative", StringComparison.OrdinalIgnoreCase)
        || Agreement.Zones.Any(zone => zone.Origin.Contains("illustrative", StringComparison.OrdinalIgnoreCase));

    public static MissionReportSource Load(IMissionStore store, Agreement agreement)
    {
        var stored = store.ReadViolations();
        var wanted = stored.SelectMany(v => v.Observations).ToHashSet();
        var places = new Dictionary<ObservationId, (string Type, double Lon, double Lat)>();
        var restrictions = new List<RestrictionEntry>();
        foreach (var observation in store.ReadObservations(ObservationOrder.ObservedTime))
        {
            var centre = observation.Location.Centroid;
            if (wanted.Contains(observation.Id))
            {
                places[observation.Id] = (observation.Type.Value, centre.X, centre.Y);
            }

            if (observation.Type.Value.StartsWith(RestrictionPrefix, StringComparison.Ordinal))
            {
                restrictions.Add(new RestrictionEntry(observation.ObservedAt.From, observation.Type.Value, centre.X, centre.Y, observation.AttributedTo?.Value, observation.Narrative));
            }
        }

        var zoneOf = agreement.Terms.ToDictionary(term => term.Id, term => term.Target);
        var violations = stored
            .Select(v =>
            {
                var (type, lon, lat) = places.TryGetValue(v.Observations[0], out var place) ? place : ("unknown", double.NaN, double.NaN);
                return new ReportViolation(v, type, lon, lat, zoneOf.GetValueOrDefault(v.Term, v.Term.Value));
            })
            .ToList();
        return new MissionReportSource(agreement, violations, restrictions);
    }

    /// <summary>Restrictions whose observed start falls on the UTC day.</summary>
    public IReadOnlyList<RestrictionEntry> RestrictionsOn(DateOnly day) =>
        Restrictions.Where(r => DateOnly.FromDateTime(r.At.UtcDateTime) == day).ToList();

    /// <summary>Days of the window in order.</summary>
    public IReadOnlyList<DateOnly> Days =>
        Enumerable.Range(0, LastDay.DayNumber - FirstDay.DayNumber + 1).Select(FirstDay.AddDays).ToList();

    /// <summary>Violations per day of the window, one series per party (and one for party unknown when there are any).</summary>
    public IReadOnlyList<TrendSeries> Trend()
    {
        var days = Days;
        var keys = Parties.ToList();
        if (Violations.Any(v => v.Violation.Party is null))
        {
            keys.Add(ComputeDailyFigures.UnknownParty);
        }

        var counts = Violations
            .GroupBy(v => (Day: v.Violation.Day, Party: v.Violation.Party?.Value ?? ComputeDailyFigures.UnknownParty))
            .ToDictionary(group => group.Key, group => group.Count());
        return keys
            .Select(key => new TrendSeries(key, days.Select(day => (double)counts.GetValueOrDefault((day, key))).ToList()))
            .ToList();
    }

    /// <summary>A map of these violations over the agreement's lines and term zones, in WGS84.</summary>
    public MapScene Map(string title, IEnumerable<ReportViolation> violations)
    {
        var projection = Agreement.Projection;
        var termZones = Agreement.Terms.Select(term => term.Zone)
            .Concat(Agreement.Parties.Select(party => party.Controls))
            .OfType<ZoneId>()
            .ToHashSet();
        var areas = Agreement.Zones
            .Where(zone => zone.Kind != ZoneKind.Line && termZones.Contains(zone.Id))
            .Select(zone => new MapFeature(Label(zone), projection.Inverse(zone.Metric)))
            .ToList();
        var lines = Agreement.Zones
            .Where(zone => zone.Kind == ZoneKind.Line)
            .Select(zone => new MapFeature(Label(zone), projection.Inverse(zone.Metric)))
            .ToList();

        var extent = new Envelope();
        foreach (var zone in Agreement.Zones)
        {
            extent.ExpandToInclude(projection.Inverse(zone.Metric).EnvelopeInternal);
        }

        extent.ExpandBy(0.5);
        var groups = Parties.Append(ComputeDailyFigures.UnknownParty).ToList();
        var points = violations
            .Where(v => !double.IsNaN(v.Lon))
            .Select(v => new MapPoint(v.Lon, v.Lat, v.Violation.Party?.Value ?? ComputeDailyFigures.UnknownParty, v.Violation.Category == Domain.Violations.Category.Certain))
            .ToList();
        return new MapScene(title, extent, areas, lines, groups, points, Caption());
    }

    /// <summary>The notes every report carries: the agreement's own notes and the data attribution.</summary>
    public IReadOnlyList<string> Notes()
    {
        var notes = new List<string>();
        if (IsIllustrative)
        {
            notes.Add("The front line and areas of control shown are an illustrative, hand-drawn approximation by the Truce project, not an authoritative map of control.");
        }

        if (Agreement.Notes is { } agreementNotes)
        {
            notes.Add($"Agreement notes: {agreementNotes.Trim()}");
        }

        notes.Add("Boundaries: Made with Natural Earth (public domain). Places: GeoNames (CC BY 4.0). Power plants: Global Power Plant Database v1.3.0, WRI and partners (CC BY 4.0).");
        return notes;
    }

    private string Caption() => IsIllustrative
        ? "Boundaries: Natural Earth. Front line and areas of control: illustrative, not authoritative."
        : "Boundaries: Natural Earth.";

    private static string Label(Zone zone) =>
        zone.Origin.Contains("illustrative", StringComparison.OrdinalIgnoreCase) ? $"{zone.Id} (illustrative)" : zone.Id.Value;
}
