using System.Text.Json;

namespace Truce.Domain.Observations;

/// <summary>Flattens one JSON observation object into raw fields, refusing unknown names with a hint.</summary>
internal static class JsonRecordFields
{
    public static List<RawField> Flatten(PositionedJson record, RecordContext context, IReadOnlyCollection<string> allowed)
    {
        var fields = new List<RawField>();
        foreach (var member in record.Members!)
        {
            if (!allowed.Contains(member.Name))
            {
                var (line, column) = context.Locate(member.NameOffset);
                context.Report(line, column, context.PathPrefix + member.Name, UnknownMessage(member.Name, allowed));
                continue;
            }

            if (member.Name == "source" && member.Value.Kind == JsonTokenType.StartObject)
            {
                foreach (var inner in member.Value.Members!)
                {
                    if (!FieldNames.Source.Contains(inner.Name))
                    {
                        var (line, column) = context.Locate(inner.NameOffset);
                        context.Report(line, column, $"{context.PathPrefix}source.{inner.Name}", FieldNames.UnknownMessage(inner.Name, FieldNames.Source));
                        continue;
                    }

                    fields.Add(ToField("source." + inner.Name, inner.Value, context));
                }

                continue;
            }

            if (member.Name == "source")
            {
                var (line, column) = context.Locate(member.Value.Offset);
                context.Report(line, column, context.PathPrefix + "source", $"must be an object with kind, id, reliability, credibility, perception, not {member.Value.KindName}");
                continue;
            }

            fields.Add(ToField(member.Name, member.Value, context));
        }

        return fields;
    }

    private static string UnknownMessage(string name, IReadOnlyCollection<string> allowed)
    {
        if (name is "lat" or "lon" or "geometry" && !allowed.Contains(name))
        {
            return $"'{name}' is not allowed in a feature's properties: the feature's geometry gives the place";
        }

        return FieldNames.UnknownMessage(name, allowed);
    }

    private static RawField ToField(string name, PositionedJson value, RecordContext context)
    {
        var kind = value.Kind switch
        {
            JsonTokenType.String => FieldKind.String,
            JsonTokenType.Number => FieldKind.Number,
            JsonTokenType.True or JsonTokenType.False => FieldKind.Boolean,
            JsonTokenType.StartObject => FieldKind.Object,
            JsonTokenType.StartArray => FieldKind.Array,
            _ => FieldKind.Null,
        };
        return new RawField(name, context.PathPrefix + name, kind, value.Text, value.Offset, value);
    }
}
