using NetTopologySuite.Geometries;
using SkiaSharp;
using Truce.Reports.Maps;

namespace Truce.Reports.Tests.Maps;

public sealed class RenderMapTests
{
    private static readonly Envelope Theatre = new(22, 41, 44, 53);

    [Fact]
    public void TheMapIsAPngAsWideAsPromisedWithAHeightTrueToTheExtent()
    {
        using var bitmap = SKBitmap.Decode(RenderMap.ToPng(Scene([])));

        Assert.Equal(RenderMap.Width, bitmap.Width);
        // 19° of longitude at 48.5°N are 19·cos(48.5°) ≈ 12.59 "latitude degrees" wide, 9° high.
        Assert.InRange(bitmap.Height, 1000 * 9 / 12.59 * 0.98, 1000 * 9 / 12.59 * 1.02);
    }

    [Fact]
    public void ViolationsAppearInTheirGroupsColour()
    {
        var without = RedPixels(RenderMap.ToPng(Scene([])));
        var points = Enumerable.Range(0, 20).Select(i => new MapPoint(30 + (i * 0.4), 47 + (i * 0.1), "RU", true)).ToList();
        var with = RedPixels(RenderMap.ToPng(Scene(points)));

        Assert.True(with > without + 200, $"expected many more red pixels with 20 RU points: {without} without, {with} with");
    }

    private static MapScene Scene(IReadOnlyList<MapPoint> points) =>
        new("test", Theatre, [], [], ["RU", "UA"], points, "caption");

    private static int RedPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red > 150 && pixel.Green < 110 && pixel.Blue < 110)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
