namespace Truce.Domain.Agreements;

/// <summary>The spelling of each <see cref="TermKind"/> in agreement files.</summary>
public static class TermKinds
{
    private static readonly (TermKind Kind, string Name)[] Names =
    [
        (TermKind.ProhibitActivity, "prohibit-activity"),
        (TermKind.KeepAway, "keep-away"),
        (TermKind.ProtectSites, "protect-sites"),
        (TermKind.NoBuildup, "no-buildup"),
        (TermKind.FreedomOfMovement, "freedom-of-movement"),
    ];

    public static IEnumerable<string> All => Names.Select(pair => pair.Name);

    public static string Name(this TermKind kind) => Names.First(pair => pair.Kind == kind).Name;

    public static TermKind? TryParse(string text)
    {
        foreach (var (kind, name) in Names)
        {
            if (name == text)
            {
                return kind;
            }
        }

        return null;
    }
}
