namespace Truce.Claims.Attribution;

/// <summary>A person or organisation that speaks in an article, as first introduced.</summary>
public sealed class Speaker(string name, string? role, SpeakerForm form)
{
    public string Name { get; private set; } = name;

    public string? Role { get; set; } = role;

    public SpeakerForm Form { get; } = form;

    /// <summary>The call sign or nickname the article gives this speaker ("Kosa"), or null.</summary>
    public string? CallSign { get; set; }

    public IReadOnlyList<string> NameWords { get; private set; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Gives a person first met by surname alone (a headline's "Trump") the full name the article gives later
    /// ("President Donald Trump"), so that every statement carries the full name.
    /// </summary>
    public void Complete(string fullName)
    {
        Name = fullName;
        NameWords = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
