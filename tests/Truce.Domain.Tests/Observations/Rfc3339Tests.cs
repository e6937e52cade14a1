using System.Globalization;
using CsCheck;
using Truce.Domain.Observations;

namespace Truce.Domain.Tests.Observations;

public sealed class Rfc3339Tests
{
    private static readonly Gen<DateTimeOffset> Times = Gen.Select(Gen.Long[DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks], Gen.Int[-14 * 60, 14 * 60], (ticks, minutes) =>
        new DateTimeOffset(Math.Clamp(ticks, DateTime.MinValue.Ticks + TimeSpan.TicksPerDay, DateTime.MaxValue.Ticks - TimeSpan.TicksPerDay), TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void FormattingAgreesWithTheFrameworksCustomFormats() => Times.Sample(time =>
    {
        Assert.Equal(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture), Rfc3339.Format(time));
        Assert.Equal(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture), Rfc3339.Format(time, trimFraction: false));
    });

    [Fact]
    public void ParsingWhatWasFormattedGivesTheSameInstant() => Times.Sample(time =>
    {
        Assert.True(Rfc3339.TryParse(Rfc3339.Format(time), out var parsed));
        Assert.Equal(time, parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    });

    [Theory]
    [InlineData("2025-03-20T05:15:00+03:00", "2025-03-20T02:15:00Z")]
    [InlineData("2025-03-19T23:15:00.5-03:00", "2025-03-20T02:15:00.5Z")]
    [InlineData("2025-03-20t02:15:00z", "2025-03-20T02:15:00Z")]
    public void OffsetsAreConvertedToUtc(string text, string utc)
    {
        Assert.True(Rfc3339.TryParse(text, out var parsed));
        Assert.Equal(utc, Rfc3339.Format(parsed));
    }
}
