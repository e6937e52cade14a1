namespace Truce.Domain.Observations;

/// <summary>The client-chosen identifier (UUID or ULID) of one observation; it is the idempotency key.</summary>
public readonly record struct ObservationId(string Value) : IComparable<ObservationId>
{
    public int CompareTo(ObservationId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
