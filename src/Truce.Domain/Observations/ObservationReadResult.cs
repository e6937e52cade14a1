namespace Truce.Domain.Observations;

/// <summary>
/// The outcome of reading a batch: either every record (in file order, no errors) or every error
/// found (and then the batch must be rejected whole; <see cref="Observations"/> is empty).
/// </summary>
public sealed record ObservationReadResult(IReadOnlyList<Observation> Observations, IReadOnlyList<ObservationError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;

    /// <summary>Where each accepted observation's id stands in its file; empty when the batch was rejected.</summary>
    public IReadOnlyDictionary<ObservationId, RecordLocation> Locations { get; init; } = new Dictionary<ObservationId, RecordLocation>();
}
