using YamlDotNet.RepresentationModel;

namespace Truce.Domain.Agreements;

/// <summary>Collects <see cref="AgreementError"/>s for one YAML file, positioned at nodes.</summary>
internal sealed class YamlErrors(string file, List<AgreementError> sink)
{
    public string File { get; } = file;

    public void Add(YamlNode node, string message) =>
        sink.Add(new AgreementError(File, (int)node.Start.Line, (int)node.Start.Column, null, message));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "something else",
    };
}
