using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Capitalised words that a preposition takes ("for Sudan", "in Port Sudan", "Aboard Air Force One") are the object of that
/// preposition: where the speaker is or what their role is for, never the speaker. Sentences written for the test.
/// </summary>
public sealed class PrepositionObjectTests
{
    private static readonly string[] RolePrepositions = ["for", "in", "to", "at", "from", "with"];

    private static readonly string[] Places = ["Sudan", "Lebanon", "Port Sudan", "Gaza", "South Kivu", "Kharkiv"];

    private static readonly string[] People = ["Amina Diallo", "Tomas Berg", "Lucia Ferrante", "Kenji Watanabe"];

    private static readonly string[] Openings = ["Aboard", "Alongside", "Ahead of", "Unlike", "Without", "Until", "For", "With"];

    [Fact]
    public void ThePersonApposedToARoleForACountrySpeaksNotTheCountry()
    {
        var statement = Extract.Only("The UN humanitarian coordinator for Chad, Maria Lindqvist, said convoys were ready to move \"as soon as the roads open\".");
        Assert.Equal("Maria Lindqvist", statement.Speaker);
    }

    [Fact]
    public void AnOfficialOfAGovernmentInACityIsDescribedNotTheCity()
    {
        var statement = Extract.Only("A senior official of the army-backed government in Port Sudan said the rebels \"cannot be trusted with a truce\".");
        Assert.StartsWith("senior official of the army-backed government", statement.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOpeningPhraseAboardAnAircraftIsNoSpeaker()
    {
        var statement = Extract.Only("Aboard Air Force One, President Donald Trump told reporters the bombing had to \"stop right now\".");
        Assert.Equal("Donald Trump", statement.Speaker);
    }

    [Fact]
    public void APersonAfterAPrepositionSpeaksWhenARelativeClauseMakesThemItsSubject()
    {
        var statement = Extract.Only("The joke drew a laugh from Emmanuel Macron, who said he could \"easily imagine it\".");
        Assert.Equal("Emmanuel Macron", statement.Speaker);
    }

    [Fact]
    public void AHeadlineAndTheDatelineUnderItMakeNoPerson()
    {
        var report = Extract.From("Aid trucks wait at the border near Adre\nPort Sudan (AFP) - Aid agencies waited on Monday.\n"
            + "\"We have trucks waiting,\" Sudan said.\n");
        Assert.DoesNotContain(report.Statements, s => s.Speaker.Contains("Adre", StringComparison.Ordinal));
    }

    [Fact]
    public void ARolePhraseEndingInAPlaceLeavesTheApposedNameTheSpeaker()
    {
        Gen.Select(Gen.Int[0, RolePrepositions.Length - 1], Gen.Int[0, Places.Length - 1], Gen.Int[0, People.Length - 1])
            .Sample((p, place, person) =>
            {
                var text = $"The UN humanitarian envoy {RolePrepositions[p]} {Places[place]}, {People[person]}, said aid was \"still blocked at every checkpoint\".";
                return Extract.Only(text).Speaker == People[person];
            });
    }

    [Fact]
    public void AnOpeningPrepositionalPhraseNeverSpeaks()
    {
        Gen.Select(Gen.Int[0, Openings.Length - 1], Gen.Int[0, Places.Length - 1], Gen.Int[0, People.Length - 1])
            .Sample((o, place, person) =>
            {
                var text = $"{Openings[o]} the talks in {Places[place]}, Foreign Minister {People[person]} said the plan was \"a first step\".";
                return Extract.Only(text).Speaker == People[person];
            });
    }

    [Fact]
    public void NoSpeakerNameSpansALineBreak()
    {
        Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[0, Places.Length - 1], Gen.Int[0, People.Length - 1])
            .Sample((headlinePlace, datelinePlace, person) =>
            {
                var text = $"Fighting flares again after talks in {Places[headlinePlace]}\n{Places[datelinePlace]} (Reuters) - Shelling resumed on Monday.\n"
                    + $"\"The truce is over,\" said {People[person]}, a local official.\n\"Nobody is safe,\" he said.\n";
                return Extract.From(text).Statements.All(s => !s.Speaker.Contains('\n', StringComparison.Ordinal));
            });
    }
}
