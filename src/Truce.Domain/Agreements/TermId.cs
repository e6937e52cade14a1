namespace Truce.Domain.Agreements;

/// <summary>A term's id within its agreement, such as <c>T1</c>.</summary>
public readonly record struct TermId(string Value) : IComparable<TermId>
{
    public int CompareTo(TermId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
