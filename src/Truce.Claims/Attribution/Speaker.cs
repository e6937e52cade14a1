namespace Truce.Claims.Attribution;

/// <summary>
/// A person or organisation that speaks in an article, with the name it was first met by (a headline's "Trump" stays
/// "Trump" when "President Donald Trump" follows). The name statements carry is decided once, by <see cref="SpeakerNaming"/>.
/// </summary>
public sealed class Speaker(string name, string? role, SpeakerForm form)
{
    public string Name { get; } = name;

    public string? Role { get; set; } = role;

    public SpeakerForm Form { get; } = form;

    /// <summary>The call sign or nickname the article gives this speaker ("Kosa"), or null.</summary>
    public string? CallSign { get; set; }

    public IReadOnlyList<string> NameWords { get; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
