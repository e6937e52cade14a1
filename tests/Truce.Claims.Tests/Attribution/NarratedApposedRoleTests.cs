namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A person named in the narration with their role in apposition ("Greta Lind, the Norwegian trade minister, arrived …") is
/// the one a later "the Norwegian trade minister said" means. Sentences written for the test.
/// </summary>
public sealed class NarratedApposedRoleTests
{
    [Fact]
    public void ARoleInAppositionToANarratedNameIsWhomALaterRoleReferenceMeans()
    {
        const string text = "Greta Lind, the Norwegian trade minister, arrived in the capital on Monday.\n\n"
            + "\u201CThe border stays open,\u201D the Norwegian trade minister said.";
        Assert.Equal("Greta Lind", Extract.Only(text).Speaker);
    }

    [Fact]
    public void APossessiveRoleInAppositionWorksTheSameWay()
    {
        const string text = "The delegation was led by Norway's chief negotiator, Arne Solberg, who flew in overnight.\n\n"
            + "\u201CWe are not there yet,\u201D the chief negotiator said.";
        Assert.Equal("Arne Solberg", Extract.Only(text).Speaker);
    }

    [Fact]
    public void AnAppositionThatIsNoPersonGivesNoRole()
    {
        const string text = "Greta Lind, the new trade agreement, was signed in the capital on Monday.\n\n"
            + "\u201CThe border stays open,\u201D the Norwegian trade minister said.";
        Assert.Equal("Norwegian trade minister", Extract.Only(text).Speaker);
    }

    [Fact]
    public void AnotherNationsMinisterIsNotThePersonInApposition()
    {
        const string text = "Greta Lind, the Norwegian trade minister, arrived in the capital on Monday.\n\n"
            + "\u201CThe border stays open,\u201D the Swedish trade minister said.";
        Assert.NotEqual("Greta Lind", Extract.Only(text).Speaker);
    }

    [Fact]
    public void ANationsAdjectiveMeansTheRoleItsCountryHolds()
    {
        const string text = "Talks began with Norway's trade minister, Greta Lind, in the chair.\n\n"
            + "\u201CThe border stays open,\u201D the Norwegian trade minister said.\n\n"
            + "Latvia's envoy, Arne Solberg, arrived later.\n\n"
            + "\u201CWe are not there yet,\u201D the Latvian envoy said.";
        Assert.Equal(["Greta Lind", "Arne Solberg"], Extract.From(text).Statements.Select(s => s.Speaker));
    }
}
