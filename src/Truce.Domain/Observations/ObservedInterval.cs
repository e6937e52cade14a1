namespace Truce.Domain.Observations;

/// <summary>
/// When an observed event happened, in UTC: an instant (<see cref="From"/> equals <see cref="To"/>)
/// or a closed interval the event lies somewhere in.
/// </summary>
public readonly record struct ObservedInterval
{
    public ObservedInterval(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException($"interval end {to:O} is before its start {from:O}", nameof(to));
        }

        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public bool IsInstant => From == To;

    public static ObservedInterval At(DateTimeOffset instant) => new(instant, instant);
}
