using System.Globalization;
using CsCheck;
using Microsoft.Data.Sqlite;
using Truce.Domain.Agreements;
using Truce.Domain.Incidents;
using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Violations;
using Truce.Storage.Sqlite;
using Xunit;

namespace Truce.Storage.Tests;

public sealed class SqliteMissionStoreTests : IDisposable
{
    private readonly TempMission _mission = new();

    public void Dispose() => _mission.Dispose();

    [Fact]
    public void StoringABatchStoresEveryObservationAsNew()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);

        var outcome = store.StoreObservations(Samples.Batch(0, 50), Samples.Received);

        Assert.Equal((50, 0, true), (outcome.New, outcome.AlreadyPresent, outcome.IsStored));
        Assert.Equal(50, store.CountObservations());
    }

    [Fact]
    public void IngestingTheSameBatchTwiceStoresNothingNew()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        store.StoreObservations(Samples.Batch(0, 100), Samples.Received);
        var before = Dump(_mission.DatabasePath);

        var outcome = store.StoreObservations(Samples.Batch(0, 100), Samples.Received.AddHours(1));

        Assert.Equal((0, 100), (outcome.New, outcome.AlreadyPresent));
        Assert.Equal(before, Dump(_mission.DatabasePath));
    }

    [Fact]
    public void AnOverlappingBatchStoresOnlyTheNewOnes()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        store.StoreObservations(Samples.Batch(0, 10), Samples.Received);

        var outcome = store.StoreObservations(Samples.Batch(5, 10), Samples.Received);

        Assert.Equal((5, 5), (outcome.New, outcome.AlreadyPresent));
        Assert.Equal(15, store.CountObservations());
    }

    [Fact]
    public void AConflictingReSendIsReportedAndNothingOfItsBatchIsStored()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        store.StoreObservations(Samples.Batch(0, 3), Samples.Received);
        var before = Dump(_mission.DatabasePath);
        var changed = Samples.Observation(1) with { Count = 4 };
        List<Observation> batch = [Samples.Observation(10), changed, Samples.Observation(11)];

        var outcome = store.StoreObservations(batch, Samples.Received);

        var conflict = Assert.Single(outcome.Conflicts);
        Assert.False(outcome.IsStored);
        Assert.Equal(new ObservationId("obs-000001"), conflict.Id);
        Assert.DoesNotContain("\"count\"", conflict.StoredJson, StringComparison.Ordinal);
        Assert.Contains("\"count\":4", conflict.OfferedJson, StringComparison.Ordinal);
        Assert.Equal(before, Dump(_mission.DatabasePath));
    }

    [Fact]
    public void StoredObservationsSurviveClosingAndReopeningTheFile()
    {
        using (var store = SqliteMissionStore.Open(_mission.Directory, create: true))
        {
            store.StoreObservations(Samples.Batch(0, 20), Samples.Received);
        }

        using var reopened = SqliteMissionStore.Open(_mission.Directory);
        var read = reopened.ReadObservations(ObservationOrder.Id).ToList();

        Assert.Equal(Enumerable.Range(0, 20).Select(n => $"obs-{n:D6}"), read.Select(o => o.Id.Value));
        Assert.All(read, o => Assert.Equal(Samples.Received, o.ReceivedAt));
    }

    [Fact]
    public void ObservationsReadBackAsTheyWereStored() =>
        Samples.Random.Array[1, 20].Select(a => a.DistinctBy(o => o.Id).ToArray()).Sample(batch =>
        {
            using var mission = new TempMission();
            using var store = SqliteMissionStore.Open(mission.Directory, create: true);
            store.StoreObservations(batch, Samples.Received);

            var read = store.ReadObservations(ObservationOrder.Id).ToList();

            var expected = batch.OrderBy(o => o.Id).ToList();
            Assert.Equal(expected.Count, read.Count);
            for (var i = 0; i < read.Count; i++)
            {
                Assert.Equal(ObservationWriter.ToCanonicalJson(expected[i]), ObservationWriter.ToCanonicalJson(read[i]));
                Assert.True(expected[i].Location.EqualsExact(read[i].Location));
                Assert.Equal(expected[i].Evidence, read[i].Evidence);
            }
        }, iter: 30);

    [Fact]
    public void ObservationsStreamInTimeOrderWhenAsked()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        var early = Samples.Observation(900) with { Id = new ObservationId("zzz"), ObservedAt = ObservedInterval.At(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)) };
        store.StoreObservations([.. Samples.Batch(0, 3), early], Samples.Received);

        Assert.Equal(["zzz", "obs-000000", "obs-000001", "obs-000002"], store.ReadObservations(ObservationOrder.ObservedTime).Select(o => o.Id.Value));
        Assert.Equal(["obs-000000", "obs-000001", "obs-000002", "zzz"], store.ReadObservations(ObservationOrder.Id).Select(o => o.Id.Value));
    }

    [Fact]
    public void TheHookWritesInTheSameTransactionAsTheBatch()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        CreateLogTable();
        store.StoreObservations(Samples.Batch(0, 2), Samples.Received);

        store.StoreObservations(Samples.Batch(0, 5), Samples.Received, (transaction, stored) =>
        {
            foreach (var s in stored)
            {
                using var command = transaction.CreateCommand("INSERT INTO test_log (entry) VALUES ($entry)");
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$entry";
                parameter.Value = s.Observation.Id.Value;
                command.Parameters.Add(parameter);
                command.ExecuteNonQuery();
            }
        });

        Assert.Equal(["obs-000002", "obs-000003", "obs-000004"], Column("SELECT entry FROM test_log ORDER BY entry"));
    }

    [Fact]
    public void AHookThatFailsRollsTheBatchBack()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        CreateLogTable();

        Assert.Throws<InvalidOperationException>(() => store.StoreObservations(Samples.Batch(0, 5), Samples.Received, (transaction, _) =>
        {
            using var command = transaction.CreateCommand("INSERT INTO test_log (entry) VALUES ('x')");
            command.ExecuteNonQuery();
            throw new InvalidOperationException("log full");
        }));

        Assert.Equal(0, store.CountObservations());
        Assert.Empty(Column("SELECT entry FROM test_log"));
        Assert.Equal(5, store.StoreObservations(Samples.Batch(0, 5), Samples.Received).New);
    }

    [Fact]
    public void TheDatabaseUsesWalWithFullSyncAndTheCurrentSchema()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);

        Assert.Equal(["wal"], Column("PRAGMA journal_mode"));
        Assert.Equal(["1"], Column("PRAGMA user_version"));
    }

    [Fact]
    public void OpeningAMissingMissionSaysHowToCreateOne()
    {
        var error = Assert.Throws<StoreException>(() => SqliteMissionStore.Open(_mission.Directory));
        Assert.Contains("truce init", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_mission.Directory));
    }

    [Fact]
    public void AFileThatIsNoDatabaseIsRefused()
    {
        Directory.CreateDirectory(_mission.Directory);
        File.WriteAllText(_mission.DatabasePath, "this is not sqlite, just text long enough to have a header............................................");

        Assert.Throws<StoreException>(() => SqliteMissionStore.Open(_mission.Directory));
    }

    [Fact]
    public void AnAgreementIsStoredOnceAndADifferentOneRefused()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        var agreement = new AgreementSource("a.yaml", "id: a\n"u8.ToArray(), [new AgreementFile("zones/line.geojson", "{}"u8.ToArray())]);
        var copy = new AgreementSource("elsewhere.yaml", "id: a\n"u8.ToArray(), [new AgreementFile("zones/line.geojson", "{}"u8.ToArray())]);
        var other = agreement with { Files = [new AgreementFile("zones/line.geojson", "{ }"u8.ToArray())] };

        Assert.Null(store.ReadAgreement());
        Assert.Equal(AgreementStoreOutcome.Stored, store.StoreAgreement(agreement, Samples.Received));
        Assert.Equal(AgreementStoreOutcome.AlreadyPresent, store.StoreAgreement(copy, Samples.Received));
        Assert.Equal(AgreementStoreOutcome.Conflict, store.StoreAgreement(other, Samples.Received));

        var read = store.ReadAgreement()!;
        Assert.Equal("a.yaml", read.FileName);
        Assert.True(read.SameContentAs(agreement));
        Assert.False(read.SameContentAs(other));
    }

    [Fact]
    public void AFailingHookLeavesTheViolationsOfThePreviousRun()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        store.ReplaceViolations([Violation("old", "T1", "RU", 20)]);

        Assert.Throws<InvalidOperationException>(() =>
            store.ReplaceViolations([Violation("new", "T1", "RU", 20)], _ => throw new InvalidOperationException("log unavailable")));

        Assert.Equal(["old"], store.ReadViolations().Select(v => v.Incident.Value));
    }

    [Fact]
    public void AnEvaluationRunReplacesTheViolationsAsAWhole()
    {
        using var store = SqliteMissionStore.Open(_mission.Directory, create: true);
        store.ReplaceViolations([Violation("old", "T1", "RU", 20)]);
        var first = Violation("i2", "T1", "RU", 20, hour: 5);
        var second = Violation("i1", "T3", null, 20, hour: 5);
        var third = Violation("i3", "T2", "UA", 21, hour: 1);

        store.ReplaceViolations([third, first, second]);

        Assert.Equal(["i1", "i2", "i3"], store.ReadViolations().Select(v => v.Incident.Value));
        Assert.Equal(["i1", "i2"], store.ReadViolations(day: new DateOnly(2025, 3, 20)).Select(v => v.Incident.Value));
        Assert.Equal(["i3"], store.ReadViolations(party: new PartyCode("UA")).Select(v => v.Incident.Value));
        var read = store.ReadViolations(day: new DateOnly(2025, 3, 20), party: new PartyCode("RU")).Single();
        Assert.Equal((first.Incident, first.Term, first.Party, first.Day, first.At, first.Category, first.Confidence, first.Rationale),
            (read.Incident, read.Term, read.Party, read.Day, read.At, read.Category, read.Confidence, read.Rationale));
        Assert.Equal(first.Observations, read.Observations);
    }

    private static Violation Violation(string incident, string term, string? party, int day, int hour = 0) => new(
        new IncidentId(incident),
        [new ObservationId(incident + "-a"), new ObservationId(incident + "-b")],
        new TermId(term),
        party is null ? null : new PartyCode(party),
        new DateOnly(2025, 3, day),
        new DateTimeOffset(2025, 3, day, hour, 0, 0, TimeSpan.Zero),
        Category.Probable,
        0.1 + (day / 100.0),
        "fire.artillery observed 3.2 km inside security-zone; source B2, \"quoted\"");

    private void CreateLogTable()
    {
        using var connection = new SqliteConnection($"Data Source={_mission.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE test_log (entry TEXT NOT NULL)";
        command.ExecuteNonQuery();
    }

    private List<string> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_mission.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>Every row of the observation and agreement tables, as text, to compare database states.</summary>
    private static string Dump(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, canonical, received_at, observed_from, observed_to, type, party, min_lon, min_lat, max_lon, max_lat, hex(geometry_wkb), uncertainty_m FROM observation ORDER BY id";
        using var reader = command.ExecuteReader();
        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
