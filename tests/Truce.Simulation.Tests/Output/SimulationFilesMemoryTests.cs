using Truce.Simulation.Agreements;
using Truce.Simulation.Generation;
using Truce.Simulation.Output;
using Truce.Simulation.Tests.Generation;

namespace Truce.Simulation.Tests.Output;

/// <summary>Runs alone: the heap size it measures would otherwise include other tests' samples.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class SimulationFilesMemoryTests
{
    /// <summary>A stream that counts bytes and keeps none, so only the writer's own retention is measured.</summary>
    private sealed class CountingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;

        public override void WriteByte(byte value) => Position++;
    }

    [Fact]
    public void WritingWithTheEnginesBreaksRetainsNoMemoryPerObservation()
    {
        var agreement = ExampleAgreement.Value;
        var simulator = new Simulator(AgreementTheatre.From(agreement, 30).Theatre!, new SimulationOptions { Seed = 5, Scale = 25, TermsBroken = new AgreementBreaks(agreement).Of });
        var heap = new List<long>();
        using var observations = new CountingStream();
        using var truth = new CountingStream();

        var totals = SimulationFiles.Write(simulator.Run(), observations, truth, progressEvery: 10_000, progress: _ => heap.Add(GC.GetTotalMemory(forceFullCollection: true)));

        Assert.True(totals.Observations > 90_000, $"{totals.Observations} observations");
        Assert.True(observations.Length > 30_000_000, $"{observations.Length} bytes");

        // Holding 80,000 more observations would retain tens of MB; streaming retains none.
        var growth = heap[^1] - heap[0];
        Assert.True(growth < 8 * 1024 * 1024, $"retained memory grew by {growth / 1024} KiB from {10_000} to {heap.Count * 10_000} observations");
    }
}
