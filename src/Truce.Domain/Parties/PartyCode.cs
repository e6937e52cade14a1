namespace Truce.Domain.Parties;

/// <summary>A party's short code as the agreement declares it, such as <c>RU</c> or <c>UA</c>.</summary>
public readonly record struct PartyCode(string Value) : IComparable<PartyCode>
{
    public int CompareTo(PartyCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
