using System.Text.RegularExpressions;

namespace Truce.Claims.Parties;

/// <summary>
/// Maps a speaker's name and role to a party code: an alias or its adjective occurring as whole
/// words ("Ukrainian President" → UA). When aliases of several parties occur, the first in the
/// text wins, because English puts the affiliation first ("Russian envoy to Ukraine").
/// </summary>
public sealed class PartyMatcher
{
    private readonly List<(string Code, Regex Pattern)> _patterns = [];

    public PartyMatcher(IReadOnlyList<PartyAliases> parties)
    {
        foreach (var party in parties)
        {
            var forms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in party.Aliases.Where(a => a.Trim().Length > 0))
            {
                forms.Add(alias.Trim());
                foreach (var adjective in Adjectives(alias.Trim()))
                {
                    forms.Add(adjective);
                }
            }

            var alternatives = string.Join("|", forms.OrderByDescending(f => f.Length).Select(Regex.Escape));
            _patterns.Add((party.Code, new Regex($@"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])", RegexOptions.CultureInvariant)));
        }
    }

    /// <summary>The party whose alias occurs first in <paramref name="text"/>, or null.</summary>
    public string? Match(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        string? best = null;
        var bestIndex = int.MaxValue;
        foreach (var (code, pattern) in _patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && match.Index < bestIndex)
            {
                best = code;
                bestIndex = match.Index;
            }
        }

        return best;
    }

    /// <summary>English adjectives of country names: Russia → Russian, Ukraine → Ukrainian.</summary>
    public static IEnumerable<string> Adjectives(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 4)
        {
            yield break;
        }

        if (name.EndsWith('a'))
        {
            yield return name + "n";
        }
        else if (name.EndsWith('e'))
        {
            yield return name[..^1] + "ian";
        }
        else if (name.EndsWith('y'))
        {
            yield return name[..^1] + "ian";
        }
    }
}
