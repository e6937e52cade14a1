namespace Truce.Reports.Daily;

/// <summary>One restriction on monitors reported on a day, whether or not it broke a term.</summary>
public sealed record RestrictionEntry(DateTimeOffset At, string Type, double Lon, double Lat, string? Party, string? Narrative);
