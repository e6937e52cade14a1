namespace Truce.Reports.Daily;

/// <summary>
/// A count for the report day beside the previous day's count and the mean daily count of up to
/// seven days before the report day that lie inside the agreement's window (null when the report
/// day is the window's first day, so there is nothing to compare with).
/// </summary>
public sealed record CountRow(string Key, int Count, int PreviousDay, double? SevenDayAverage);
