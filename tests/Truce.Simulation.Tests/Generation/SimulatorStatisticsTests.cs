using Truce.Domain.Observations;
using Truce.Simulation.Generation;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Tests.Generation;

/// <summary>
/// Statistical properties over a large sample, checked against the model written in
/// docs/simulation.md; tolerances are several standard errors wide, so a pass is not luck and a
/// failure is a real change of behaviour.
/// </summary>
public sealed class SimulatorStatisticsTests(LargeSample sample) : IClassFixture<LargeSample>
{
    private static bool IsFire(TrueEvent e) => e.Type.Value.StartsWith("fire.", StringComparison.Ordinal);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [Fact]
    public void DailyFireRatePerPartyMatchesItsConfiguredMean()
    {
        var ru = sample.Events.Count(e => IsFire(e) && e.Party == LargeSample.Ru) / (double)LargeSample.Days;
        var ua = sample.Events.Count(e => IsFire(e) && e.Party == LargeSample.Ua) / (double)LargeSample.Days;

        Assert.InRange(ru, 50 * 0.88, 50 * 1.12);
        Assert.InRange(ua, 20 * 0.88, 20 * 1.12);
    }

    [Fact]
    public void DailyCountsAreOverdispersedWithQuietAndViolentDays()
    {
        var perDay = sample.Events
            .Where(e => IsFire(e) && e.Party == LargeSample.Ru)
            .GroupBy(e => e.At.UtcDateTime.Date)
            .Select(g => (double)g.Count())
            .ToList();
        var mean = perDay.Average();
        var variance = perDay.Sum(x => (x - mean) * (x - mean)) / (perDay.Count - 1);

        // Gamma-Poisson with shape 4: variance = μ + μ²/4 ≈ 675 for μ = 50, far above Poisson's 50.
        Assert.True(variance > 5 * mean, $"variance {variance:0} is not well above the mean {mean:0}");
        Assert.True(perDay.Max() > 2 * mean, "no violent day at twice the mean");
        Assert.True(perDay.Min() < mean / 2, "no quiet day at half the mean");
    }

    [Fact]
    public void ATrendRaisesTheRateDayAfterDay()
    {
        var options = new SimulationOptions
        {
            Seed = 11,
            Activity = [new PartyActivity(LargeSample.Ru, 20, 0.03), new PartyActivity(LargeSample.Ua, 20, -0.03)],
        };
        var events = new Simulator(TestTheatres.ForDays(60), options).Truth().Where(IsFire).ToList();
        var start = TestTheatres.Default.WindowStart;
        double Count(Truce.Domain.Parties.PartyCode party, int fromDay, int toDay) =>
            events.Count(e => e.Party == party && e.At >= start.AddDays(fromDay) && e.At < start.AddDays(toDay));

        // 1.03^50 ≈ 4.4 and 0.97^50 ≈ 0.22 between the first and the last ten days.
        Assert.True(Count(LargeSample.Ru, 50, 60) > 2.5 * Count(LargeSample.Ru, 0, 10));
        Assert.True(Count(LargeSample.Ua, 50, 60) < 0.45 * Count(LargeSample.Ua, 0, 10));
    }

    [Fact]
    public void ThreeQuartersOfFireFallsAtNight()
    {
        var fire = sample.Events.Where(IsFire).ToList();
        var night = fire.Count(e => e.At.UtcDateTime.Hour is >= 18 or < 6) / (double)fire.Count;

        Assert.InRange(night, 0.73, 0.77);
    }

    [Fact]
    public void WhatMonitorsSawIsTensOfMetresOffAndWhatTheyHeardIsKilometresOff()
    {
        double Error((TrueEvent Event, Observation Observation) r) => IndependentGeometry.HaversineM(
            r.Event.Location.Y, r.Event.Location.X, r.Observation.Location.Centroid.Y, r.Observation.Location.Centroid.X);
        var seen = sample.Reports.Where(r => r.Observation.Source.Perception == Perception.Seen).Select(Error).ToList();
        var heard = sample.Reports.Where(r => r.Observation.Source.Perception == Perception.Heard).Select(Error).ToList();
        var sensor = sample.Reports.Where(r => r.Observation.Source.Perception == Perception.Sensor).Select(Error).ToList();

        Assert.True(seen.Count > 1000 && heard.Count > 1000 && sensor.Count > 1000);
        Assert.InRange(Median(seen), 10, 100);
        Assert.InRange(Median(heard), 700, 5_000);
        Assert.InRange(Median(sensor), 100, 300);
        Assert.True(seen.Count(e => e > 100) < seen.Count * 0.01, "more than 1 % of seen reports are over 100 m off");
    }

    [Fact]
    public void HeardReportsGiveABearingAndKilometresOfUncertaintyAndSeenReportsTensOfMetres()
    {
        var heard = sample.Observations.Where(o => o.Source.Perception == Perception.Heard).ToList();
        var seen = sample.Observations.Where(o => o.Source.Perception == Perception.Seen).ToList();

        Assert.All(heard, o => Assert.InRange(o.BearingDeg ?? -1, 0, 359.999));
        Assert.All(heard, o => Assert.True(o.UncertaintyM >= 1_000));
        Assert.All(seen, o => Assert.Null(o.BearingDeg));
        Assert.All(seen, o => Assert.InRange(o.UncertaintyM, 10, 100));
    }

    [Theory]
    [InlineData(Perception.Seen, 0.93)] // Rayleigh σ 20 m inside 50 m: 1 − e^(−3.125) ≈ 0.956
    [InlineData(Perception.Sensor, 0.99)] // σ 150 m inside 500 m: ≈ 0.996
    [InlineData(Perception.Heard, 0.70)] // bearing ±8°, distance ×logN(0, 0.35) inside half the distance: ≈ 0.8
    public void TheStatedUncertaintyUsuallyHoldsTheTruePlace(Perception perception, double minimumShare)
    {
        var reports = sample.Reports.Where(r => r.Observation.Source.Perception == perception).ToList();
        var inside = reports.Count(r => IndependentGeometry.HaversineM(
            r.Event.Location.Y, r.Event.Location.X, r.Observation.Location.Centroid.Y, r.Observation.Location.Centroid.X) <= r.Observation.UncertaintyM);

        Assert.True(inside >= minimumShare * reports.Count, $"{inside} of {reports.Count} {perception} reports hold the true place");
        Assert.True(inside < reports.Count, "an uncertainty that always holds is not noise");
    }

    [Fact]
    public void TimeErrorFollowsThePerception()
    {
        foreach (var (e, o) in sample.Reports)
        {
            switch (o.Source.Perception)
            {
                case Perception.Seen or Perception.Heard:
                    Assert.True(o.ObservedAt.IsInstant);
                    Assert.True((o.ObservedAt.From - e.At).Duration() < TimeSpan.FromMinutes(20));
                    break;
                case Perception.Sensor:
                    Assert.Equal(ObservedInterval.At(e.At), o.ObservedAt);
                    break;
                default:
                    Assert.False(o.ObservedAt.IsInstant);
                    Assert.InRange(e.At, o.ObservedAt.From, o.ObservedAt.To);
                    Assert.True(o.ObservedAt.To - o.ObservedAt.From >= TimeSpan.FromHours(1));
                    break;
            }
        }
    }

    [Fact]
    public void AboutFivePercentOfObservationsAreFalseReports()
    {
        var reported = sample.Events.SelectMany(e => e.ReportedBy).ToHashSet();
        var falseShare = sample.Observations.Count(o => !reported.Contains(o.Id)) / (double)sample.Observations.Count;

        Assert.InRange(falseShare, 0.04, 0.06);
    }

    [Fact]
    public void AQuarterOfFireGoesUnreportedAndTheRestHasAboutOnePointSixReports()
    {
        var fire = sample.Events.Where(IsFire).ToList();
        var missed = fire.Count(e => e.ReportedBy.Count == 0) / (double)fire.Count;
        var reportsPerDetected = fire.Where(e => e.ReportedBy.Count > 0).Average(e => e.ReportedBy.Count);

        // Detection 0.75; reports per detected event 1 + Poisson(0.6).
        Assert.InRange(missed, 0.23, 0.27);
        Assert.InRange(reportsPerDetected, 1.55, 1.65);
    }

    [Fact]
    public void SomeEventsAreReportedByMonitorsSensorsPartiesAndOpenSourcesAtOnce()
    {
        var kinds = sample.Reports
            .GroupBy(r => r.Event.Id)
            .Select(g => g.Select(r => r.Observation.Source.Kind).Distinct().Count())
            .ToList();

        Assert.Contains(kinds, k => k >= 3);
        Assert.True(kinds.Count(k => k >= 2) > kinds.Count / 10);
    }

    [Fact]
    public void MonitorsWhoSawAnEventRarelyMisattributeItAndPartiesSometimesShiftTheBlame()
    {
        var seen = sample.Reports
            .Where(r => r.Observation.Source.Perception == Perception.Seen && r.Observation.AttributedTo is not null && r.Event.Class != EventClass.MonitorRestriction)
            .ToList();
        var alleged = sample.Reports.Where(r => r.Observation.Source.Kind == "party").ToList();
        var seenWrong = seen.Count(r => r.Observation.AttributedTo != r.Event.Party) / (double)seen.Count;
        var allegedWrong = alleged.Count(r => r.Observation.AttributedTo != r.Event.Party) / (double)alleged.Count;

        Assert.InRange(seenWrong, 0.03, 0.07);
        Assert.InRange(allegedWrong, 0.08, 0.12);
    }

    [Fact]
    public void EveryKindOfViolationAndOfCompliantActivityOccurs()
    {
        var classes = sample.Events.Select(e => e.Class).ToHashSet();

        Assert.Equal(Enum.GetValues<EventClass>().ToHashSet(), classes);
    }
}
