namespace Truce.Claims.Attribution;

/// <summary>How a speaker is named in the attribution.</summary>
public enum SpeakerForm
{
    /// <summary>A person's name, possibly with a role: "Kremlin spokesman Dmitry Peskov", "Peskov".</summary>
    Name,

    /// <summary>An organisation or a place standing for its government: "the Russian Defense Ministry", "Kyiv".</summary>
    Organisation,

    /// <summary>He, she, they, it.</summary>
    Pronoun,

    /// <summary>A role without a name: "a senior Ukrainian official", "the governor".</summary>
    Description,
}
