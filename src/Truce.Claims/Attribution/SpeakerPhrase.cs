namespace Truce.Claims.Attribution;

/// <summary>A speaker as written in one attribution, before pronouns and short names are resolved.</summary>
public sealed record SpeakerPhrase(SpeakerForm Form, string Name, string? Role)
{
    /// <summary>True for a later reference in the narration ("Zelensky also thanked …"), which introduces nobody new.</summary>
    public bool Mention { get; init; }
}
