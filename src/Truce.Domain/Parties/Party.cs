using Truce.Domain.Agreements;

namespace Truce.Domain.Parties;

/// <summary>
/// A party to an agreement: its code, name, the aliases news and reports use for it, and the area
/// zone it controls (which defines "its own side" of a line), when the agreement gives one.
/// </summary>
public sealed record Party(PartyCode Code, string Name, IReadOnlyList<string> Aliases, ZoneId? Controls);
