using System.Text;
using Truce.Domain.Agreements;
using Truce.Domain.Observations;
using Truce.Storage;

namespace Truce.Cli.Missions;

/// <summary>Parses an agreement as a mission stores it: the YAML bytes and the referenced files' bytes, nothing from disk.</summary>
public static class MissionAgreement
{
    public static AgreementParseResult Parse(AgreementSource source) => Parse(source, source.FileName);

    /// <summary>
    /// As <see cref="Parse(AgreementSource)"/>, naming the agreement <paramref name="shownPath"/> in errors (the path
    /// the user typed, so that <c>file:line:col</c> and zone file paths lead to the right files).
    /// </summary>
    public static AgreementParseResult Parse(AgreementSource source, string shownPath)
    {
        var files = source.Files.ToDictionary(file => file.Path, file => Encoding.UTF8.GetString(file.Content), StringComparer.Ordinal);
        return AgreementParser.Parse(
            shownPath,
            Encoding.UTF8.GetString(source.Document),
            relative => files.TryGetValue(relative.Replace('\\', '/'), out var text) ? text : null);
    }

    /// <summary>The stored agreement, parsed; a stored agreement was checked at <c>init</c>, so failing here means the store was altered.</summary>
    public static Agreement Load(IMissionStore store, string dataDirectory)
    {
        var source = store.ReadAgreement()
            ?? throw new StoreException($"{dataDirectory}: the mission holds no agreement (hint: truce init AGREEMENT.yaml --data {dataDirectory})");
        var parsed = Parse(source);
        return parsed.Agreement
            ?? throw new StoreException($"{dataDirectory}: the stored agreement no longer parses ({parsed.Errors[0]}); the database was altered");
    }

    /// <summary>What observations are checked against: the agreement's taxonomy and party codes.</summary>
    public static ObservationRules RulesOf(Agreement agreement) =>
        new(agreement.Taxonomy, agreement.Parties.Select(party => party.Code).ToHashSet());
}
