using Truce.Domain.Agreements;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Accuracy;

/// <summary>
/// Compares the violations the evaluation engine found in simulated observations with the true
/// violations of the ground truth, per term kind. A true violation is (true event, term in its
/// <see cref="TrueEvent.Breaks"/>, the event's party). A finding of term T against party P from
/// observation O is matched when O reports a true event that breaks T and P is the event's party;
/// a later finding of the same (event, T) is a duplicate — without fusion, every report of one
/// event is its own incident. Findings are taken in the order given (the engine's order: by time).
/// Pure: no I/O, the same inputs give the same report.
/// </summary>
public static class MeasureAccuracy
{
    public static AccuracyReport Measure(IReadOnlyList<Term> terms, IEnumerable<TrueEvent> truth, IEnumerable<Violation> findings)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(findings);
        var kindOf = terms.ToDictionary(term => term.Id.Value, term => term.Kind, StringComparer.Ordinal);
        var kinds = terms.Select(term => term.Kind).Where(kind => kind != TermKind.NoBuildup).Distinct().ToList();
        var tallies = kinds.ToDictionary(kind => kind, _ => new Tally());

        var events = new List<(string Id, PartyCode Party, IReadOnlyList<string> Breaks)>();
        var reporting = new Dictionary<ObservationId, int>();
        foreach (var trueEvent in truth)
        {
            foreach (var term in trueEvent.Breaks)
            {
                if (kindOf.TryGetValue(term, out var kind) && tallies.TryGetValue(kind, out var tally))
                {
                    tally.TrueViolations++;
                }
            }

            foreach (var observation in trueEvent.ReportedBy)
            {
                reporting[observation] = events.Count;
            }

            events.Add((trueEvent.Id, trueEvent.Party, trueEvent.Breaks));
        }

        var matched = new HashSet<(int Event, string Term)>();
        var detected = new HashSet<(int Event, string Term)>();
        var notMeasured = 0;
        foreach (var finding in findings)
        {
            if (!kindOf.TryGetValue(finding.Term.Value, out var kind) || !tallies.TryGetValue(kind, out var tally))
            {
                notMeasured++;
                continue;
            }

            tally.Findings++;
            if (finding.Observations.Count != 1 || !reporting.TryGetValue(finding.Observations[0], out var index))
            {
                tally.FalseReports++;
                continue;
            }

            var reported = events[index];
            if (!reported.Breaks.Contains(finding.Term.Value, StringComparer.Ordinal))
            {
                tally.NotBroken++;
                continue;
            }

            if (detected.Add((index, finding.Term.Value)))
            {
                tally.Detected++;
            }

            if (finding.Party is null)
            {
                tally.Unattributed++;
            }
            else if (finding.Party != reported.Party)
            {
                tally.Misattributed++;
            }
            else if (matched.Add((index, finding.Term.Value)))
            {
                tally.Matched++;
            }
            else
            {
                tally.Duplicates++;
            }
        }

        var rows = kinds.Select(kind => tallies[kind].ToAccuracy(kind)).ToList();
        var total = tallies.Values.Aggregate(new Tally(), (sum, t) => sum.Add(t)).ToAccuracy(null);
        return new AccuracyReport(rows, total, notMeasured);
    }

    private sealed class Tally
    {
        public int TrueViolations { get; set; }

        public int Findings { get; set; }

        public int Matched { get; set; }

        public int Detected { get; set; }

        public int Duplicates { get; set; }

        public int Misattributed { get; set; }

        public int Unattributed { get; set; }

        public int NotBroken { get; set; }

        public int FalseReports { get; set; }

        public Tally Add(Tally other)
        {
            TrueViolations += other.TrueViolations;
            Findings += other.Findings;
            Matched += other.Matched;
            Detected += other.Detected;
            Duplicates += other.Duplicates;
            Misattributed += other.Misattributed;
            Unattributed += other.Unattributed;
            NotBroken += other.NotBroken;
            FalseReports += other.FalseReports;
            return this;
        }

        public KindAccuracy ToAccuracy(TermKind? kind) => new()
        {
            Kind = kind,
            TrueViolations = TrueViolations,
            Findings = Findings,
            Matched = Matched,
            Detected = Detected,
            Duplicates = Duplicates,
            Misattributed = Misattributed,
            Unattributed = Unattributed,
            NotBroken = NotBroken,
            FalseReports = FalseReports,
        };
    }
}
