namespace Truce.Claims.Attribution;

/// <summary>
/// A public figure who speaks in ceasefire reporting: the full name as wire copy prints it, what a pronoun for them is,
/// the country or body they speak for (ISO 3166 alpha-2, or "EU", "NATO", "UN", "IAEA"), and the roles the press
/// refers back to them by ("the French president", "the Kremlin spokesman"), in lower case except for proper words.
/// </summary>
public sealed record PublicFigure(string Name, PersonGender Gender, string Country, IReadOnlyList<string> Roles)
{
    public IReadOnlyList<string> NameWords { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
