using System.Text.Json;

namespace Truce.Claims.Scoring;

/// <summary>
/// A hand annotation of one article: each attributed statement (its speaker and a snippet of its
/// words), the gazetteer names of the places it names, and the claimed events (claimant, action
/// lemma, place). See the corpus README for the annotation rules.
/// </summary>
public sealed record GoldArticle(
    IReadOnlyList<GoldStatement> Statements,
    IReadOnlyList<string> Places,
    IReadOnlyList<GoldEvent> Events)
{
    /// <summary>Parses an annotation known to be well formed; throws <see cref="InvalidDataException"/> naming the problem otherwise.</summary>
    public static GoldArticle Parse(string json)
    {
        var read = Read(json, "gold annotation");
        return read.Gold ?? throw new InvalidDataException(read.Problem);
    }

    /// <summary>
    /// The annotation in <paramref name="json"/>, or why it cannot be one: a JSON syntax error as
    /// <c>FILE:LINE:COLUMN</c> (1-based; the column counts UTF-8 bytes), a wrong or missing member by its JSON path.
    /// </summary>
    /// <param name="json">The annotation file's text.</param>
    /// <param name="file">The annotation's file name, to start each message with.</param>
    public static GoldReadResult Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var reason = e.Message.Split(" LineNumber:", 2)[0].Trim().TrimEnd('.');
            return GoldReadResult.Fail($"{file}:{line}:{column}: not valid JSON: {reason}");
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return GoldReadResult.Fail($"{file}: $: expected an object with \"statements\", \"places\" and \"events\", found {Kind(root)}");
            }

            var statements = Items(root, "statements", problems, (item, path) =>
            {
                var speaker = Text(item, path, "speaker", problems, nullable: false);
                var quote = Text(item, path, "quote", problems, nullable: false);
                return speaker is null || quote is null ? null : new GoldStatement(speaker, quote);
            });
            var places = Items(root, "places", problems, (item, path) =>
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    return item.GetString();
                }

                problems.Add($"{path}: expected a place name as a string, found {Kind(item)}");
                return null;
            });
            var events = Items(root, "events", problems, (item, path) =>
            {
                var claimant = Text(item, path, "claimant", problems, nullable: true);
                var action = Text(item, path, "action", problems, nullable: false);
                var place = Text(item, path, "place", problems, nullable: true);
                return action is null ? null : new GoldEvent(claimant, action, place);
            });

            return problems.Count > 0
                ? GoldReadResult.Fail($"{file}: {problems[0]}" + (problems.Count > 1 ? $" (and {problems.Count - 1} more problem(s))" : string.Empty))
                : GoldReadResult.Ok(new GoldArticle(statements, places, events));
        }
    }

    private static List<T> Items<T>(JsonElement root, string name, List<string> problems, Func<JsonElement, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (!root.TryGetProperty(name, out var array))
        {
            problems.Add($"$.{name}: missing (write \"{name}\": [] when there are none)");
            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.{name}: expected an array, found {Kind(array)}");
            return items;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (read(item, $"$.{name}[{index}]") is { } value)
            {
                items.Add(value);
            }

            index++;
        }

        return items;
    }

    private static string? Text(JsonElement item, string path, string name, List<string> problems, bool nullable)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object, found {Kind(item)}");
            return null;
        }

        if (!item.TryGetProperty(name, out var value))
        {
            problems.Add($"{path}.{name}: missing" + (nullable ? " (write null when the article gives none)" : string.Empty));
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (!(nullable && value.ValueKind == JsonValueKind.Null))
        {
            problems.Add($"{path}.{name}: expected a string{(nullable ? " or null" : string.Empty)}, found {Kind(value)}");
        }

        return null;
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
