using Truce.Domain.Agreements;

namespace Truce.Simulation.Accuracy;

/// <summary>
/// Violations found against true violations for one term kind (or all kinds, <see cref="Kind"/>
/// null). Every finding lands in exactly one of <see cref="Matched"/>, <see cref="Duplicates"/>,
/// <see cref="Misattributed"/>, <see cref="Unattributed"/>, <see cref="NotBroken"/> and
/// <see cref="FalseReports"/>; ratios are NaN when their denominator is 0.
/// </summary>
public sealed record KindAccuracy
{
    public TermKind? Kind { get; init; }

    /// <summary>True violations: (true event, term it breaks, the event's party).</summary>
    public int TrueViolations { get; init; }

    /// <summary>Findings (violations the engine found) of terms of this kind.</summary>
    public int Findings { get; init; }

    /// <summary>Findings that are the first to report a true violation, with the right term and party.</summary>
    public int Matched { get; init; }

    /// <summary>True violations reported by at least one finding of the right term, whatever party it names (or none).</summary>
    public int Detected { get; init; }

    /// <summary>Findings that report a true violation another finding already matched (several reports of one event).</summary>
    public int Duplicates { get; init; }

    /// <summary>Findings of a term the reported event breaks, held against the wrong party.</summary>
    public int Misattributed { get; init; }

    /// <summary>Findings of a term the reported event breaks, held against no party (not attributed).</summary>
    public int Unattributed { get; init; }

    /// <summary>Findings from a report of a real event that does not break the term (noise in place, time or type).</summary>
    public int NotBroken { get; init; }

    /// <summary>Findings from a report of an event that never happened.</summary>
    public int FalseReports { get; init; }

    /// <summary>Share of true violations matched by at least one finding.</summary>
    public double Recall => Ratio(Matched, TrueViolations);

    /// <summary>Share of true violations reported by some finding of the right term, against any party or none.</summary>
    public double DetectionRecall => Ratio(Detected, TrueViolations);

    /// <summary>Share of findings that report a true violation correctly, counting every duplicate as correct — what a count of findings suggests.</summary>
    public double RawPrecision => Ratio(Matched + Duplicates, Findings);

    /// <summary>Precision counting each true violation once: matched over findings that are not duplicates.</summary>
    public double UniquePrecision => Ratio(Matched, Findings - Duplicates);

    /// <summary>Findings over true violations: above 1 when duplicates and false findings inflate the count.</summary>
    public double Inflation => Ratio(Findings, TrueViolations);

    public double DuplicateShare => Ratio(Duplicates, Findings);

    public double FalseReportShare => Ratio(FalseReports, Findings);

    public double MisattributedShare => Ratio(Misattributed, Findings);

    public double UnattributedShare => Ratio(Unattributed, Findings);

    public double NotBrokenShare => Ratio(NotBroken, Findings);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
