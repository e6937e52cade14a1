using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Truce.Domain.Observations;
using Truce.Log.Checkpoints;
using Truce.Log.Json;
using Truce.Log.Merkle;
using Truce.Log.Notes;
using Truce.Storage.Sqlite;
using Truce.Storage.Transparency;
using Xunit;

namespace Truce.Storage.Tests.Transparency;

public sealed class SqliteMissionLogTests : IDisposable
{
    private const string Origin = "monitor.example/test-mission";

    private readonly TempMission _mission = new();
    private readonly SqliteMissionStore _store;
    private readonly NoteSigner _signer = NoteSigner.Generate(Origin);

    public SqliteMissionLogTests()
    {
        _store = SqliteMissionStore.Open(_mission.Directory, create: true);
        _store.StoreAgreement(new AgreementSource("a.yaml", "id: test-mission\n"u8.ToArray(), []), Samples.Received, transaction =>
            SqliteMissionLog.Configure(transaction, Origin, TimeSpan.FromSeconds(10)));
    }

    public void Dispose()
    {
        _store.Dispose();
        _signer.Dispose();
        _mission.Dispose();
    }

    private ObservationBatchOutcome Ingest(IReadOnlyList<Observation> batch, Action? thenFail = null) =>
        _store.StoreObservations(batch, Samples.Received, (transaction, stored) =>
        {
            SqliteMissionLog.Append(transaction, [.. stored.Select(s => MissionLogEntry.Create(MissionRecords.ObservationKind, s.ReceivedAt, "tester", MissionRecords.Observation(s)))]);
            thenFail?.Invoke();
        });

    private List<byte[]> Entries()
    {
        using var connection = new SqliteConnection($"Data Source={_mission.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT bytes FROM log_entry ORDER BY idx";
        using var reader = command.ExecuteReader();
        var list = new List<byte[]>();
        while (reader.Read())
        {
            list.Add((byte[])reader.GetValue(0));
        }

        return list;
    }

    [Fact]
    public void EachNewObservationIsOneEntryCarryingItsCanonicalJson()
    {
        Ingest(Samples.Batch(0, 3));

        var entries = Entries();
        Assert.Equal(3, entries.Count);
        using var first = JsonDocument.Parse(entries[0]);
        Assert.Equal("observation", first.RootElement.GetProperty("kind").GetString());
        Assert.Equal("tester", first.RootElement.GetProperty("by").GetString());
        Assert.Equal("2025-03-21T08:00:00Z", first.RootElement.GetProperty("at").GetString());
        using var stored = JsonDocument.Parse(ObservationWriter.ToCanonicalJson(Samples.Observation(0)));
        Assert.Equal(
            Encoding.UTF8.GetString(CanonicalJson.Serialize(stored.RootElement)),
            first.RootElement.GetProperty("record").GetRawText());
    }

    [Fact]
    public void TheStoredHashesGiveTheRootOfTheEntriesComputedFromTheSpec()
    {
        foreach (var (from, count) in new[] { (0, 1), (1, 6), (7, 300), (307, 2) })
        {
            Ingest(Samples.Batch(from, count));
        }

        using var log = SqliteMissionLog.OpenSnapshot(_mission.Directory);
        var entries = Entries();
        Assert.Equal(309UL, log.State.Size);
        Assert.Equal(309, entries.Count);
        Assert.Equal(SpecMerkleRoot.Of(entries), new MerkleTree(log.Hashes).Root(log.State.Size));
        Assert.Equal(SpecMerkleRoot.Of(entries[..100]), new MerkleTree(log.Hashes).Root(100));
        Assert.Equal(
            Samples.Batch(0, 309).Select(o => o.Id.Value.ToString()),
            entries.Select(e => JsonDocument.Parse(e).RootElement.GetProperty("record").GetProperty("id").GetString()));
    }

    [Fact]
    public void ReSendingABatchAppendsNothing()
    {
        Ingest(Samples.Batch(0, 5));
        var outcome = Ingest([.. Samples.Batch(0, 5), Samples.Observation(5)]);

        Assert.Equal(1, outcome.New);
        using var log = SqliteMissionLog.OpenSnapshot(_mission.Directory);
        Assert.Equal(6UL, log.State.Size);
        Assert.Equal([5UL], log.FindRecord("obs-000005"));
    }

    [Fact]
    public void ABatchWithAConflictAppendsNothing()
    {
        Ingest(Samples.Batch(0, 2));
        var outcome = Ingest([Samples.Observation(7), Samples.Observation(1) with { Narrative = "changed" }]);

        Assert.False(outcome.IsStored);
        using var log = SqliteMissionLog.OpenSnapshot(_mission.Directory);
        Assert.Equal(2UL, log.State.Size);
        Assert.Equal(2, Entries().Count);
    }

    [Fact]
    public void AWriteThatFailsAfterAppendingLeavesNeitherRecordsNorEntriesNorHashes()
    {
        Ingest(Samples.Batch(0, 2));

        Assert.Throws<IOException>(() => Ingest(Samples.Batch(2, 3), () => throw new IOException("disk gone")));

        Assert.Equal(2, _store.CountObservations());
        using var log = SqliteMissionLog.OpenSnapshot(_mission.Directory);
        Assert.Equal(2UL, log.State.Size);
        Assert.Equal(2, Entries().Count);
        Assert.Throws<KeyNotFoundException>(() => log.Hashes.Read([new NodeId(0, 2)]));
        Ingest(Samples.Batch(2, 3));
        Assert.Equal(SpecMerkleRoot.Of(Entries()), new MerkleTree(SqliteMissionLog.OpenSnapshot(_mission.Directory).Hashes).Root(5));
    }

    [Fact]
    public void ACheckpointCoversTheCommittedTreeAndVerifiesWithTheMissionKey()
    {
        Ingest(Samples.Batch(0, 4));

        var (latest, decision) = SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, new ManualClock(Samples.Received));

        Assert.Equal(CheckpointDecision.SignNow, decision);
        var opened = SignedCheckpoint.Open(latest!.Note, _signer.Verifier, Origin);
        Assert.True(opened.IsValid, opened.Message);
        Assert.Equal(4UL, opened.Checkpoint!.Size);
        Assert.Equal(SpecMerkleRoot.Of(Entries()), opened.Checkpoint.RootHash);
    }

    [Fact]
    public void ALostCheckpointIsSignedAgainByteForByte()
    {
        // A checkpoint is derived data: should the latest be lost (a restore from an older backup of the database, say),
        // signing the same tree again must give the very note a verifier may already hold, or it would look like a fork.
        var clock = new ManualClock(Samples.Received);
        Ingest(Samples.Batch(0, 5));
        var first = SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock).Latest!;
        using (var connection = new SqliteConnection($"Data Source={_mission.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM log_checkpoint";
            forget.ExecuteNonQuery();
        }

        clock.Now += TimeSpan.FromMinutes(5);
        var again = SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock).Latest!;

        Assert.Equal(first.Size, again.Size);
        Assert.Equal(first.Note, again.Note);
    }

    [Fact]
    public void CheckpointsFollowAtMostOncePerIntervalUnlessForced()
    {
        var clock = new ManualClock(Samples.Received);
        Ingest(Samples.Batch(0, 1));
        Assert.Equal(CheckpointDecision.SignNow, SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock).Decision);

        clock.Now += TimeSpan.FromSeconds(3);
        Ingest(Samples.Batch(1, 1));
        var (latest, decision) = SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock);
        Assert.Equal((CheckpointDecision.Later, 1UL), (decision, latest!.Size));

        clock.Now += TimeSpan.FromSeconds(7);
        Assert.Equal(CheckpointDecision.SignNow, SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock).Decision);

        Ingest(Samples.Batch(2, 1));
        Assert.Equal(3UL, SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock, force: true).Latest!.Size);
        Assert.Equal(CheckpointDecision.UpToDate, SqliteMissionLog.IssueCheckpoint(_mission.Directory, _signer, clock, force: true).Decision);
    }

    [Fact]
    public void ARecordTooLargeForOneEntryIsAStoreErrorAndStoresNothing()
    {
        var huge = Samples.Observation(1) with { Narrative = new string('x', 70_000) };

        Assert.Throws<StoreException>(() => Ingest([huge]));
        Assert.Equal(0, _store.CountObservations());
    }

    [Fact]
    public void AnOriginWithASpaceIsRefused()
    {
        using var mission = new TempMission();
        using var store = SqliteMissionStore.Open(mission.Directory, create: true);
        Assert.Throws<StoreException>(() => store.StoreAgreement(new AgreementSource("a.yaml", [1], []), Samples.Received, transaction =>
            SqliteMissionLog.Configure(transaction, "my host/x", TimeSpan.Zero)));
        Assert.Null(store.ReadAgreement());
    }
}
