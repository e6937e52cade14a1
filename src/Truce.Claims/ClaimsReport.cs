using Truce.Claims.Attribution;
using Truce.Claims.Events;

namespace Truce.Claims;

/// <summary>What one article claims (DESIGN.md §8): statements, places and events, in text order.</summary>
public sealed record ClaimsReport(
    string? Source,
    string? Published,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<ResolvedPlace> Places,
    IReadOnlyList<EventClaim> Events);
