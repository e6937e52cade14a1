using Truce.Domain.Observations;

namespace Truce.Storage;

/// <summary>An id the store already holds with different content: both canonical JSON forms, for the message.</summary>
public sealed record ObservationConflict(ObservationId Id, string StoredJson, string OfferedJson);
