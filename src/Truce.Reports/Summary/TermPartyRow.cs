namespace Truce.Reports.Summary;

/// <summary>A term's violation count in all and per party key (party code or "unknown").</summary>
public sealed record TermPartyRow(string Term, int Total, IReadOnlyDictionary<string, int> ByParty);
