using CsCheck;
using Truce.Domain.Observations;

namespace Truce.Domain.Tests.Observations;

public sealed class RoundTripTests
{
    [Fact]
    public void ReadingWrittenNdjsonGivesTheSameObservations() =>
        ObservationGenerators.Batch(ObservationGenerators.Full).Sample(batch => RoundTrip(batch, ObservationFormat.Ndjson, ObservationWriter.WriteNdjson));

    [Fact]
    public void ReadingWrittenGeoJsonGivesTheSameObservations() =>
        ObservationGenerators.Batch(ObservationGenerators.Full).Sample(batch => RoundTrip(batch, ObservationFormat.GeoJson, ObservationWriter.WriteGeoJson));

    [Fact]
    public void ReadingWrittenCsvGivesTheSameObservations() =>
        ObservationGenerators.Batch(ObservationGenerators.Plain).Sample(batch => RoundTrip(batch, ObservationFormat.Csv, ObservationWriter.WriteCsv));

    [Fact]
    public void CanonicalJsonIsTheSameAfterARoundTrip() =>
        ObservationGenerators.Full.Sample(observation =>
        {
            var json = ObservationWriter.ToCanonicalJson(observation);
            var back = Assert.Single(ObservationReader.Read(json, ObservationFormat.Ndjson, "x", ObservationRules.Unchecked).Observations);
            Assert.Equal(json, ObservationWriter.ToCanonicalJson(back));
        });

    [Fact]
    public void TheCanonicalReaderGivesBackWhatTheCanonicalWriterWrote() =>
        ObservationGenerators.Full.Sample(observation =>
            ObservationGenerators.AssertSame(observation, ObservationReader.ReadCanonical(ObservationWriter.ToCanonicalJson(observation))));

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"id\":\"a\"}")]
    [InlineData("{\"id\":\"a\",\"obsrved_at\":\"2025-03-20T02:15:00Z\"}")]
    [InlineData("{\"id\":")]
    public void TheCanonicalReaderRefusesAnythingElse(string json) =>
        Assert.Throws<FormatException>(() => ObservationReader.ReadCanonical(System.Text.Encoding.UTF8.GetBytes(json)));

    private static void RoundTrip(Observation[] batch, ObservationFormat format, Action<IEnumerable<Observation>, Stream> write)
    {
        using var stream = new MemoryStream();
        write(batch, stream);

        var result = ObservationReader.Read(stream.ToArray(), format, "x", Batches.Rules);

        Assert.Empty(result.Errors);
        Assert.Equal(batch.Length, result.Observations.Count);
        for (var i = 0; i < batch.Length; i++)
        {
            ObservationGenerators.AssertSame(batch[i], result.Observations[i]);
        }
    }
}
