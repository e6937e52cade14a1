namespace Truce.Domain.Taxonomy;

/// <summary>A dotted observation type code of the taxonomy, such as <c>fire.artillery</c>.</summary>
public readonly record struct ObservationType(string Value) : IComparable<ObservationType>
{
    public int CompareTo(ObservationType other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
