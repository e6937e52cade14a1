using Truce.Claims.Parties;
using Truce.Cli.Agreements;
using Truce.Cli.Missions;
using Truce.Domain.Agreements;
using Truce.Storage;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Claims;

/// <summary>
/// Where the claims commands take parties and their aliases from, first match wins: <c>--party</c>
/// options, an agreement file (<c>--agreement</c>), the mission's stored agreement (<c>--data</c>),
/// and only when none is given the built-in Russia/Ukraine aliases.
/// </summary>
public static class ClaimParties
{
    /// <summary>The parties, or null after writing why on <paramref name="error"/>.</summary>
    public static IReadOnlyList<PartyAliases>? Resolve(IReadOnlyList<string> partyOptions, string? agreementFile, string? dataDirectory, string command, TextWriter error)
    {
        if (partyOptions.Count > 0)
        {
            return Parse(partyOptions, command, error);
        }

        if (agreementFile is not null)
        {
            var parsed = AgreementFiles.Load(agreementFile);
            if (parsed.Agreement is null)
            {
                foreach (var problem in parsed.Errors)
                {
                    error.WriteLine(problem);
                }

                error.WriteLine($"{command}: {agreementFile}: the agreement has {parsed.Errors.Count} error(s) (hint: truce agreement check {agreementFile})");
                return null;
            }

            return Of(parsed.Agreement);
        }

        if (dataDirectory is not null)
        {
            try
            {
                using var store = SqliteMissionStore.Open(dataDirectory);
                return Of(MissionAgreement.Load(store, dataDirectory));
            }
            catch (StoreException e)
            {
                error.WriteLine($"{command}: {e.Message}");
                return null;
            }
        }

        return PartyAliases.RussiaUkraineDefaults;
    }

    /// <summary>Each party's code with its name and aliases as the names news may use for it.</summary>
    public static IReadOnlyList<PartyAliases> Of(Agreement agreement) =>
        [.. agreement.Parties.Select(party => new PartyAliases(party.Code.Value, [party.Name, .. party.Aliases]))];

    private static List<PartyAliases>? Parse(IReadOnlyList<string> options, string command, TextWriter error)
    {
        var parties = new List<PartyAliases>();
        foreach (var option in options)
        {
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == option.Length - 1)
            {
                error.WriteLine($"{command}: --party '{option}' must look like RU=Russia,Kremlin,Moscow");
                return null;
            }

            var aliases = option[(equals + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            parties.Add(new PartyAliases(option[..equals].Trim(), aliases));
        }

        return parties;
    }
}
