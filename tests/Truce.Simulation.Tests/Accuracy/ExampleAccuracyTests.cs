using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Simulation.Accuracy;
using Truce.Simulation.Agreements;
using Truce.Simulation.Generation;

namespace Truce.Simulation.Tests.Accuracy;

/// <summary>
/// The whole pipeline — simulate under the example agreement, evaluate with the engine, measure —
/// for 30 days at seed 42. Only sanity bounds, wide enough for any reasonable noise model, narrow
/// enough to catch a broken link (lost attribution, wrong projection, ids that do not join).
/// </summary>
public sealed class ExampleAccuracyTests
{
    private static readonly Lazy<AccuracyReport> Report = new(() =>
    {
        var agreement = ExampleAgreement.Value;
        var simulator = new Simulator(AgreementTheatre.From(agreement, 30).Theatre!, new SimulationOptions { Seed = 42, TermsBroken = new AgreementBreaks(agreement).Of });
        var steps = simulator.Run().ToList();
        var findings = ComplianceEvaluator.Evaluate(agreement, steps.SelectMany(s => s.Observations));
        return MeasureAccuracy.Measure(agreement.Terms, steps.Where(s => s.Truth is not null).Select(s => s.Truth!), findings);
    });

    private static KindAccuracy Kind(TermKind kind) => Report.Value.Kinds.Single(k => k.Kind == kind);

    [Fact]
    public void MostCeasefireViolationsAreFoundAndHeldAgainstTheRightParty()
    {
        var prohibit = Kind(TermKind.ProhibitActivity);

        Assert.True(prohibit.TrueViolations > 1000, $"{prohibit.TrueViolations} true violations");
        Assert.InRange(prohibit.Recall, 0.4, 1.0);
        Assert.InRange(prohibit.DetectionRecall, 0.6, 1.0);
        Assert.InRange(prohibit.UniquePrecision, 0.3, 1.0);
    }

    [Fact]
    public void EveryKindOfTermTheSimulatorExercisesIsFoundSometimes()
    {
        foreach (var kind in new[] { TermKind.KeepAway, TermKind.ProtectSites, TermKind.FreedomOfMovement })
        {
            Assert.True(Kind(kind).TrueViolations > 0, $"{kind}: no true violations");
            Assert.InRange(Kind(kind).DetectionRecall, 0.3, 1.0);
        }
    }

    [Fact]
    public void WithoutFusionDuplicatesInflateTheCountAndFalseReportsStayASmallShare()
    {
        var total = Report.Value.Total;

        Assert.True(total.Duplicates > 0);
        Assert.True(total.RawPrecision > total.UniquePrecision);
        Assert.InRange(total.FalseReportShare, 0.001, 0.15);
    }
}
