using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Truce.Cli.Log;
using Truce.Cli.Tests.Missions;
using Truce.Log.Notes;
using Truce.Storage.Tests.Transparency;
using Xunit;

namespace Truce.Cli.Tests.Log;

/// <summary>The mission's log through the real CLI: init, ingest, evaluate append; log key, publish; log verify checks.</summary>
public sealed class MissionLogCommandTests : IDisposable
{
    private readonly MissionFolder _folder = new();
    private readonly List<string> _printed = [];

    public MissionLogCommandTests() => AgreementPath = CopyExampleAgreement(_folder.Root);

    public void Dispose() => _folder.Dispose();

    /// <summary>The example mission's agreement (id <c>example-30-day</c>, parties RU and UA), copied with its zone files.</summary>
    private string AgreementPath { get; }

    private static string CopyExampleAgreement(string root)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "examples", "example-30-day");
        var target = Path.Combine(root, "example-30-day");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*.*").Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".geojson", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return Path.Combine(target, "agreement.yaml");
    }

    private string Published => Path.Combine(_folder.Root, "published");

    private static string Line(int n, string reliability = "B") => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"id":"obs-{{{n}}}","observed_at":"2025-03-20T02:{{{n % 60:D2}}}:00Z","lat":47.6,"lon":35.9,"type":"fire.artillery","attributed_to":"RU","source":{"kind":"monitor","reliability":"{{{reliability}}}","credibility":2}}""");

    private string Observations(int from, int count) =>
        _folder.Write($"obs-{from}-{count}.ndjson", string.Concat(Enumerable.Range(from, count).Select(n => Line(n) + "\n")));

    private (int Code, string Output, string Error) Truce(params string[] args)
    {
        var result = TruceProcess.Run(args);
        _printed.Add(result.Output);
        _printed.Add(result.Error);
        return result;
    }

    private void Succeeds(params string[] args)
    {
        var (code, output, error) = Truce(args);
        Assert.True(code == 0, $"truce {string.Join(' ', args)} exited {code}: {output}{error}");
    }

    /// <summary>A mission with the agreement (entry 0), three observations (entries 1–3) and one evaluation (entry 4).</summary>
    private void BuildMission()
    {
        Succeeds("init", AgreementPath, "--data", _folder.Data, "--by", "alice", "--host", "monitor.example");
        Succeeds("ingest", Observations(1, 3), "--data", _folder.Data, "--by", "bob");
        Succeeds("evaluate", "--data", _folder.Data, "--by", "carol");
    }

    private string VerifierKey()
    {
        var (code, output, _) = Truce("log", "key", "--data", _folder.Data);
        Assert.Equal(0, code);
        return output.Trim();
    }

    private static List<byte[]> Bundle(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var entries = new List<byte[]>();
        for (var at = 0; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));
            entries.Add(bytes[(at + 2)..(at + 2 + length)]);
            at += 2 + length;
        }

        return entries;
    }

    [Fact]
    public void APublishedMissionLogVerifiesAndHoldsEveryRecordInOrder()
    {
        BuildMission();
        var key = VerifierKey();
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);

        var (code, output, error) = Truce("log", "verify", "--log", Published, "--key", key, "--record", "obs-2");

        Assert.True(code == 0, output + error);
        Assert.Contains("record obs-2 is entry 2", output, StringComparison.Ordinal);
        Assert.StartsWith("monitor.example/example-30-day+", key, StringComparison.Ordinal);
        Assert.StartsWith("monitor.example/example-30-day\n5\n", File.ReadAllText(Path.Combine(Published, "checkpoint")), StringComparison.Ordinal);

        var entries = Bundle(Path.Combine(Published, "tile", "entries", "000.p", "5")).Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.Equal(["agreement", "observation", "observation", "observation", "evaluation"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["alice", "bob", "bob", "bob", "carol"], entries.Select(e => e.GetProperty("by").GetString()));
        Assert.Equal(["example-30-day", "obs-1", "obs-2", "obs-3"], entries.Take(4).Select(e => e.GetProperty("record").GetProperty("id").GetString()));
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(AgreementPath))),
            entries[0].GetProperty("record").GetProperty("sha256").GetString());

        var violationsJson = Truce("violations", "--data", _folder.Data, "--format", "json").Output;
        var evaluation = entries[4].GetProperty("record");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(violationsJson))), evaluation.GetProperty("violations_sha256").GetString());
        Assert.Equal(3, evaluation.GetProperty("observations").GetInt32());
    }

    [Fact]
    public void RepublishingAGrownLogProvesItOnlyGrew()
    {
        BuildMission();
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);
        var earlier = Path.Combine(_folder.Root, "checkpoint.5");
        File.Copy(Path.Combine(Published, "checkpoint"), earlier);

        Succeeds("ingest", Observations(4, 300), "--data", _folder.Data);
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);
        var (code, output, error) = Truce("log", "verify", "--log", Published, "--key", VerifierKey(), "--since", earlier, "--record", "obs-300");

        Assert.True(code == 0, output + error);
        Assert.Contains("consistent", output, StringComparison.Ordinal);
        Assert.Contains("record obs-300 is entry 301", output, StringComparison.Ordinal);
        Assert.StartsWith("monitor.example/example-30-day\n305\n", File.ReadAllText(Path.Combine(Published, "checkpoint")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Published, "tile", "entries", "000")), "the first 256 entries form a full bundle");
    }

    [Fact]
    public void WithinTheCheckpointIntervalABatchWaitsForTheNextCheckpointAndPublishSignsIt()
    {
        Succeeds("init", AgreementPath, "--data", _folder.Data, "--checkpoint-interval", "3600");
        Succeeds("ingest", Observations(1, 3), "--data", _folder.Data);
        using (var log = new MissionLogDatabase(_folder.Data))
        {
            Assert.Equal((4, 1), (log.Scalar("SELECT size FROM log_state"), log.Scalar("SELECT max(size) FROM log_checkpoint")));
        }

        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);

        Assert.StartsWith("localhost/example-30-day\n4\n", File.ReadAllText(Path.Combine(Published, "checkpoint")), StringComparison.Ordinal);
        var (code, output, _) = Truce("log", "checkpoint", "--data", _folder.Data);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Published, "checkpoint")), output);
    }

    [Fact]
    public void TamperingWithThePublishedLogIsCaught()
    {
        BuildMission();
        var key = VerifierKey();
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);

        var bundle = Path.Combine(Published, "tile", "entries", "000.p", "5");
        var original = File.ReadAllBytes(bundle);
        var changed = (byte[])original.Clone();
        changed[^3] ^= 0x01;
        File.WriteAllBytes(bundle, changed);
        Assert.Equal(1, Truce("log", "verify", "--log", Published, "--key", key).Code);

        File.WriteAllBytes(bundle, original);
        var checkpoint = Path.Combine(Published, "checkpoint");
        File.WriteAllText(checkpoint, File.ReadAllText(checkpoint).Replace("\n5\n", "\n4\n", StringComparison.Ordinal));
        Assert.Equal(1, Truce("log", "verify", "--log", Published, "--key", key).Code);
    }

    [Fact]
    public void ReIngestingAppendsNothingAndSignsNothing()
    {
        BuildMission();
        using (var before = new MissionLogDatabase(_folder.Data))
        {
            Assert.Equal((5, 3), (before.Scalar("SELECT count(*) FROM log_entry"), before.Scalar("SELECT count(*) FROM log_checkpoint")));
        }

        Succeeds("ingest", Observations(1, 3), "--data", _folder.Data);
        Succeeds("init", AgreementPath, "--data", _folder.Data);

        using var after = new MissionLogDatabase(_folder.Data);
        Assert.Equal((5, 3), (after.Scalar("SELECT count(*) FROM log_entry"), after.Scalar("SELECT count(*) FROM log_checkpoint")));
    }

    [Fact]
    public void ARejectedBatchAppendsNothing()
    {
        BuildMission();
        var invalid = _folder.Write("invalid.ndjson", Line(8) + "\n" + Line(9).Replace("\"RU\"", "\"XX\"", StringComparison.Ordinal) + "\n");
        var conflicting = _folder.Write("conflict.ndjson", Line(10) + "\n" + Line(2, reliability: "C") + "\n");

        Assert.Equal(1, Truce("ingest", invalid, "--data", _folder.Data).Code);
        Assert.Equal(1, Truce("ingest", conflicting, "--data", _folder.Data).Code);

        using var log = new MissionLogDatabase(_folder.Data);
        Assert.Equal(5, log.Scalar("SELECT count(*) FROM log_entry"));
        Assert.Equal(3, log.Scalar("SELECT count(*) FROM observation"));
    }

    [Fact]
    public void TheSigningKeyIsPrivateToItsOwnerAndNoCommandPrintsIt()
    {
        BuildMission();
        VerifierKey();
        Succeeds("log", "checkpoint", "--data", _folder.Data);
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);
        Truce("log", "verify", "--log", Published, "--key", VerifierKey());

        var keyFile = Path.Combine(_folder.Data, MissionSigningKey.FileName);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var secret = File.ReadAllText(keyFile).Trim();
        Assert.StartsWith("PRIVATE+KEY+", secret, StringComparison.Ordinal);
        // PRIVATE+KEY+<name>+<key id>+<base64 seed>: the seed's base64 may itself hold '+', so split at most four times.
        var secretPart = secret.Split('+', 5)[4];
        Assert.True(secretPart.Length >= 44, $"the key file's seed part '{secretPart}' is shorter than a base64 32-byte seed");
        Assert.DoesNotContain(_printed, text => text.Contains(secretPart, StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateFiles(Published, "*", SearchOption.AllDirectories), file => File.ReadAllText(file).Contains(secretPart, StringComparison.Ordinal));
    }

    [Fact]
    public void ABroughtKeySignsTheMission()
    {
        using var signer = NoteSigner.Generate("keys.example/ours");
        var brought = Path.Combine(_folder.Root, "ours.key");
        SignerKeyFile.Write(brought, signer);

        Succeeds("init", AgreementPath, "--data", _folder.Data, "--key", brought);

        Assert.Equal(signer.Verifier.ToString(), VerifierKey());
        Succeeds("log", "publish", "--out", Published, "--data", _folder.Data);
        Assert.Equal(0, Truce("log", "verify", "--log", Published, "--key", signer.Verifier.ToString(), "--origin", "localhost/example-30-day").Code);
    }

    [Fact]
    public void AnIngestKilledMidBatchLeavesRecordsAndEntriesTogether()
    {
        const int size = 20_000;
        var file = Observations(0, size);

        foreach (var delay in new[] { 50, 400, 900, 1600 })
        {
            using var mission = new MissionFolder();
            Assert.Equal(0, TruceProcess.Run("init", CopyExampleAgreement(mission.Root), "--data", mission.Data).Code);
            using var process = Process.Start(TruceProcess.Start("ingest", file, "--data", mission.Data))!;
            Thread.Sleep(delay);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();

            // Reopening through the store recovers the WAL; then the database must be consistent, whatever the kill hit.
            Storage.Sqlite.SqliteMissionStore.Open(mission.Data).Dispose();
            using var log = new MissionLogDatabase(mission.Data);
            var observations = log.Scalar("SELECT count(*) FROM observation");
            Assert.Contains(observations, new long[] { 0, size });
            Assert.Equal(observations, log.Scalar("SELECT count(*) FROM log_entry WHERE kind = 'observation'"));
            var entries = log.Entries();
            Assert.Equal(entries.Count, log.Scalar("SELECT size FROM log_state"));
            Assert.Equal(SpecMerkleRoot.Of(entries), log.StoredRoot(entries.Count));
        }
    }
}
