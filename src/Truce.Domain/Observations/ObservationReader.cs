using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Truce.Domain.Observations;

/// <summary>
/// Reads one batch of observations from one or more files (NDJSON, CSV, GeoJSON FeatureCollection),
/// validating every record against DESIGN.md §4 and the mission's <see cref="ObservationRules"/>.
/// Errors never stop the reading: <see cref="Finish"/> lists every one of them, with line and column,
/// and then no observation at all. Ids must be unique across the whole batch. Not thread-safe.
/// </summary>
public sealed class ObservationReader
{
    private static readonly HashSet<string> TopFields = [.. FieldNames.Top];
    private static readonly HashSet<string> PropertyFields = [.. FieldNames.Properties];

    private readonly ObservationRules _rules;
    private readonly List<Observation> _observations = [];
    private readonly List<ObservationError> _errors = [];
    private readonly Dictionary<string, (string File, int Line, int Column)> _seenIds = new(StringComparer.Ordinal);

    public ObservationReader(ObservationRules rules)
    {
        _rules = rules;
    }

    /// <summary>The format a file name implies, or null when its extension names none.</summary>
    public static ObservationFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".ndjson" or ".jsonl" => ObservationFormat.Ndjson,
        ".csv" => ObservationFormat.Csv,
        ".geojson" or ".json" => ObservationFormat.GeoJson,
        _ => null,
    };

    /// <summary>Reads a whole batch from one buffer; a convenience for a single file.</summary>
    public static ObservationReadResult Read(ReadOnlyMemory<byte> utf8, ObservationFormat format, string file, ObservationRules rules)
    {
        var reader = new ObservationReader(rules);
        reader.Add(utf8, format, file);
        return reader.Finish();
    }

    /// <summary>
    /// Reads one observation in the canonical JSON <see cref="ObservationWriter.ToCanonicalJson"/> wrote, as a
    /// store reads back what it accepted: no taxonomy or party checks. Throws <see cref="FormatException"/>
    /// when the bytes are not such a record (a damaged store, a bug).
    /// </summary>
    public static Observation ReadCanonical(ReadOnlySpan<byte> json)
    {
        try
        {
            return CanonicalObservationReader.Read(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("not a canonical observation: " + e.Message, e);
        }
    }

    /// <summary>Adds the records of one file (UTF-8, a leading BOM is skipped); <paramref name="file"/> names it in errors.</summary>
    public void Add(ReadOnlyMemory<byte> utf8, ObservationFormat format, string file)
    {
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[3..];
        }

        switch (format)
        {
            case ObservationFormat.Ndjson:
                AddNdjson(utf8, file);
                break;
            case ObservationFormat.Csv:
                AddCsv(utf8, file);
                break;
            case ObservationFormat.GeoJson:
                AddGeoJson(utf8, file);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown observation format");
        }
    }

    /// <summary>Every observation in reading order when there was no error; otherwise every error and no observation.</summary>
    public ObservationReadResult Finish() => _errors.Count == 0
        ? new ObservationReadResult([.. _observations], [])
        {
            Locations = _seenIds.ToDictionary(pair => new ObservationId(pair.Key), pair => new RecordLocation(pair.Value.File, pair.Value.Line, pair.Value.Column)),
        }
        : new ObservationReadResult([], [.. _errors]);

    private void AddNdjson(ReadOnlyMemory<byte> utf8, string file)
    {
        var lineNumber = 0;
        var rest = utf8;
        while (rest.Length > 0)
        {
            lineNumber++;
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            var positions = new TextPositions(line, lineNumber);
            var context = new RecordContext(file, lineNumber, 1, string.Empty, positions.At, _errors);
            PositionedJson record;
            try
            {
                record = PositionedJson.Parse(line.Span);
            }
            catch (JsonException e)
            {
                context.Report(lineNumber, (int)(e.BytePositionInLine ?? 0) + 1, "(line)", "not valid JSON: " + SyntaxMessage(e));
                continue;
            }

            if (record.Kind != JsonTokenType.StartObject)
            {
                context.Report(lineNumber, 1, "(line)", $"each line must hold one JSON object, not {record.KindName}");
                continue;
            }

            AddRecord(context, JsonRecordFields.Flatten(record, context, TopFields), geometryOnly: false);
        }
    }

    private void AddGeoJson(ReadOnlyMemory<byte> utf8, string file)
    {
        var positions = new TextPositions(utf8);
        PositionedJson document;
        try
        {
            document = PositionedJson.Parse(utf8.Span);
        }
        catch (JsonException e)
        {
            _errors.Add(new ObservationError(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "$", "not valid JSON: " + SyntaxMessage(e)));
            return;
        }

        var top = new RecordContext(file, 1, 1, string.Empty, positions.At, _errors);
        if (document.Kind != JsonTokenType.StartObject
            || !document.Members!.Any(m => m.Name == "type" && m.Value.Text == "FeatureCollection"))
        {
            top.Report(1, 1, "$", "must be a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": [...]}");
            return;
        }

        var features = document.Members!.FirstOrDefault(m => m.Name == "features")?.Value;
        if (features?.Kind != JsonTokenType.StartArray)
        {
            top.Report(1, 1, "$.features", "required: an array of Feature objects");
            return;
        }

        for (var i = 0; i < features.Items!.Count; i++)
        {
            AddFeature(features.Items[i], i, positions, file);
        }
    }

    private void AddFeature(PositionedJson feature, int index, TextPositions positions, string file)
    {
        var path = $"$.features[{index}]";
        var (line, column) = positions.At(feature.Offset);
        var context = new RecordContext(file, line, column, path + ".properties.", positions.At, _errors);
        if (feature.Kind != JsonTokenType.StartObject || !feature.Members!.Any(m => m.Name == "type" && m.Value.Text == "Feature"))
        {
            context.Report(line, column, path, "must be a GeoJSON Feature object with \"type\": \"Feature\"");
            return;
        }

        var fields = new List<RawField>();
        PositionedJson? properties = null;
        foreach (var member in feature.Members!)
        {
            switch (member.Name)
            {
                case "type" or "bbox":
                    break;
                case "id":
                    var (idLine, idColumn) = positions.At(member.NameOffset);
                    context.Report(idLine, idColumn, path + ".id", "put the observation id in properties.id, not in the feature's id");
                    break;
                case "geometry" when member.Value.Kind != JsonTokenType.Null:
                    fields.Add(new RawField("geometry", path + ".geometry", FieldKind.Object, null, member.Value.Offset, member.Value));
                    break;
                case "geometry":
                    break;
                case "properties":
                    properties = member.Value;
                    break;
                default:
                    var (memberLine, memberColumn) = positions.At(member.NameOffset);
                    context.Report(memberLine, memberColumn, $"{path}.{member.Name}", $"unknown Feature member '{member.Name}'; observation fields go in properties");
                    break;
            }
        }

        if (properties?.Kind != JsonTokenType.StartObject)
        {
            context.Report(line, column, path + ".properties", "required: an object carrying the observation's fields");
            return;
        }

        fields.AddRange(JsonRecordFields.Flatten(properties, context, PropertyFields));
        AddRecord(context with { PathPrefix = path + ".properties." }, fields, geometryOnly: true);
    }

    private void AddCsv(ReadOnlyMemory<byte> utf8, string file)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, HasHeader = true, DisableColCountCheck = true })
            .From(utf8.ToArray());
        var header = reader.Header.ColNames;
        if (header.Count == 0 || (header.Count == 1 && header[0].Length == 0))
        {
            _errors.Add(new ObservationError(file, 1, 1, "(header)", "a CSV observation file needs a header row naming its columns"));
            return;
        }

        var names = new string?[header.Count];
        var csvNames = new HashSet<string>(FieldNames.Csv, StringComparer.Ordinal);
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c];
            if (!csvNames.Contains(name))
            {
                var message = name switch
                {
                    "evidence" => "CSV carries no evidence; use NDJSON or GeoJSON for observations with evidence hashes",
                    "geometry" => "CSV carries points as lat + lon; use NDJSON or GeoJSON for polygons",
                    _ => FieldNames.UnknownMessage(name, FieldNames.Csv),
                };
                _errors.Add(new ObservationError(file, 1, c + 1, name, message));
                continue;
            }

            names[c] = name.StartsWith("source_", StringComparison.Ordinal) ? "source." + name["source_".Length..] : name;
        }

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var context = new RecordContext(file, line, 1, string.Empty, column => (line, column), _errors);
            if (row.ColCount != header.Count)
            {
                context.Report(line, 1, "(row)", $"has {row.ColCount} columns, the header has {header.Count}");
                continue;
            }

            var fields = new List<RawField>(header.Count);
            for (var c = 0; c < header.Count; c++)
            {
                if (names[c] is { } name)
                {
                    fields.Add(new RawField(name, header[c], FieldKind.Text, row[c].ToString(), c + 1));
                }
            }

            AddRecord(context, fields, geometryOnly: false);
        }
    }

    private void AddRecord(RecordContext context, List<RawField> fields, bool geometryOnly)
    {
        var validator = new RecordValidator(context, _rules, fields);
        var observation = validator.Build(geometryOnly);
        if (validator.IdField is { Kind: FieldKind.String or FieldKind.Text, Text: { Length: > 0 } id } idField)
        {
            if (_seenIds.TryGetValue(id, out var first))
            {
                context.Report(idField, $"duplicate id '{id}' in this batch; first at {first.File}:{first.Line}:{first.Column}");
                return;
            }

            var (line, column) = context.Locate(idField.Offset);
            _seenIds.Add(id, (context.File, line, column));
        }

        if (observation is not null && _errors.Count == 0)
        {
            _observations.Add(observation);
        }
    }

    private static string SyntaxMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut].TrimEnd('.', ' ') + ".";
    }
}
