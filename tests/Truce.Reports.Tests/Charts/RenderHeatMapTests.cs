using SkiaSharp;
using Truce.Reports.Charts;

namespace Truce.Reports.Tests.Charts;

public sealed class RenderHeatMapTests
{
    [Fact]
    public void TheFirstBandIsDrawnAtTheTop()
    {
        var days = Enumerable.Range(0, 10).Select(i => new DateOnly(2025, 3, 14).AddDays(i)).ToList();
        var counts = new int[8, 10];
        for (var day = 0; day < 10; day++)
        {
            counts[0, day] = 9;
        }

        using var bitmap = SKBitmap.Decode(RenderHeatMap.ToPng("heat", counts, days, 25));

        Assert.Equal(RenderHeatMap.Width, bitmap.Width);
        Assert.Equal(RenderHeatMap.Height, bitmap.Height);
        // Turbo maps the maximum to dark red and zero to dark blue: the top of the plot area is red.
        var x = bitmap.Width / 2;
        var plotTop = Enumerable.Range(30, bitmap.Height).First(y => bitmap.GetPixel(x, y).Blue < 200);
        var top = bitmap.GetPixel(x, plotTop + 6);
        var bottom = bitmap.GetPixel(x, (int)(bitmap.Height * 0.8));
        Assert.True(top.Red > top.Blue, $"top pixel {top} should be red-ish");
        Assert.True(bottom.Blue > bottom.Red, $"bottom pixel {bottom} should be blue-ish");
    }
}
