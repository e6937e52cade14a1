using System.Text.Json;

namespace Truce.Domain.Observations;

/// <summary>
/// A parsed JSON value that remembers the byte offset it started at, so that every validation
/// error can name its line and column. Internal: only the observation readers use it.
/// </summary>
internal sealed class PositionedJson
{
    // Property names repeat on every record; returning the one shared string saves an allocation each.
    private static readonly HashSet<string> KnownNames =
        [.. FieldNames.Top, .. FieldNames.Source, .. FieldNames.Evidence, "coordinates", "features", "properties", "bbox"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNameLookup = KnownNames.GetAlternateLookup<ReadOnlySpan<char>>();

    public required JsonTokenType Kind { get; init; }

    public required int Offset { get; init; }

    /// <summary>The string value, or the raw text of a number.</summary>
    public string? Text { get; init; }

    public List<PositionedMember>? Members { get; init; }

    public List<PositionedJson>? Items { get; init; }

    public string KindName => Kind switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        _ => "null",
    };

    /// <summary>
    /// Parses one JSON document. Syntax errors come back as (offset-free) line/column pairs from the
    /// reader, relative to the start of <paramref name="bytes"/>.
    /// </summary>
    public static PositionedJson Parse(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("the input holds no JSON value", null, 0, 0);
        }

        var node = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("more than one JSON value", null, 0, reader.TokenStartIndex);
        }

        return node;
    }

    private static string ReadName(ref Utf8JsonReader reader)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= 32)
        {
            Span<char> buffer = stackalloc char[32];
            var length = System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, buffer);
            if (KnownNameLookup.TryGetValue(buffer[..length], out var known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader)
    {
        var offset = checked((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<PositionedMember>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = checked((int)reader.TokenStartIndex);
                    var name = ReadName(ref reader);
                    reader.Read();
                    members.Add(new PositionedMember(name, nameOffset, ReadValue(ref reader)));
                }

                return new PositionedJson { Kind = JsonTokenType.StartObject, Offset = offset, Members = members };
            case JsonTokenType.StartArray:
                var items = new List<PositionedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return new PositionedJson { Kind = JsonTokenType.StartArray, Offset = offset, Items = items };
            case JsonTokenType.String:
                return new PositionedJson { Kind = JsonTokenType.String, Offset = offset, Text = reader.GetString() };
            case JsonTokenType.Number:
                return new PositionedJson
                {
                    Kind = JsonTokenType.Number,
                    Offset = offset,
                    Text = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
                };
            default:
                return new PositionedJson { Kind = reader.TokenType, Offset = offset };
        }
    }
}
