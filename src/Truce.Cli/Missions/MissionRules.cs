using Truce.Domain.Observations;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Storage;
using YamlDotNet.RepresentationModel;

namespace Truce.Cli.Missions;

/// <summary>
/// What ingest checks observations against: the mission's party codes and its taxonomy (standard codes
/// plus <c>taxonomy_extensions</c>), read straight from the stored agreement YAML. A stopgap until the
/// agreement loader exists: then build <see cref="ObservationRules"/> from the loaded agreement instead.
/// </summary>
public static class MissionRules
{
    public static ObservationRules From(AgreementSource agreement)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(new MemoryStream(agreement.Document)))
        {
            stream.Load(reader);
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        var parties = new HashSet<PartyCode>();
        var extensions = new List<string>();
        if (root is not null)
        {
            if (root.Children.TryGetValue(new YamlScalarNode("parties"), out var partyList) && partyList is YamlSequenceNode partyItems)
            {
                foreach (var party in partyItems.Children.OfType<YamlMappingNode>())
                {
                    if (party.Children.TryGetValue(new YamlScalarNode("code"), out var code) && code is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        parties.Add(new PartyCode(value));
                    }
                }
            }

            if (root.Children.TryGetValue(new YamlScalarNode("taxonomy_extensions"), out var extensionList) && extensionList is YamlSequenceNode extensionItems)
            {
                extensions.AddRange(extensionItems.Children.OfType<YamlScalarNode>()
                    .Select(s => s.Value ?? string.Empty)
                    .Where(TypePattern.IsWellFormedCode));
            }
        }

        return new ObservationRules(ObservationTaxonomy.Standard.Extend(extensions), parties);
    }
}
