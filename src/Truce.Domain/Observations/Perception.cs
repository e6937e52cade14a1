namespace Truce.Domain.Observations;

/// <summary>How the source came to know of the event (OSCE practice separates seen from heard).</summary>
public enum Perception
{
    Seen,
    Heard,
    Sensor,
    Reported,
}
