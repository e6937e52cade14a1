namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Reported speech whose speaker is long or comes late: a body named in full with its acronym, a group that opens the
/// sentence, a source whose relative clause reports again, and an attribution followed by "less than a week after …",
/// in sentences written for the test.
/// </summary>
public sealed class LongSubjectTests
{
    [Fact]
    public void ABodyNamedInFullWithItsAcronymInBracketsSpeaks()
    {
        var statement = Extract.Only("The World Food Programme (WFP) said convoys had reached only half of the shelters in Khan Younis.");
        Assert.Equal("World Food Programme", statement.Speaker);
        Assert.Equal("convoys had reached only half of the shelters in Khan Younis", statement.Text);
    }

    [Fact]
    public void AUnOfficeNamedAfterWhatItIsForSpeaks()
    {
        var statement = Extract.Only("The U.N. Office for the Coordination of Humanitarian Affairs said 12 aid trucks had been turned back at the crossing.");
        Assert.Equal("U.N. Office for the Coordination of Humanitarian Affairs", statement.Speaker);
    }

    [Fact]
    public void ACapitalisedWordAndAPlaceAfterOfIsNoBodyNamedInFull()
    {
        // "Residents of Sumy" are people of a place, not an office.
        var statement = Extract.Only("Residents of Sumy said the blasts had shaken windows across the centre.");
        Assert.Equal("residents of Sumy", statement.Speaker, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void AuthoritiesOpeningTheSentenceWithTheirPlaceSpeakAsAGroup()
    {
        var statement = Extract.Only("Authorities in the district said they had evacuated 4,000 people from villages along the river.");
        Assert.Equal("authorities in the district", statement.Speaker);
        Assert.Equal("they had evacuated 4,000 people from villages along the river", statement.Text);
    }

    [Fact]
    public void ASourceWhoSaidMoreReportsASecondTime()
    {
        var statements = Extract.From("Ukrainian and American negotiators worked late into the night in Geneva, according to a diplomat briefed on the talks, "
            + "who said the two sides had agreed on most of the text.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("diplomat briefed on the talks", s.Speaker));
        Assert.Equal("the two sides had agreed on most of the text", statements[1].Text);
    }

    [Fact]
    public void ARelativeClauseThatReportsNothingAddsNoStatement()
    {
        var statement = Extract.Only("Talks resumed in Abu Dhabi on Tuesday, according to a Ukrainian official, who asked not to be named.");
        Assert.Equal("Talks resumed in Abu Dhabi on Tuesday", statement.Text);
    }

    [Fact]
    public void AnAttributionFollowedByLessThanAWeekAfterClosesTheReportBeforeIt()
    {
        var statement = Extract.Only("Shelling continued overnight in the hills above the lake, villagers and local officials said, "
            + "less than a week after the two presidents signed a truce in Doha.");
        Assert.Equal("villagers and local officials", statement.Speaker);
        Assert.Equal("Shelling continued overnight in the hills above the lake", statement.Text);
    }

    [Fact]
    public void NounsStackedBeforeARoleDescribeOneSpeaker()
    {
        var statement = Extract.Only("A Ukrainian artillery battery commander said his guns had fired fewer than 30 shells a day since October.");
        Assert.Equal("Ukrainian artillery battery commander", statement.Speaker);
    }

    [Fact]
    public void AnAnonymousRoleWithItsReasonForAnonymityBetweenCommasSpeaks()
    {
        var statement = Extract.Only("A Ukrainian air defence officer, who spoke on condition of anonymity because he was not allowed to brief the press, "
            + "said Russian glide bombs had hit the rail yard twice this week.");
        Assert.Equal("Ukrainian air defence officer", statement.Speaker);
        Assert.Equal("Russian glide bombs had hit the rail yard twice this week", statement.Text);
    }

    [Fact]
    public void AClauseWithAVerbBeforeTheRoleIsNoStackedDescription()
    {
        Assert.Empty(Extract.From("The drones that hit the commander had flown low.").Statements);
    }

    [Fact]
    public void ABodyNamedInFullAfterAnOpeningAdverbStillSpeaks()
    {
        var statement = Extract.Only("Meanwhile, the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said fuel for the "
            + "hospitals would run out within days.");
        Assert.Equal("United Nations Office for the Coordination of Humanitarian Affairs", statement.Speaker);
    }

    [Fact]
    public void AGazaCivilDefenceAgencyIsABodyThatSpeaks()
    {
        var statement = Extract.Only("Israeli strikes killed at least nine people in Khan Younis on Sunday, according to Gaza's civil defence, as talks resumed in Cairo.");
        Assert.Equal("Gaza's civil defence", statement.Speaker);
        Assert.Equal("Israeli strikes killed at least nine people in Khan Younis on Sunday", statement.Text);
    }

    [Fact]
    public void ASourceNamedAfterALongTrailingClauseStillSpeaks()
    {
        var statement = Extract.Only("Israeli strikes killed at least seven people in Deir al-Balah on Monday, according to the Gaza civil defence, as negotiators "
            + "from Egypt, Qatar, Turkey and the United States met in Sharm el-Sheikh to press both sides towards the second phase of the October truce.");
        Assert.Equal("Gaza civil defence", statement.Speaker);
        Assert.Equal("Israeli strikes killed at least seven people in Deir al-Balah on Monday", statement.Text);
    }
}
