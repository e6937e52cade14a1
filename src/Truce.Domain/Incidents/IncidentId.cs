namespace Truce.Domain.Incidents;

/// <summary>An incident's id; until fusion exists an observation's incident has the observation's id.</summary>
public readonly record struct IncidentId(string Value) : IComparable<IncidentId>
{
    public int CompareTo(IncidentId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
