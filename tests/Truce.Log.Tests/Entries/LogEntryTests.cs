using System.Text;
using System.Text.Json;
using Truce.Log.Entries;
using Xunit;

namespace Truce.Log.Tests.Entries;

public sealed class LogEntryTests
{
    [Fact]
    public void AnEntryIsTheCanonicalJsonOfKindTimeAuthorAndRecord()
    {
        using var record = JsonDocument.Parse("{ \"zone\": \"A\", \"id\": \"obs-1\", \"metres\": 250.0 }");
        var entry = LogEntry.Create("observation", new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero), "ingest", record.RootElement);
        Assert.Equal(
            "{\"at\":\"2025-03-20T12:00:00Z\",\"by\":\"ingest\",\"kind\":\"observation\",\"record\":{\"id\":\"obs-1\",\"metres\":250,\"zone\":\"A\"}}",
            Encoding.UTF8.GetString(entry));
    }

    [Fact]
    public void FractionalSecondsKeepOnlySignificantDigits() =>
        Assert.Equal("2025-03-20T12:00:00.25Z", LogEntry.FormatInstant(new DateTimeOffset(2025, 3, 20, 12, 0, 0, 250, TimeSpan.Zero)));

    [Fact]
    public void RecordsWithoutIdsNonUtcTimesAndOversizedEntriesAreRejected()
    {
        var at = new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero);
        using var noId = JsonDocument.Parse("{\"x\":1}");
        using var ok = JsonDocument.Parse("{\"id\":1}");
        using var huge = JsonDocument.Parse($"{{\"id\":1,\"text\":\"{new string('a', 70_000)}\"}}");
        Assert.Throws<ArgumentException>(() => LogEntry.Create("k", at, "b", noId.RootElement));
        Assert.Throws<ArgumentException>(() => LogEntry.Create("k", at.ToOffset(TimeSpan.FromHours(2)), "b", ok.RootElement));
        Assert.Throws<ArgumentException>(() => LogEntry.Create("k", at, "b", huge.RootElement));
    }

    [Fact]
    public void ActorsAndKindsWithQuotesAndNonAsciiAreEscapedTheCanonicalWay()
    {
        using var record = JsonDocument.Parse("{\"id\":\"é\\u00e9\"}");
        var entry = LogEntry.Create("k\"ind", new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero), "Ольга <o@x>\n", record.RootElement);
        Assert.Equal(
            "{\"at\":\"2025-03-20T12:00:00Z\",\"by\":\"Ольга <o@x>\\n\",\"kind\":\"k\\\"ind\",\"record\":{\"id\":\"éé\"}}",
            Encoding.UTF8.GetString(entry));
    }

    [Fact]
    public void ARecordWithADuplicateMemberIsRejected()
    {
        using var record = JsonDocument.Parse("{\"id\":\"a\",\"x\":1,\"x\":2}");
        Assert.Throws<ArgumentException>(() => LogEntry.Create("k", new DateTimeOffset(2025, 3, 20, 12, 0, 0, TimeSpan.Zero), "b", record.RootElement));
    }
}
