using Truce.Domain.Observations;
using Truce.Simulation.Generation;

namespace Truce.Simulation.Output;

/// <summary>
/// Writes one simulation run as the two files of <c>truce simulate</c>: observations as NDJSON with
/// the shared <see cref="ObservationWriter"/> (what <c>truce ingest</c> reads) and the ground truth
/// with <see cref="TruthNdjsonWriter"/>. Streams: memory stays bounded by one event's reports.
/// </summary>
public static class SimulationFiles
{
    public const string ObservationsFile = "observations.ndjson";

    public const string TruthFile = "truth.ndjson";

    /// <summary>
    /// Writes every step of <paramref name="run"/> and returns the totals. <paramref name="progress"/>
    /// is called with the running totals after each step that takes the observation count across a
    /// multiple of <paramref name="progressEvery"/>.
    /// </summary>
    public static SimulationTotals Write(IEnumerable<SimulatedEvent> run, Stream observations, Stream truth, long progressEvery = 100_000, Action<SimulationTotals>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(progressEvery);
        long observationCount = 0;
        long events = 0;
        long falseReports = 0;
        using (var truthWriter = new TruthNdjsonWriter(truth))
        {
            foreach (var step in run)
            {
                if (step.Truth is { } trueEvent)
                {
                    truthWriter.Write(trueEvent);
                    events++;
                }
                else
                {
                    falseReports += step.Observations.Count;
                }

                ObservationWriter.WriteNdjson(step.Observations, observations);
                var before = observationCount;
                observationCount += step.Observations.Count;
                if (progress is not null && before / progressEvery != observationCount / progressEvery)
                {
                    progress(new SimulationTotals(events, observationCount, falseReports));
                }
            }
        }

        observations.Flush();
        return new SimulationTotals(events, observationCount, falseReports);
    }
}
