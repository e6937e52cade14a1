using Truce.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Truce.Cli.Missions;

/// <summary>
/// Reads an agreement file and the files it references (<c>geometry: zones/line.geojson</c>) as bytes,
/// so that the mission can keep them. This only finds the references; checking the agreement is the
/// agreement loader's job.
/// </summary>
public static class AgreementSourceFile
{
    /// <summary>The agreement and its referenced files, or the problems found (<c>file:line:col: message</c>).</summary>
    public static (AgreementSource? Source, IReadOnlyList<string> Errors) Read(string agreementPath)
    {
        if (!File.Exists(agreementPath))
        {
            return (null, [$"{agreementPath}: no such file"]);
        }

        var document = File.ReadAllBytes(agreementPath);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(new MemoryStream(document));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            return (null, [$"{agreementPath}:{e.Start.Line}:{e.Start.Column}: not valid YAML: {e.Message}"]);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(agreementPath))!;
        var errors = new List<string>();
        var files = new SortedDictionary<string, AgreementFile>(StringComparer.Ordinal);
        foreach (var reference in stream.Documents.SelectMany(d => GeometryReferences(d.RootNode)))
        {
            var where = $"{agreementPath}:{reference.Start.Line}:{reference.Start.Column}";
            var relative = reference.Value!.Replace('\\', '/');
            if (Path.IsPathRooted(relative) || relative.Split('/').Contains(".."))
            {
                errors.Add($"{where}: geometry: '{relative}' must be a path inside the agreement's folder, relative to it");
                continue;
            }

            var full = Path.Combine(folder, relative);
            if (!File.Exists(full))
            {
                errors.Add($"{where}: geometry: file '{relative}' not found next to the agreement ({full})");
                continue;
            }

            files.TryAdd(relative, new AgreementFile(relative, File.ReadAllBytes(full)));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new AgreementSource(Path.GetFileName(agreementPath), document, [.. files.Values]), []);
    }

    private static IEnumerable<YamlScalarNode> GeometryReferences(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: "geometry" } && value is YamlScalarNode { Value.Length: > 0 } scalar)
                    {
                        yield return scalar;
                    }
                    else
                    {
                        foreach (var inner in GeometryReferences(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var inner in sequence.Children.SelectMany(GeometryReferences))
                {
                    yield return inner;
                }

                break;
        }
    }
}
