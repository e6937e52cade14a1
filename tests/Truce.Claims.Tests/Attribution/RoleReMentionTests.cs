namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A person introduced with a title and later called by another noun for the same office ("the press secretary" for a
/// spokesman, "the head of state" for a president), in sentences written for the test.
/// </summary>
public sealed class RoleReMentionTests
{
    [Fact]
    public void ThePressSecretaryIsTheSpokesmanNotTheSecretaryOfStateHeMentioned()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said on Monday that Moscow was waiting for Secretary of State "
            + "Marco Rubio to explain the proposal.\n\n\"We will not hurry,\" the press secretary added.").Statements;
        Assert.Equal("Dmitry Peskov", statements[^1].Speaker);
    }

    // Round 18: "The ISPR DG said" after "Inter-Services Public Relations (ISPR) Director General Lt Gen Ahmed Sharif Chaudhry"
    // gave the speaker "DG".
    [Fact]
    public void TheAbbreviatedDirectorGeneralOfAnAcronymIsThePersonWithThatTitle()
    {
        var statements = Extract.From("Earlier, Lasvan Armed Forces Media (LAFM) Director General Lt Gen Omar Haddad said the army had shot down 12 drones.\n\n"
            + "The LAFM DG said the armed forces were fully alert.").Statements;
        Assert.Equal(["Omar Haddad", "Omar Haddad"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheHeadOfStateIsThePresidentIntroducedBefore()
    {
        var statements = Extract.From("President Vladimir Putin visited a command post in the Kursk region on Wednesday, where he met "
            + "the chief of the General Staff.\n\n\"The enemy must be pushed out,\" the head of state said.").Statements;
        Assert.Equal("Vladimir Putin", statements[^1].Speaker);
    }

    [Fact]
    public void TheKremlinOfficialIsTheKremlinSpokesman()
    {
        var statements = Extract.From("The talks will go on, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.\n\n"
            + "\"Our position has not changed,\" the Kremlin official said.").Statements;
        Assert.Equal(["Dmitry Peskov", "Dmitry Peskov"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheKremlinOfficialIsNeverThePresident()
    {
        var statements = Extract.From("President Vladimir Putin said on Tuesday that the offer stood.\n\n"
            + "\"Nothing has been agreed,\" the Kremlin official said.").Statements;
        Assert.Equal("Kremlin official", statements[^1].Speaker);
    }

    [Fact]
    public void TheOfficialIsTheSpokesmanWhoSpokeLast()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said on Monday that the envoy had been received.\n\n"
            + "The official also said that a call between the presidents was needed.").Statements;
        Assert.Equal(["Dmitry Peskov", "Dmitry Peskov"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheOfficialIsNeverThePresidentWhoSpokeLast()
    {
        var statements = Extract.From("Ukrainian President Volodymyr Zelensky said on Monday that the envoy had been received.\n\n"
            + "\"We are ready,\" the official said.").Statements;
        Assert.Equal("official", statements[^1].Speaker);
    }

    [Fact]
    public void TheOfficialAfterAnUnnamedOfficialIsThatOfficial()
    {
        var statements = Extract.From("A senior Israeli official said the crossing would open on Sunday. Kremlin spokesman Dmitry Peskov "
            + "said Moscow welcomed the news.\n\n\"Nothing is final,\" the official said.").Statements;
        Assert.Equal("senior Israeli official", statements[^1].Speaker);
    }

    [Fact]
    public void TheSpokespersonIsTheListedMilitarySpokesman()
    {
        var statements = Extract.From("Lt Gen Ahmed Sharif Chaudhry said on Thursday that the drones had been brought down over Lahore.\n\n"
            + "Speaking to reporters, the military spokesperson said the debris had been recovered.").Statements;
        Assert.Equal(["Ahmed Sharif Chaudhry", "Ahmed Sharif Chaudhry"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void TheSpokeswomanIsNotTheSpokesmanIntroducedBefore()
    {
        var statements = Extract.From("Army spokesman Colonel Ivan Petrenko said the line had held overnight.\n\n"
            + "\"We saw no shelling,\" the army spokeswoman said.").Statements;
        Assert.Equal("army spokeswoman", statements[^1].Speaker);
    }

    [Fact]
    public void TheNationalAdviserIsTheListedFigureOfThatNation()
    {
        var statements = Extract.From("Putin's aide, Yuri Ushakov, said the talks had been useful.\n\n"
            + "Speaking after the meeting, the Russian foreign policy adviser said there was still no compromise.").Statements;
        Assert.Equal(["Yuri Ushakov", "Yuri Ushakov"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void AnotherNationsAdviserIsNotTheListedFigure()
    {
        var statements = Extract.From("Putin's aide, Yuri Ushakov, said the talks had been useful.\n\n"
            + "The Ukrainian foreign policy adviser said there was still no compromise.").Statements;
        Assert.Equal("Ukrainian foreign policy adviser", statements[^1].Speaker);
    }
}
