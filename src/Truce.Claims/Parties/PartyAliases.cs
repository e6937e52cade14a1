namespace Truce.Claims.Parties;

/// <summary>
/// A party's code and the names news uses for it ("Russia", "Kremlin", "Moscow"). The adjective
/// of each country-like alias ("Russian", "Ukrainian") is derived, so it need not be listed.
/// </summary>
public sealed record PartyAliases(string Code, IReadOnlyList<string> Aliases)
{
    /// <summary>Aliases for Russia and Ukraine, used when no agreement supplies its own.</summary>
    public static IReadOnlyList<PartyAliases> RussiaUkraineDefaults { get; } =
    [
        new("RU", ["Russia", "Russian Federation", "Kremlin", "Moscow", "Russian forces"]),
        new("UA", ["Ukraine", "Kyiv", "Kiev", "Ukrainian forces", "Zelenskyy's office"]),
    ];
}
