using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Distance;
using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Domain.Violations;
using Truce.Domain.Zones;

namespace Truce.Domain.Evaluation;

/// <summary>
/// Evaluates observations against an agreement's terms (DESIGN.md §5; docs/evaluation.md gives
/// every factor). A pure function of the agreement and the observations: the same inputs give the
/// same violations in the same order — by time, then incident id, then term id (ordinal), then party
/// (unknown first). Each observation is its own incident, except no-buildup findings, whose incident
/// is <c>buildup:&lt;term&gt;:&lt;party&gt;:&lt;day&gt;</c>.
/// </summary>
/// <remarks>
/// Construction prepares every term's area once (an STR-tree over all of them, an interval index and
/// a facet index per area); evaluation then costs one tree query per observation and, for the rare
/// disk that a boundary cuts, one polygon intersection. Observations are evaluated on all cores in
/// fixed chunks and the result is sorted, so parallelism never changes the output. Thread-safe.
/// </remarks>
public sealed class ComplianceEvaluator
{
    private const int ChunkSize = 8192;
    private const double AttributedWithoutBasis = 0.8;

    private readonly Agreement _agreement;
    private readonly Term[] _terms;
    private readonly STRtree<TermTarget> _index = new();
    private readonly List<(Party Party, IndexedArea Area)> _controlled = [];
    private readonly ConcurrentDictionary<ObservationType, bool[]> _termsByType = new();

    public ComplianceEvaluator(Agreement agreement)
    {
        _agreement = agreement;
        _terms = [.. agreement.Terms];
        var areas = new Dictionary<ZoneId, IndexedArea>();
        IndexedArea AreaOf(Zone zone) =>
            areas.TryGetValue(zone.Id, out var prepared) ? prepared : areas[zone.Id] = new IndexedArea(zone.Metric);

        foreach (var party in agreement.Parties)
        {
            if (party.Controls is { } controls)
            {
                _controlled.Add((party, AreaOf(agreement.Zone(controls))));
            }
        }

        for (var i = 0; i < _terms.Length; i++)
        {
            var term = _terms[i];
            if (term.Kind == TermKind.KeepAway)
            {
                var line = agreement.Zone(term.Line!.Value);
                var corridor = line.Metric.Buffer(term.DistanceKm!.Value * 1000, AgreementParser.QuadrantSegments);
                var lineDistance = new IndexedFacetDistance(line.Metric);
                lineDistance.Distance(line.Metric.Factory.CreatePoint(new Coordinate(0, 0)));
                foreach (var code in term.Parties)
                {
                    var party = agreement.Party(code);
                    var ownSide = agreement.Zone(party.Controls!.Value);
                    var area = new IndexedArea(corridor.Intersection(ownSide.Metric));
                    Insert(new TermTarget(i, term, area, null, code, line, lineDistance));
                }
            }
            else
            {
                var zone = agreement.Zone(term.Zone!.Value);
                Insert(new TermTarget(i, term, AreaOf(zone), zone, null, null, null));
            }
        }

        _index.Build();
    }

    /// <summary>Evaluates with a fresh evaluator; see <see cref="Evaluate(IEnumerable{Observation})"/>.</summary>
    public static IReadOnlyList<Violation> Evaluate(Agreement agreement, IEnumerable<Observation> observations) =>
        new ComplianceEvaluator(agreement).Evaluate(observations);

    /// <summary>Every violation the observations show, in the order the class documents.</summary>
    public IReadOnlyList<Violation> Evaluate(IEnumerable<Observation> observations)
    {
        var all = observations as IReadOnlyList<Observation> ?? observations.ToList();
        var chunks = (all.Count + ChunkSize - 1) / ChunkSize;
        var found = new List<Violation>[chunks];
        var tallies = new List<BuildupContribution>[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            var violations = new List<Violation>();
            var contributions = new List<BuildupContribution>();
            var end = Math.Min(all.Count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                EvaluateOne(all[i], violations, contributions);
            }

            found[chunk] = violations;
            tallies[chunk] = contributions;
        });

        var result = found.SelectMany(list => list).ToList();
        result.AddRange(Buildups(tallies.SelectMany(list => list)));
        result.Sort(ViolationOrder.Instance);
        return result;
    }

    private void Insert(TermTarget target)
    {
        if (!target.Area.Area.IsEmpty)
        {
            _index.Insert(target.Area.Envelope, target);
        }
    }

    private bool[] TermsCovering(ObservationType type) =>
        _termsByType.GetOrAdd(type, t => [.. _terms.Select(term => term.Covers(t))]);

    private void EvaluateOne(Observation observation, List<Violation> violations, List<BuildupContribution> contributions)
    {
        var covering = TermsCovering(observation.Type);
        if (Array.IndexOf(covering, true) < 0)
        {
            return;
        }

        var place = Place.Of(observation, _agreement.Projection);
        List<Hit>? hits = null;
        foreach (var target in _index.Query(place.Envelope))
        {
            if (!covering[target.TermIndex])
            {
                continue;
            }

            var term = target.Term;
            var timeFactor = TimeFactor(term.Window, observation.ObservedAt);
            if (timeFactor == 0)
            {
                continue;
            }

            var attributed = observation.AttributedTo;
            if (attributed is { } party && !term.Parties.Contains(party))
            {
                continue;
            }

            if (term.Kind == TermKind.KeepAway && attributed is { } owner && target.Side != owner)
            {
                continue;
            }

            if (term.Kind == TermKind.NoBuildup && attributed is null)
            {
                continue;
            }

            var placeFactor = place.FractionIn(target.Area);
            if (placeFactor > 0)
            {
                (hits ??= []).Add(new Hit(target, timeFactor, placeFactor));
            }
        }

        if (hits is null)
        {
            return;
        }

        // Keep-away gives one target per party; an unattributed observation keeps the side that holds most of it.
        hits.Sort(HitOrder);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (i > 0 && hits[i - 1].Target.TermIndex == hit.Target.TermIndex)
            {
                continue;
            }

            if (hit.Target.Term.Kind == TermKind.NoBuildup)
            {
                contributions.Add(new BuildupContribution(hit.Target, observation, hit.TimeFactor, hit.PlaceFactor));
            }
            else if (Finding(observation, place, hit) is { } violation)
            {
                violations.Add(violation);
            }
        }
    }

    private static int HitOrder(Hit x, Hit y)
    {
        var byTerm = x.Target.TermIndex.CompareTo(y.Target.TermIndex);
        if (byTerm != 0)
        {
            return byTerm;
        }

        var byShare = y.PlaceFactor.CompareTo(x.PlaceFactor);
        return byShare != 0 ? byShare : string.CompareOrdinal(x.Target.Side?.Value, y.Target.Side?.Value);
    }

    private Violation? Finding(Observation observation, Place place, Hit hit)
    {
        var term = hit.Target.Term;
        PartyCode? party = observation.AttributedTo;
        double attributionFactor;
        string attribution;
        var heldByControl = false;
        if (party is { } attributed)
        {
            attributionFactor = observation.AttributionBasis is null ? AttributedWithoutBasis : 1.0;
            attribution = observation.AttributionBasis is { } basis
                ? $"attributed to {attributed} by {basis}"
                : $"attributed to {attributed} with no basis given";
        }
        else if (term.Kind == TermKind.FreedomOfMovement && Controller(place) is { } control)
        {
            if (!term.Parties.Contains(control.Party.Code))
            {
                return null;
            }

            party = control.Party.Code;
            attributionFactor = control.Fraction;
            heldByControl = true;
            attribution = $"held against {party}, which controls the place ({Rationale.Percent(control.Fraction)} of it in {control.Party.Controls})";
        }
        else
        {
            attributionFactor = 1.0;
            attribution = term.Kind == TermKind.KeepAway
                ? $"party unknown (not attributed; it lies on {hit.Target.Side}'s own side), not counted against any party"
                : "party unknown (not attributed), not counted against any party";
        }

        var sourceFactor = SourceWeight.Of(observation.Source);
        var confidence = hit.TimeFactor * hit.PlaceFactor * attributionFactor * sourceFactor;
        // Held against a party only partly controlling the place is as unsure as a place only partly in the zone.
        var category = hit.TimeFactor < 1 || hit.PlaceFactor < 1 || (heldByControl && attributionFactor < 1)
            ? Category.Possible
            : SourceWeight.IsStrong(observation.Source) ? Category.Certain : Category.Probable;
        var at = StartWithin(term.Window, observation.ObservedAt);
        var text = string.Join("; ",
            Rationale.Where(observation, place, hit.Target, hit.PlaceFactor),
            attribution,
            Rationale.Source(observation.Source),
            Rationale.When(observation.ObservedAt, term.Window, hit.TimeFactor),
            Rationale.Confidence(confidence, hit.TimeFactor, hit.PlaceFactor, attributionFactor, sourceFactor));
        return new Violation(
            new IncidentId(observation.Id.Value),
            [observation.Id],
            term.Id,
            party,
            DateOnly.FromDateTime(at.UtcDateTime),
            at,
            category,
            confidence,
            text);
    }

    private (Party Party, double Fraction)? Controller(Place place)
    {
        (Party Party, double Fraction)? best = null;
        foreach (var (party, area) in _controlled)
        {
            var fraction = place.FractionIn(area);
            if (fraction > 0 && (best is null || fraction > best.Value.Fraction))
            {
                best = (party, fraction);
            }
        }

        return best;
    }

    private static IEnumerable<Violation> Buildups(IEnumerable<BuildupContribution> contributions)
    {
        var groups = contributions
            .GroupBy(c => (c.Target.TermIndex, Party: c.Observation.AttributedTo!.Value, Day: DateOnly.FromDateTime(StartWithin(c.Target.Term.Window, c.Observation.ObservedAt).UtcDateTime)))
            .OrderBy(g => g.Key.TermIndex)
            .ThenBy(g => g.Key.Party)
            .ThenBy(g => g.Key.Day);
        foreach (var group in groups)
        {
            var items = group.OrderBy(c => c.Observation.Id).ToList();
            var term = items[0].Target.Term;
            var baseline = term.Baseline[group.Key.Party];
            var total = items.Sum(c => Count(c.Observation));
            if (total <= baseline)
            {
                continue;
            }

            var firmItems = items.Where(c => c.TimeFactor == 1 && c.PlaceFactor == 1).ToList();
            var firm = firmItems.Sum(c => Count(c.Observation));
            var expected = items.Sum(c => Count(c.Observation) * c.TimeFactor * c.PlaceFactor);
            var placeTime = firm > baseline ? 1.0 : expected / total;
            var sourceFactor = items.Sum(c => Count(c.Observation) * SourceWeight.Of(c.Observation.Source)) / total;
            var attributionFactor = items.Sum(c => Count(c.Observation) * (c.Observation.AttributionBasis is null ? AttributedWithoutBasis : 1.0)) / total;
            var confidence = placeTime * attributionFactor * sourceFactor;
            var category = firm <= baseline
                ? Category.Possible
                : firmItems.All(c => SourceWeight.IsStrong(c.Observation.Source)) ? Category.Certain : Category.Probable;
            var at = items.Min(c => StartWithin(term.Window, c.Observation.ObservedAt));
            var text = string.Join("; ",
                $"{string.Join(", ", term.Types)}: {total} counted for {group.Key.Party} on {group.Key.Day:yyyy-MM-dd} in {term.Zone} over {items.Count} observation{(items.Count == 1 ? string.Empty : "s")}, above the declared baseline of {baseline} by {total - baseline}",
                $"{firm} of them wholly inside the zone and the term window",
                $"sources {string.Join(", ", items.Select(c => SourceWeight.Rating(c.Observation.Source)).Distinct().Order(StringComparer.Ordinal))}",
                Rationale.Confidence(confidence, placeTime, attributionFactor, sourceFactor));
            yield return new Violation(
                new IncidentId($"buildup:{term.Id}:{group.Key.Party}:{group.Key.Day:yyyy-MM-dd}"),
                [.. items.Select(c => c.Observation.Id)],
                term.Id,
                group.Key.Party,
                group.Key.Day,
                at,
                category,
                confidence,
                text);
        }
    }

    /// <summary>
    /// When a finding happened: the observed start, or the window's start when the observed interval
    /// began before it — so a finding's day always lies inside the term's window.
    /// </summary>
    internal static DateTimeOffset StartWithin(TimeWindow window, ObservedInterval observed) =>
        observed.From < window.Start ? window.Start : observed.From;

    private static int Count(Observation observation) => observation.Count ?? 1;

    /// <summary>
    /// The share of the observed interval inside the half-open window: 1 when it lies wholly inside
    /// (an instant exactly at the start counts, exactly at the end does not), 0 when disjoint.
    /// </summary>
    internal static double TimeFactor(TimeWindow window, ObservedInterval observed)
    {
        if (observed.IsInstant)
        {
            return window.Contains(observed.From) ? 1 : 0;
        }

        if (observed.From >= window.Start && observed.To < window.End)
        {
            return 1;
        }

        var start = observed.From > window.Start ? observed.From : window.Start;
        var end = observed.To < window.End ? observed.To : window.End;
        if (end <= start)
        {
            return 0;
        }

        var fraction = (end - start).TotalSeconds / (observed.To - observed.From).TotalSeconds;
        return Math.Min(fraction, IndexedArea.PartialCeiling);
    }

    private sealed record Hit(TermTarget Target, double TimeFactor, double PlaceFactor);

    private sealed record BuildupContribution(TermTarget Target, Observation Observation, double TimeFactor, double PlaceFactor);
}
