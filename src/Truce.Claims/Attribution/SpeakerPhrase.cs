namespace Truce.Claims.Attribution;

/// <summary>A speaker as written in one attribution, before pronouns and short names are resolved.</summary>
public sealed record SpeakerPhrase(SpeakerForm Form, string Name, string? Role)
{
    /// <summary>True for a later reference in the narration ("Zelensky also thanked …"), which introduces nobody new.</summary>
    public bool Mention { get; init; }

    /// <summary>True when written with "the" ("the officials"), which refers back; "officials" alone may be a new group.</summary>
    public bool Definite { get; init; }

    /// <summary>True when written with "a", "an" or "another" ("a second official"), which brings in someone new.</summary>
    public bool Indefinite { get; init; }

    /// <summary>
    /// True for a person introduced as the subject of a sentence of the narration ("Kremlin spokesman Dmitry Peskov thanked
    /// Steve Witkoff …"), whom a following "he" means rather than someone the same sentence names after them.
    /// </summary>
    public bool Subject { get; init; }
}
