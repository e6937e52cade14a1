namespace Truce.Domain.Agreements;

/// <summary>A half-open UTC interval [<see cref="Start"/>, <see cref="End"/>); End is after Start.</summary>
public sealed record TimeWindow
{
    public TimeWindow(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"window end {end:O} is not after its start {start:O}", nameof(end));
        }

        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;
}
