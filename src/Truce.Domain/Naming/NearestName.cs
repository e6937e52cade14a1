namespace Truce.Domain.Naming;

/// <summary>"Did you mean" hints: the known name nearest to an unknown one by edit distance.</summary>
public static class NearestName
{
    /// <summary>
    /// The known name with the smallest Levenshtein distance to <paramref name="unknown"/> (ties
    /// broken by ordinal order), or null when even that one differs in more than
    /// max(2, length / <paramref name="tolerance"/>) characters.
    /// </summary>
    public static string? Find(string unknown, IEnumerable<string> known, int tolerance)
    {
        var best = known
            .Select(name => (name, distance: EditDistance(unknown, name)))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.name is not null && best.distance <= Math.Max(2, unknown.Length / tolerance) ? best.name : null;
    }

    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
