using System.Buffers;
using System.Text.RegularExpressions;

namespace Truce.Claims.Events;

/// <summary>
/// Tells, for a text, which of a list of regexes can match it at all: one that has openings (<see cref="LeadingLiterals"/>)
/// can match only where the text holds one of them, so one vectorised search for all openings rules out most regexes
/// on most texts. A regex whose pattern gives no openings is always a candidate. The screen follows each regex's own
/// pattern, so a pattern that changes changes its openings with it.
/// </summary>
internal sealed class LiteralScreen
{
    private readonly int count;
    private readonly int[] unscreened;
    private readonly SearchValues<string>? openings;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> regexesByOpening;
    private readonly int[] openingLengths;

    public LiteralScreen(IReadOnlyList<Regex> regexes)
    {
        count = regexes.Count;
        var byOpening = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var always = new List<int>();
        for (var i = 0; i < regexes.Count; i++)
        {
            if (LeadingLiterals.Of(regexes[i].ToString(), regexes[i].Options) is not { } literals)
            {
                always.Add(i);
                continue;
            }

            foreach (var literal in literals)
            {
                if (!byOpening.TryGetValue(literal, out var indexes))
                {
                    byOpening[literal] = indexes = [];
                }

                indexes.Add(i);
            }
        }

        unscreened = [.. always];
        openings = byOpening.Count > 0 ? SearchValues.Create([.. byOpening.Keys], StringComparison.Ordinal) : null;
        regexesByOpening = byOpening.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        openingLengths = [.. byOpening.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>Which regexes can match <paramref name="text"/>, by their index: false only where a regex cannot match.</summary>
    public bool[] Candidates(string text)
    {
        var candidates = new bool[count];
        foreach (var i in unscreened)
        {
            candidates[i] = true;
        }

        if (openings is null)
        {
            return candidates;
        }

        var from = 0;
        int found;
        while ((found = text.AsSpan(from).IndexOfAny(openings)) >= 0)
        {
            var at = from + found;
            foreach (var length in openingLengths)
            {
                if (at + length <= text.Length && regexesByOpening.TryGetValue(text.AsSpan(at, length), out var indexes))
                {
                    foreach (var i in indexes)
                    {
                        candidates[i] = true;
                    }
                }
            }

            from = at + 1;
        }

        return candidates;
    }
}
