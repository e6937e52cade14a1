using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Truce.Domain.Agreements;

/// <summary>
/// The fields of one YAML mapping, read with their positions; every mistake (unknown field, missing
/// field, wrong type) is added to the shared error list instead of stopping the parse.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly YamlErrors _errors;

    private YamlFields(YamlMappingNode node, string what, YamlErrors errors)
    {
        Node = node;
        What = what;
        _errors = errors;
    }

    public YamlMappingNode Node { get; }

    /// <summary>What the mapping is, for messages ("term"; "term T1" once its id is known).</summary>
    public string What { get; set; }

    /// <summary>Reads a mapping, reporting fields outside <paramref name="allowed"/>; null when the node is not a mapping.</summary>
    public static YamlFields? Read(YamlNode node, string what, IReadOnlyCollection<string> allowed, YamlErrors errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, $"{what} must be a mapping of fields, found {YamlErrors.Describe(node)}");
            return null;
        }

        var fields = new YamlFields(mapping, what, errors);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                errors.Add(key, $"{what}: field names must be plain strings");
                continue;
            }

            if (!allowed.Contains(name))
            {
                errors.Add(key, $"{what}: unknown field '{name}' (allowed: {string.Join(", ", allowed)})");
                continue;
            }

            fields._fields[name] = (key, value);
        }

        return fields;
    }

    public bool Has(string name) => _fields.ContainsKey(name);

    public YamlNode? Value(string name) => _fields.TryGetValue(name, out var field) ? field.Value : null;

    public YamlNode KeyOrNode(string name) => _fields.TryGetValue(name, out var field) ? field.Key : Node;

    public YamlNode? Required(string name)
    {
        var value = Value(name);
        if (value is null)
        {
            _errors.Add(Node, $"{What}: missing field '{name}'");
        }

        return value;
    }

    public string? RequiredString(string name) => Required(name) is { } node ? String(node, name) : null;

    public string? OptionalString(string name) => Value(name) is { } node ? String(node, name) : null;

    /// <summary>A finite number greater than zero, or null (reported when present but wrong).</summary>
    public double? OptionalPositiveNumber(string name)
    {
        if (Value(name) is not { } node || String(node, name) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            _errors.Add(node, $"{What}: '{name}' must be a number, found '{text}'");
            return null;
        }

        if (number <= 0)
        {
            _errors.Add(node, $"{What}: '{name}' must be greater than 0, found {text}");
            return null;
        }

        return number;
    }

    public YamlSequenceNode? RequiredSequence(string name) => Required(name) is { } node ? Sequence(node, name) : null;

    public YamlSequenceNode? OptionalSequence(string name) => Value(name) is { } node ? Sequence(node, name) : null;

    /// <summary>The strings of a sequence of scalars; non-scalar items are reported and skipped.</summary>
    public List<(YamlNode Node, string Text)> Strings(YamlSequenceNode sequence, string name)
    {
        var items = new List<(YamlNode, string)>();
        foreach (var item in sequence.Children)
        {
            if (String(item, name) is { } text)
            {
                items.Add((item, text));
            }
        }

        return items;
    }

    private string? String(YamlNode node, string name)
    {
        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value ?? string.Empty;
            if (text.Length == 0)
            {
                _errors.Add(node, $"{What}: '{name}' must not be empty");
                return null;
            }

            return text;
        }

        _errors.Add(node, $"{What}: '{name}' must be a single value, found {YamlErrors.Describe(node)}");
        return null;
    }

    private YamlSequenceNode? Sequence(YamlNode node, string name)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        _errors.Add(node, $"{What}: '{name}' must be a list, found {YamlErrors.Describe(node)}");
        return null;
    }
}
