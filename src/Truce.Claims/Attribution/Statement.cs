namespace Truce.Claims.Attribution;

/// <summary>
/// An attributed statement (DESIGN.md §8): the speaker's full name as first introduced (or the
/// organisation), role, party via aliases, cue verb, kind ("direct" for quoted words, "reported"
/// for reported speech), the words without quotation marks and their UTF-16 offsets [Start, End)
/// in the plain text, the pronoun or short name that was resolved to the speaker, if any, and the
/// call sign or nickname the article gives the speaker ("Kosa" for "the brigade's deputy commander"), if any.
/// </summary>
public sealed record Statement(
    string Speaker,
    string? Role,
    string? Party,
    string Cue,
    string Kind,
    string Text,
    int Start,
    int End,
    string? ResolvedFrom,
    string? CallSign = null);
