namespace Truce.Domain.Violations;

/// <summary>
/// The one order of violations everywhere (DESIGN.md §7): by time, then incident id, then term id,
/// then party, all ordinal, an unknown party first.
/// </summary>
public sealed class ViolationOrder : IComparer<Violation>
{
    public static ViolationOrder Instance { get; } = new();

    public int Compare(Violation? x, Violation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byTime = x.At.UtcTicks.CompareTo(y.At.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }

        var byIncident = x.Incident.CompareTo(y.Incident);
        if (byIncident != 0)
        {
            return byIncident;
        }

        var byTerm = x.Term.CompareTo(y.Term);
        if (byTerm != 0)
        {
            return byTerm;
        }

        return (x.Party, y.Party) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } a, { } b) => a.CompareTo(b),
        };
    }
}
