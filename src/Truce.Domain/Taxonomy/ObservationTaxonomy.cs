namespace Truce.Domain.Taxonomy;

/// <summary>
/// The set of observation type codes an agreement accepts: the standard codes of DESIGN.md §3 plus
/// the agreement's extensions. Immutable and thread-safe.
/// </summary>
public sealed class ObservationTaxonomy
{
    private readonly SortedSet<string> _codes;

    private ObservationTaxonomy(IEnumerable<string> codes)
    {
        _codes = new SortedSet<string>(codes, StringComparer.Ordinal);
    }

    /// <summary>The codes of DESIGN.md §3.</summary>
    public static ObservationTaxonomy Standard { get; } = new(StandardCodes.All);

    public IReadOnlyCollection<string> Codes => _codes;

    /// <summary>A taxonomy with these extra codes; each must be a well-formed dotted code.</summary>
    public ObservationTaxonomy Extend(IEnumerable<string> extensions)
    {
        var extra = extensions.ToList();
        var malformed = extra.FirstOrDefault(code => !TypePattern.IsWellFormedCode(code));
        if (malformed is not null)
        {
            throw new ArgumentException($"'{malformed}' is not a dotted lowercase code such as 'fire.thermobaric'", nameof(extensions));
        }

        return new ObservationTaxonomy(_codes.Concat(extra));
    }

    public bool Contains(ObservationType type) => _codes.Contains(type.Value);

    /// <summary>True when at least one known code matches the pattern, so a pattern naming nothing can be rejected.</summary>
    public bool MatchesAny(TypePattern pattern) => _codes.Any(code => pattern.Matches(new ObservationType(code)));

    /// <summary>The known code nearest to an unknown one, for "did you mean" hints; null when none is close.</summary>
    public string? Suggest(string unknown)
    {
        var best = _codes
            .Select(code => (code, distance: EditDistance(unknown, code)))
            .OrderBy(pair => pair.distance)
            .ThenBy(pair => pair.code, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.code is not null && best.distance <= Math.Max(2, unknown.Length / 4) ? best.code : null;
    }

    private static int EditDistance(string a, string b)
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
