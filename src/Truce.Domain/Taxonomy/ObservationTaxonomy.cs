using Truce.Domain.Naming;

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
    public string? Suggest(string unknown) => NearestName.Find(unknown, _codes, tolerance: 4);
}
