using System.Globalization;

namespace Truce.Reports.Daily;

/// <summary>How a count compares with the day before and the seven-day average, in words a reader scans.</summary>
public static class ChangeText
{
    public static string VersusPreviousDay(CountRow row)
    {
        var delta = row.Count - row.PreviousDay;
        return delta switch
        {
            > 0 => $"+{delta}",
            < 0 => $"−{-delta}",
            _ => "±0",
        };
    }

    public static string SevenDayAverage(CountRow row) =>
        row.SevenDayAverage is { } average ? average.ToString("0.0", CultureInfo.InvariantCulture) : "–";
}
