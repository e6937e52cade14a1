namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Front-line features that name soldiers and civilians by first name only, introduce them in turn ("Another soldier,
/// Serhii, …") and go back to one of them in the present tense of the narration ("Oleh switches the feed"), in
/// sentences written for the test.
/// </summary>
public sealed class FirstNameSoldierTests
{
    [Fact]
    public void AnotherSoldierIntroducedByFirstNameInAppositionIsWhomTheNextHeMeans()
    {
        var statements = Extract.From("\"We hold this line every night,\" said Taras, a 35-year-old gunner with the 93rd Brigade.\n\n"
            + "Another soldier, Vitalii, who drives the evacuation truck, is more tired. The roads are mined every week, he said.").Statements;
        Assert.Equal(["Taras", "Vitalii"], statements.Select(s => s.Speaker));
        Assert.Equal("he", statements[1].ResolvedFrom);
    }

    [Fact]
    public void AMedicIntroducedAsOneMedicWithHerNameIsWhomSheMeans()
    {
        var statements = Extract.From("\"They brought in six wounded before dawn,\" said Ihor, a surgeon at the stabilisation point.\n\n"
            + "One medic, Kateryna, has worked there since March. \"We sleep when the drones sleep,\" she said.").Statements;
        Assert.Equal(["Ihor", "Kateryna"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void APlaceInAppositionIsNoPerson()
    {
        var statements = Extract.From("\"The shelling lasted all night,\" said Petro, a 52-year-old farmer.\n\n"
            + "Another town, Kupiansk, was hit in the morning. \"Nobody could sleep,\" he said.").Statements;
        Assert.Equal(["Petro", "Petro"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ASoldierNamedAgainInThePresentTenseOfTheNarrationIsWhomTheNextHeMeansNotTheOfficialQuotedBefore()
    {
        var statements = Extract.From("\"They come in small groups now,\" says Mykhailo, a 38-year-old platoon commander.\n\n"
            + "In Moscow, Kremlin spokesman Dmitry Peskov said Russia's forces would keep advancing.\n\n"
            + "Mykhailo zooms in on the tree line as the drone turns back.\n\n\"Nobody here is waiting for Moscow,\" he said.").Statements;
        Assert.Equal(["Mykhailo", "Dmitry Peskov", "Mykhailo"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AnOfficialQuotedLastStaysWhomHeMeansWhenNoSoldierIsNamedAgain()
    {
        var statements = Extract.From("\"They come in small groups now,\" says Mykhailo, a 38-year-old platoon commander.\n\n"
            + "In Moscow, Kremlin spokesman Dmitry Peskov said Russia's forces would keep advancing.\n\n"
            + "\"The decisions are for Kyiv to make,\" he said.").Statements;
        Assert.Equal(["Mykhailo", "Dmitry Peskov", "Dmitry Peskov"], statements.Select(s => s.Speaker));
    }
}
