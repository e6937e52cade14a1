using System.Globalization;
using Truce.Cli.Agreements;
using Truce.Domain.Agreements;
using Truce.Domain.Evaluation;
using Truce.Domain.Observations;
using Truce.Domain.Violations;
using Truce.Simulation.Accuracy;
using Truce.Simulation.Agreements;
using Truce.Simulation.Generation;
using Truce.Simulation.Output;
using Truce.Simulation.Truth;

namespace Truce.Cli.Simulation;

/// <summary>
/// <c>truce simulate --agreement FILE [--days N] [--seed S] --out DIR [--scale N] [--measure]</c>:
/// builds the simulated theatre from the agreement, writes <c>DIR/observations.ndjson</c> (ingestible
/// by a mission initialised with the same agreement) and <c>DIR/truth.ndjson</c> with each true
/// event's broken terms decided by the evaluation engine. Progress goes to the error stream, the
/// summary (and with <c>--measure</c> the accuracy tables) to the output stream.
/// </summary>
public static class SimulateMission
{
    /// <summary>Runs the command; returns the exit code (0 written, 1 user error).</summary>
    public static int Run(SimulationRequest request, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Days is < 0)
        {
            error.WriteLine($"simulate: --days must be 0 or more, not {request.Days}");
            return ExitCodes.UserError;
        }

        if (request.ProgressEvery <= 0)
        {
            error.WriteLine($"simulate: the progress interval must be positive, not {request.ProgressEvery}");
            return ExitCodes.UserError;
        }

        if (!double.IsFinite(request.Scale) || request.Scale < 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: --scale must be a finite number ≥ 0, not {request.Scale}"));
            return ExitCodes.UserError;
        }

        var parsed = AgreementFiles.Load(request.Agreement);
        if (parsed.Agreement is not { } agreement)
        {
            foreach (var mistake in parsed.Errors)
            {
                error.WriteLine(mistake.ToString());
            }

            error.WriteLine($"{request.Agreement}: the agreement has {parsed.Errors.Count} error(s); nothing simulated");
            return ExitCodes.UserError;
        }

        var (theatre, problem) = AgreementTheatre.From(agreement, request.Days);
        if (theatre is null)
        {
            error.WriteLine($"{request.Agreement}: {problem}");
            return ExitCodes.UserError;
        }

        var breaks = new AgreementBreaks(agreement);
        var simulator = new Simulator(theatre, new SimulationOptions { Seed = request.Seed, Scale = request.Scale, TermsBroken = breaks.Of });

        Directory.CreateDirectory(request.OutputDirectory);
        var observationsPath = Path.Combine(request.OutputDirectory, SimulationFiles.ObservationsFile);
        var truthPath = Path.Combine(request.OutputDirectory, SimulationFiles.TruthFile);
        SimulationTotals totals;
        using (var observationFile = new FileStream(observationsPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var truthFile = new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            totals = SimulationFiles.Write(simulator.Run(), observationFile, truthFile, request.ProgressEvery, progress =>
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulate: {progress.Observations:N0} observations, {progress.TrueEvents:N0} true events so far")));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"simulated {theatre.Days} day(s) from {theatre.WindowStart:yyyy-MM-dd} under {agreement.Id} (seed {request.Seed}, scale {request.Scale}): " +
            $"{totals.TrueEvents} true event(s), {totals.Observations} observation(s) of which {totals.FalseReports} false report(s)"));
        output.WriteLine($"  {observationsPath}");
        output.WriteLine($"  {truthPath}");

        if (request.Measure)
        {
            Measure(agreement, simulator, output);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Evaluates the run's observations with the engine and prints precision and recall per term
    /// kind, for every finding and for certain or probable findings only. The run is generated
    /// again (same seed, same stream) rather than read back, so the files need no second parse.
    /// </summary>
    private static void Measure(Agreement agreement, Simulator simulator, TextWriter output)
    {
        var truth = new List<TrueEvent>();
        var observations = new List<Observation>();
        foreach (var step in simulator.Run())
        {
            if (step.Truth is { } trueEvent)
            {
                truth.Add(trueEvent);
            }

            observations.AddRange(step.Observations);
        }

        var findings = ComplianceEvaluator.Evaluate(agreement, observations);
        output.WriteLine();
        output.WriteLine($"accuracy against the ground truth, all {findings.Count} finding(s):");
        output.WriteLine();
        output.Write(AccuracyTable.Markdown(MeasureAccuracy.Measure(agreement.Terms, truth, findings)));
        var firm = findings.Where(f => f.Category != Category.Possible).ToList();
        output.WriteLine();
        output.WriteLine($"certain or probable findings only ({firm.Count}):");
        output.WriteLine();
        output.Write(AccuracyTable.Markdown(MeasureAccuracy.Measure(agreement.Terms, truth, firm)));
    }
}
