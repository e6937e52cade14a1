using Truce.Storage.Transparency;
using Xunit;

namespace Truce.Storage.Tests.Transparency;

public sealed class CheckpointScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CheckpointSchedule EveryTenSeconds = new(TimeSpan.FromSeconds(10));

    [Fact]
    public void TheFirstCheckpointIsSignedAtOnce() =>
        Assert.Equal(CheckpointDecision.SignNow, EveryTenSeconds.Decide(5, null, null, Noon));

    [Fact]
    public void ATreeTheLatestCheckpointCoversNeedsNone() =>
        Assert.Equal(CheckpointDecision.UpToDate, EveryTenSeconds.Decide(5, 5, Noon.AddHours(-1), Noon));

    [Theory]
    [InlineData(0, CheckpointDecision.Later)]
    [InlineData(9_999, CheckpointDecision.Later)]
    [InlineData(10_000, CheckpointDecision.SignNow)]
    [InlineData(60_000, CheckpointDecision.SignNow)]
    public void AGrownTreeWaitsUntilTheIntervalHasPassed(int millisecondsSinceLast, CheckpointDecision expected) =>
        Assert.Equal(expected, EveryTenSeconds.Decide(6, 5, Noon, Noon.AddMilliseconds(millisecondsSinceLast)));

    [Fact]
    public void AClockThatWentBackwardsDoesNotHoldCheckpointsBack() =>
        Assert.Equal(CheckpointDecision.SignNow, EveryTenSeconds.Decide(6, 5, Noon, Noon.AddMinutes(-5)));

    [Fact]
    public void AZeroIntervalSignsAfterEveryBatch() =>
        Assert.Equal(CheckpointDecision.SignNow, new CheckpointSchedule(TimeSpan.Zero).Decide(6, 5, Noon, Noon));

    [Fact]
    public void TheNextCheckpointIsDueOneIntervalAfterTheLast() =>
        Assert.Equal(Noon.AddSeconds(10), EveryTenSeconds.DueAt(Noon));
}
