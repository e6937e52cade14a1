namespace Truce.Claims.Places;

/// <summary>Reads RFC 4180 CSV (comma, double-quote quoting, header first) into field maps.</summary>
internal static class CsvRows
{
    public static IEnumerable<Dictionary<string, string>> Read(TextReader reader)
    {
        string[]? header = null;
        while (ReadRecord(reader) is { } fields)
        {
            if (header is null)
            {
                header = fields;
                continue;
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : "";
            }

            yield return row;
        }
    }

    private static string[]? ReadRecord(TextReader reader)
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i >= line.Length)
            {
                if (quoted)
                {
                    var next = reader.ReadLine() ?? throw new InvalidDataException("CSV: unterminated quoted field");
                    field.Append('\n');
                    line = next;
                    i = 0;
                    continue;
                }

                fields.Add(field.ToString());
                return [.. fields];
            }

            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }

            i++;
        }
    }
}
