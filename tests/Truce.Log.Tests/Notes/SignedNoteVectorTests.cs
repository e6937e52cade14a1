using System.Text;
using System.Text.Json;
using Truce.Log.Notes;
using Xunit;

namespace Truce.Log.Tests.Notes;

public sealed class SignedNoteVectorTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(TestData.PathOf("signed-note-vectors.json"))).RootElement;

    public static TheoryData<string> NoteIds() =>
        [.. Vectors.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    [Theory]
    [MemberData(nameof(NoteIds))]
    public void OpeningTheNoteGivesTheVectorsOutcome(string id)
    {
        var vector = Vectors.GetProperty("notes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);
        var verifiers = vector.GetProperty("verifier_keys").EnumerateArray().Select(k => NoteVerifier.Parse(k.GetString()!)).ToList();
        var result = SignedNote.Open(vector.GetProperty("msg_b64").GetBytesFromBase64(), verifiers);
        var want = vector.GetProperty("want");
        if (want.GetProperty("ok").GetBoolean())
        {
            Assert.True(result.IsValid, result.Message);
            Assert.Equal(want.GetProperty("text").GetString(), result.Note!.Text);
            var verified = result.Note.Verified.Select(s => $"{s.Name}+{s.KeyId:x8}").ToList();
            Assert.Equal(want.GetProperty("verified").EnumerateArray().Select(v => v.GetString()!), verified);
            Assert.Equal(want.GetProperty("unverified_count").GetInt32(), result.Note.Unverified.Count);
        }
        else
        {
            var expected = want.GetProperty("error").GetString() switch
            {
                "malformed" => NoteError.Malformed,
                "no_verifiable_signature" => NoteError.NoVerifiableSignature,
                "invalid_signature" => NoteError.InvalidSignature,
                var other => throw new InvalidOperationException(other),
            };
            Assert.False(result.IsValid);
            Assert.Equal(expected, result.Error);
        }
    }

    [Fact]
    public void EveryVectorKeyParsesAndReencodesWithItsKeyId()
    {
        foreach (var key in Vectors.GetProperty("keys").EnumerateArray())
        {
            var text = key.GetProperty("vkey").GetString()!;
            var verifier = NoteVerifier.Parse(text);
            Assert.Equal(key.GetProperty("name").GetString(), verifier.Name);
            Assert.Equal(key.GetProperty("key_id_hex").GetString(), verifier.KeyId.ToString("x8"));
            Assert.Equal(text, verifier.ToString());
            if (key.TryGetProperty("skey", out var skey))
            {
                using var signer = NoteSigner.Parse(skey.GetString()!);
                Assert.Equal(text, signer.Verifier.ToString());
                Assert.Equal(skey.GetString(), signer.Export());
            }
        }
    }

    [Fact]
    public void ANoteSignedWithAVectorSignerKeyMatchesTheUpstreamSignature()
    {
        // Ed25519 is deterministic, so signing the x/mod example text with PeterNeumann's key reproduces the
        // signature line in the upstream vector.
        var key = Vectors.GetProperty("keys").EnumerateArray().First(k => k.GetProperty("name").GetString() == "PeterNeumann");
        using var signer = NoteSigner.Parse(key.GetProperty("skey").GetString()!);
        var expected = Vectors.GetProperty("notes").EnumerateArray().First(n => n.GetProperty("id").GetString() == "peter-only")
            .GetProperty("msg_b64").GetBytesFromBase64();
        var signed = SignedNote.Sign("If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n", signer);
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(signed));
    }

    [Fact]
    public void GeneratedKeysSignNotesTheirVerifierAccepts()
    {
        using var signer = NoteSigner.Generate("example.org/mission");
        var verifier = NoteVerifier.Parse(signer.Verifier.ToString());
        var note = SignedNote.Sign("hello\n", signer);
        Assert.True(SignedNote.Open(note, [verifier]).IsValid);
        using var reparsed = NoteSigner.Parse(signer.Export());
        Assert.Equal(signer.KeyId, reparsed.KeyId);
        Assert.DoesNotContain("PRIVATE", signer.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")]
    [InlineData("PeterNeumann+c74f20a3+AhpcQcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")]
    [InlineData("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")]
    [InlineData("PeterNeumann+c74f20a3")]
    public void MalformedVerifierKeysAreRejectedWithAReason(string text)
    {
        Assert.Null(NoteVerifier.TryParse(text, out var error));
        Assert.NotEmpty(error);
    }
}
