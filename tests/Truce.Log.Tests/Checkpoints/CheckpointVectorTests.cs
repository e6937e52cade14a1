using System.Text.Json;
using Truce.Log.Checkpoints;
using Truce.Log.Notes;
using Xunit;

namespace Truce.Log.Tests.Checkpoints;

public sealed class CheckpointVectorTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf("checkpoint-vectors.json"))).RootElement;

    public static TheoryData<string> Ids() =>
        [.. Vectors.GetProperty("checkpoints").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void OpeningTheCheckpointGivesTheVectorsOutcome(string id)
    {
        var vector = Vectors.GetProperty("checkpoints").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);
        var verifier = NoteVerifier.Parse(vector.GetProperty("vkey").GetString()!);
        var result = SignedCheckpoint.Open(vector.GetProperty("note_b64").GetBytesFromBase64(), verifier, vector.GetProperty("origin").GetString());
        var want = vector.GetProperty("want");
        if (want.GetProperty("ok").GetBoolean())
        {
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(want.GetProperty("size").GetUInt64(), result.Checkpoint!.Size);
            Assert.Equal(want.GetProperty("root_b64").GetString(), Convert.ToBase64String(result.Checkpoint.RootHash));
            Assert.Equal(want.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()!), result.Checkpoint.Extensions);
        }
        else
        {
            var expected = want.GetProperty("error").GetString() switch
            {
                "signature" => CheckpointError.Signature,
                "origin" => CheckpointError.Origin,
                "parse" => CheckpointError.Parse,
                var other => throw new InvalidOperationException(other),
            };
            Assert.False(result.IsValid);
            Assert.Equal(expected, result.Error);
        }
    }

    [Fact]
    public void ASignedCheckpointReopensToTheSameValues()
    {
        using var signer = NoteSigner.Generate("example.org/log");
        var root = new byte[32];
        root[31] = 7;
        var checkpoint = new Checkpoint("example.org/log", ulong.MaxValue, root, ["ext one"]);
        var opened = SignedCheckpoint.Open(SignedCheckpoint.Sign(checkpoint, signer), signer.Verifier, "example.org/log");
        Assert.True(opened.IsValid, opened.Message);
        Assert.Equal(checkpoint.Format(), opened.Checkpoint!.Format());
        Assert.Equal("example.org/log\n18446744073709551615\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAc=\next one\n", checkpoint.Format());
    }

    [Theory]
    [InlineData("o\n18446744073709551616\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    [InlineData("o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")]
    [InlineData("o\n1\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n\n")]
    [InlineData("o\n1\n 47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n")]
    public void MalformedCheckpointBodiesAreRejected(string text)
    {
        Assert.Null(Checkpoint.TryParse(text, out var error));
        Assert.NotEmpty(error);
    }
}
