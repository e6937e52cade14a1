using ScottPlot;

namespace Truce.Reports.Maps;

/// <summary>The colours every Truce picture uses, so a party has one colour across map and charts.</summary>
public static class ReportPalette
{
    private static readonly Color[] GroupColours =
    [
        Color.FromHex("#c0392b"), Color.FromHex("#1f6fb2"), Color.FromHex("#7f8c8d"),
        Color.FromHex("#8e44ad"), Color.FromHex("#d68910"), Color.FromHex("#117a65"),
    ];

    public static Color Land { get; } = Color.FromHex("#f2efe6");

    public static Color Border { get; } = Color.FromHex("#9a958a");

    public static Color Water { get; } = Color.FromHex("#dbe9f4");

    public static Color Group(int index) => GroupColours[index % GroupColours.Length];
}
