namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// An unnamed speaker is the description without what only explains the anonymity or repeats the nationality: "a European
/// official who spoke on condition of anonymity" is "European official", "a US official in Washington" is "US official";
/// "a Western diplomat in Goma" is "Western diplomat" (where the person was is not who they are, corpus README); but
/// "officials who have seen the text" need their clause, and
/// "U.S. and Ukrainian negotiators" stay one group. Sentences written for the test.
/// </summary>
public sealed class DescriptionTrimTests
{
    [Fact]
    public void ARelativeClauseAfterAModifiedRoleIsDropped()
    {
        var statement = Extract.Only("A German official who spoke on condition of anonymity said the draft \"needs serious work\".");
        Assert.Equal("German official", statement.Speaker);
    }

    [Fact]
    public void ARelativeClauseAfterABareNounIsKept()
    {
        var statement = Extract.Only("Officials who have read the draft said it ran to 20 points.");
        Assert.Equal("Officials who have read the draft", statement.Speaker);
    }

    [Fact]
    public void TheSeatOfTheSpeakersOwnGovernmentIsDropped()
    {
        var statement = Extract.Only("A senior Russian diplomat in Moscow said the proposal was \"dead on arrival\".");
        Assert.Equal("senior Russian diplomat", statement.Speaker);
    }

    [Fact]
    public void TheSeatAfterAnAbbreviatedNationalityIsDropped()
    {
        var statement = Extract.Only("The envoy will fly to Riyadh on Thursday, according to a US official in Washington.");
        Assert.Equal("US official", statement.Speaker);
    }

    [Fact]
    public void AForeignPostingIsDroppedToo()
    {
        var statement = Extract.Only("A Western diplomat in Goma said the rebels had \"no intention of leaving\".");
        Assert.Equal("Western diplomat", statement.Speaker);
    }

    [Fact]
    public void AnotherCountrysCapitalIsDroppedToo()
    {
        var statement = Extract.Only("A European diplomat in Moscow said the embassy had not been told of the talks.");
        Assert.Equal("European diplomat", statement.Speaker);
    }

    [Fact]
    public void TwoNationalitiesJoinedByAndModifyOneGroup()
    {
        var statement = Extract.Only("U.S. and Ukrainian negotiators said they had made \"real progress\" in Geneva.");
        Assert.Equal("U.S. and Ukrainian negotiators", statement.Speaker);
    }

    [Fact]
    public void MediatorsOfTwoCountriesAreOneGroup()
    {
        var statement = Extract.Only("Egyptian and Qatari mediators said a new proposal would be delivered on Sunday.");
        Assert.Equal("Egyptian and Qatari mediators", statement.Speaker);
    }

    [Fact]
    public void AnAndBeforeANamedSpeakerStillOpensAClause()
    {
        var statement = Extract.Only("The delegations met for five hours and Ukrainian negotiator Rustem Umerov said the talks were \"constructive\".");
        Assert.Equal("Rustem Umerov", statement.Speaker);
    }
}
