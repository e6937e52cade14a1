using System.Text.Json;
using Truce.Log.Merkle;
using Xunit;

namespace Truce.Log.Tests.Merkle;

public sealed class TransparencyDevVectorTests
{
    public static TheoryData<string> InclusionFiles() => Files("inclusion");

    public static TheoryData<string> ConsistencyFiles() => Files("consistency");

    [Theory]
    [MemberData(nameof(InclusionFiles))]
    public void InclusionVerdictMatchesTheVector(string file)
    {
        var vector = JsonDocument.Parse(File.ReadAllText(TestData.PathOf("transparency-dev-merkle", file))).RootElement;
        var verdict = ProofVerifier.VerifyInclusion(
            vector.GetProperty("leafIdx").GetUInt64(),
            vector.GetProperty("treeSize").GetUInt64(),
            Bytes(vector, "leafHash"),
            Proof(vector),
            Bytes(vector, "root"));
        Assert.Equal(!vector.GetProperty("wantErr").GetBoolean(), verdict.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Message));
    }

    [Theory]
    [MemberData(nameof(ConsistencyFiles))]
    public void ConsistencyVerdictMatchesTheVector(string file)
    {
        var vector = JsonDocument.Parse(File.ReadAllText(TestData.PathOf("transparency-dev-merkle", file))).RootElement;
        var verdict = ProofVerifier.VerifyConsistency(
            vector.GetProperty("size1").GetUInt64(),
            vector.GetProperty("size2").GetUInt64(),
            Bytes(vector, "root1"),
            Bytes(vector, "root2"),
            Proof(vector));
        Assert.Equal(!vector.GetProperty("wantErr").GetBoolean(), verdict.IsValid);
    }

    [Fact]
    public void AllUpstreamVectorFilesAreExercised()
    {
        Assert.Equal(98, InclusionFiles().Count);
        Assert.Equal(98, ConsistencyFiles().Count);
    }

    private static TheoryData<string> Files(string kind)
    {
        var root = TestData.PathOf("transparency-dev-merkle");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, kind), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    private static byte[] Bytes(JsonElement vector, string name) =>
        vector.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetBytesFromBase64() : [];

    private static List<byte[]>? Proof(JsonElement vector) =>
        vector.TryGetProperty("proof", out var proof) && proof.ValueKind == JsonValueKind.Array
            ? [.. proof.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetBytesFromBase64() : [])]
            : null;
}
