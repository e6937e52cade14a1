namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Every common speaker form with every common cue, in every position copy puts them: reported before ("X said that …"),
/// reported after ("…, X said"), a quote before its cue ("\"…,\" X said"), inverted ("\"…,\" said X") and a colon ("X said:
/// \"…\""). Round 16 found whole classes of these dropped one by one; the grid keeps them all. Sentences written for the test.
/// </summary>
public sealed class ConstructionGridTests
{
    private static readonly (string Written, string Speaker)[] Speakers =
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("the Kremlin", "Kremlin"),
        ("Russia's Defence Ministry", "Russia's Defence Ministry"),
        ("Hamas", "Hamas"),
        ("the Houthis", "Houthis"),
        ("a senior U.S. official", "senior U.S. official"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky"),
        ("the Israeli military", "Israeli military"),
        ("Thailand's army", "Thailand's army"),
        ("U.S. envoy Steve Witkoff", "Steve Witkoff"),
        ("the governor", "governor"),
        ("The Washington Post", "Washington Post"),
    ];

    private static readonly string[] Cues =
    [
        "said", "added", "stressed", "noted", "explained", "argued", "insisted", "warned", "acknowledged", "emphasised",
        "reiterated", "alleged", "asserted", "declared", "confirmed", "maintained", "concluded", "replied", "responded", "recalled",
        "remarked", "observed", "countered", "conceded", "admitted", "cautioned",
    ];

    private const string Words = "The talks will continue next week";

    [Fact]
    public void EverySpeakerFormWithEveryCueInEveryPositionIsAttributed()
    {
        var failures = new List<string>();
        foreach (var (written, speaker) in Speakers)
        {
            var opening = Grid.Opening(written);
            foreach (var cue in Cues)
            {
                Grid.CheckAttributed($"{opening} {cue} that the talks would continue next week.", speaker, "talks", failures);
                Grid.CheckAttributed($"{Words}, {written} {cue}.", speaker, "talks", failures);
                Grid.CheckAttributed($"\"{Words},\" {written} {cue}.", speaker, "talks", failures);
                Grid.CheckAttributed($"\"{Words},\" {cue} {written}.", speaker, "talks", failures);
                Grid.CheckAttributed($"{opening} {cue}: \"{Words}.\"", speaker, "talks", failures);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} sentences not attributed:\n{string.Join('\n', failures)}");
    }
}
