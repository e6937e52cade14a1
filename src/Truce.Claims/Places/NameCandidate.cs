namespace Truce.Claims.Places;

/// <summary>
/// A gazetteer entry reachable by one surface name. <paramref name="Primary"/> is true for the
/// entry's own or ASCII name and false for an alternate name; <paramref name="NeedsThe"/> for
/// names news only writes with an article ("the Gulf").
/// </summary>
public sealed record NameCandidate(GazetteerEntry Entry, bool Primary, bool NeedsThe);
