using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;

namespace Truce.Storage;

/// <summary>
/// Everything a mission keeps: its agreement, the observations it accepted and the violations its last
/// evaluation found. The guarantees, which every implementation must keep and the shared tests check:
/// <list type="bullet">
/// <item>Durable once it returns: a write method that returned has reached stable storage (fsync).</item>
/// <item>A batch is stored whole or not at all, even across a crash or power loss.</item>
/// <item>Re-sending an identical observation (same id, same canonical JSON) is a no-op.</item>
/// <item>A different observation under a known id is a conflict: reported, never an overwrite; a batch
/// with any conflict stores nothing.</item>
/// <item>Each write runs in one explicit transaction; its <c>inTransaction</c> hook runs inside it, after the
/// rows are written and before the commit, so that what the hook writes (the transparency log's entries)
/// commits or rolls back together with them. A hook that throws rolls the whole write back.</item>
/// <item>One writer: write methods serialize; reads see the last committed state and never block the writer.</item>
/// </list>
/// Times are UTC; distances metres; coordinates WGS84.
/// </summary>
public interface IMissionStore : IDisposable
{
    /// <summary>The latest stored version of the agreement, or null before <c>init</c>.</summary>
    AgreementSource? ReadAgreement();

    /// <summary>
    /// Stores the agreement as the mission's agreement. Storing the one already stored is a no-op; a
    /// different one is refused (<see cref="AgreementStoreOutcome.Conflict"/>) — amendments are future work.
    /// </summary>
    AgreementStoreOutcome StoreAgreement(AgreementSource agreement, DateTimeOffset storedAt, Action<StoreTransaction>? inTransaction = null);

    /// <summary>
    /// Stores one validated batch, received at <paramref name="receivedAt"/>. The hook gets the newly
    /// stored observations (not those already present), in batch order, and is not called when the batch
    /// has conflicts (then nothing is stored).
    /// </summary>
    ObservationBatchOutcome StoreObservations(
        IReadOnlyList<Observation> batch,
        DateTimeOffset receivedAt,
        Action<StoreTransaction, IReadOnlyList<StoredObservation>>? inTransaction = null);

    long CountObservations();

    /// <summary>Every stored observation, streamed (dispose the enumerator to release the read), with <see cref="Observation.ReceivedAt"/> set.</summary>
    IEnumerable<Observation> ReadObservations(ObservationOrder order);

    /// <summary>Replaces the whole set of violations with the result of one evaluation run.</summary>
    void ReplaceViolations(IReadOnlyList<Violation> violations, Action<StoreTransaction>? inTransaction = null);

    /// <summary>Stored violations, optionally of one UTC day and/or one party, ordered by time, then incident, then term, then party.</summary>
    IReadOnlyList<Violation> ReadViolations(DateOnly? day = null, PartyCode? party = null);
}
