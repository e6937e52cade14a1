namespace Truce.Domain.Agreements;

/// <summary>A zone's id within its agreement, such as <c>security-zone</c>.</summary>
public readonly record struct ZoneId(string Value) : IComparable<ZoneId>
{
    public int CompareTo(ZoneId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
