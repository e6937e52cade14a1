using Truce.Domain.Observations;

namespace Truce.Storage;

/// <summary>An observation as it was just stored: its canonical JSON (UTF-8, what the store compares) and when it was received (UTC).</summary>
public sealed record StoredObservation(Observation Observation, byte[] CanonicalJson, DateTimeOffset ReceivedAt);
