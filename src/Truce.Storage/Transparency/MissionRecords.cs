using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Truce.Domain.Violations;

namespace Truce.Storage.Transparency;

/// <summary>
/// The records the mission logs, as JSON objects with an <c>id</c> (see docs/log-format.md, "Entry kinds").
/// Hashes are lower-case hex SHA-256 of the exact bytes named.
/// </summary>
public static class MissionRecords
{
    public const string AgreementKind = "agreement";
    public const string ObservationKind = "observation";
    public const string EvaluationKind = "evaluation";

    /// <summary>
    /// An agreement version: its id and title, and the SHA-256 of the YAML document and of every referenced
    /// file (not the bytes: zone files easily exceed the 64 KiB entry limit, and the hashes pin them just as well).
    /// </summary>
    public static JsonElement Agreement(AgreementSource source, string id, string title, int version = 1) =>
        Build(json =>
        {
            json.WriteString("id", id);
            json.WriteString("title", title);
            json.WriteNumber("version", version);
            json.WriteString("file_name", source.FileName);
            json.WriteString("sha256", Sha256Hex(source.Document));
            json.WriteStartArray("files");
            foreach (var file in source.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("sha256", Sha256Hex(file.Content));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });

    /// <summary>An accepted observation: its canonical JSON, as stored (its <c>id</c> is the observation id).</summary>
    public static JsonElement Observation(StoredObservation stored)
    {
        using var document = JsonDocument.Parse(stored.CanonicalJson);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// One evaluation's result set: how many observations were evaluated, how many violations were found, and
    /// the SHA-256 of the violations as DESIGN.md §7 JSON (exactly what <c>truce violations --format json</c>
    /// prints after this evaluation). The id, <c>evaluation:&lt;that hash&gt;</c>, is the same for the same result.
    /// </summary>
    public static JsonElement Evaluation(IReadOnlyList<Violation> violations, long observationCount)
    {
        var hash = Sha256Hex(Encoding.UTF8.GetBytes(ViolationJson.ToJson(violations.Order(ViolationOrder.Instance))));
        return Build(json =>
        {
            json.WriteString("id", "evaluation:" + hash);
            json.WriteNumber("observations", observationCount);
            json.WriteNumber("violations", violations.Count);
            json.WriteString("violations_sha256", hash);
        });
    }

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JsonElement Build(Action<Utf8JsonWriter> body)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
