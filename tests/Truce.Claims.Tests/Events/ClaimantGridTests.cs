namespace Truce.Claims.Tests.Events;

/// <summary>
/// Every common claimant with every action of the taxonomy in every way copy reports a claim: "X said …", "…, X said",
/// "according to X", a first-person quote, "It said" a sentence after the claimant was named, "X claimed troops had …",
/// and the other side's answer in the same sentence. Round 17 found "claimed" without "that" before a bare plural subject
/// and "It said" after a body named only in the narration dropped for every claimant. Sentences written for the test.
/// </summary>
public sealed class ClaimantGridTests
{
    private static readonly (string Written, string Claimant, string Pronoun)[] Claimants =
    [
        ("the Russian Defence Ministry", "Russian Defence Ministry", "it"),
        ("Ukraine's General Staff", "Ukraine's General Staff", "it"),
        ("Russia's defence ministry", "Russia's defence ministry", "it"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "he"),
        ("Sumy regional governor Oleh Hryhorov", "Oleh Hryhorov", "he"),
        ("Ukraine's air force", "Ukraine's air force", "it"),
        ("the Russian military", "Russian military", "it"),
    ];

    private static readonly (string Action, string Subject, string Past, string Perfect, string Place)[] Actions =
    [
        ("capture", "troops", "captured the village of Dachne", "had captured the village of Dachne", "Dachne"),
        ("strike", "drones", "struck an energy facility in Sumy", "had struck an energy facility in Sumy", "Sumy"),
        ("shell", "artillery", "shelled Kherson", "had shelled Kherson", "Kherson"),
        ("shoot down", "air defences", "shot down 40 drones over the Kursk region", "had shot down 40 drones over the Kursk region", "Kursk Oblast"),
        ("attack", "troops", "attacked positions near Pokrovsk", "had attacked positions near Pokrovsk", "Pokrovsk"),
        ("advance", "troops", "advanced near Kupiansk", "had advanced near Kupiansk", "Kupiansk"),
        ("withdraw", "troops", "withdrew from Vovchansk", "had withdrawn from Vovchansk", "Vovchansk"),
        ("liberate", "troops", "liberated the village of Dachne", "had liberated the village of Dachne", "Dachne"),
        ("recapture", "troops", "recaptured Kupiansk", "had recaptured Kupiansk", "Kupiansk"),
    ];

    [Fact]
    public void EveryClaimantOfEveryActionInEveryFrameIsTheClaimant()
    {
        var failures = new List<string>();
        foreach (var (written, claimant, pronoun) in Claimants)
        {
            var opening = Grid.Opening(written);
            foreach (var (action, subject, past, perfect, place) in Actions)
            {
                var reported = $"{subject} {perfect}";
                var told = $"{subject} {past}";
                string[] frames =
                [
                    $"{opening} said {reported}.",
                    $"{opening} said that {reported}.",
                    $"{Grid.Opening(told)} on Monday, {written} said.",
                    $"{Grid.Opening(told)} on Monday, said {written}.",
                    $"According to {written}, {told} on Monday.",
                    $"{Grid.Opening(told)} on Monday, according to {written}.",
                    $"{opening} said in a statement on Telegram that {reported}.",
                    $"\u201COur {told},\u201D {written} said.",
                    $"{opening} said on Monday: \u201COur {told}.\u201D",
                    $"{opening} gave an update on Monday. {Grid.Opening(pronoun)} said {reported}.",
                    $"{opening} said the front was quiet. {Grid.Opening(pronoun)} added that {reported}.",
                    $"{opening} claimed {reported}.",
                    $"{opening} reported that {reported}.",
                    $"{Grid.Opening(told)} overnight, {written} said in a statement, citing field reports.",
                    $"In a statement, {written} said {reported}.",
                    $"{Grid.Opening(told)} overnight, {written} said on Tuesday, adding that two people were wounded.",
                    $"{Grid.Opening(told)}, {written} claimed.",
                    $"{opening} announced that {reported}.",
                    $"{Grid.Opening(told)} overnight, {written} told reporters.",
                    $"{opening} told Reuters that {reported}.",
                    $"{opening} said {reported}, but Kyiv denied any such advance.",
                    $"{opening} said {reported}, a claim Moscow denied.",
                    $"{opening} said {reported}; Ukraine said its forces were holding firm.",
                ];
                foreach (var frame in frames)
                {
                    var events = Extract.From(frame).Events;
                    if (!events.Any(e => e.Claimant == claimant && e.Action == action && e.Place == place))
                    {
                        failures.Add($"{frame} → {string.Join(", ", events.Select(e => $"{e.Claimant ?? "-"} {e.Action} @ {e.Place ?? "-"}"))}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} claims not given to their claimant:\n{string.Join('\n', failures)}");
    }
}
