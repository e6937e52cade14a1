using SkiaSharp;
using Truce.Reports.Charts;

namespace Truce.Reports.Tests.Charts;

public sealed class RenderTrendTests
{
    [Fact]
    public void TheTrendChartIsAPngOfTheDeclaredSize()
    {
        var days = Enumerable.Range(0, 30).Select(i => new DateOnly(2025, 3, 14).AddDays(i)).ToList();
        var png = RenderTrend.ToPng("trend", days, [new TrendSeries("RU", days.Select(d => (double)d.Day).ToList())], days[6]);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(RenderTrend.Width, bitmap.Width);
        Assert.Equal(RenderTrend.Height, bitmap.Height);
    }

    [Fact]
    public void ASeriesWithTheWrongNumberOfDaysIsRefused()
    {
        var days = new List<DateOnly> { new(2025, 3, 14), new(2025, 3, 15) };

        Assert.Throws<ArgumentException>(() => RenderTrend.ToPng("trend", days, [new TrendSeries("RU", [1])], null));
    }
}
