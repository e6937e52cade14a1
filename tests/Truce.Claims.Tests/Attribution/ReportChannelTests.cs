namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Who speaks when a report names both a speaker and the outlet that carried the words, and descriptions of sources by what
/// they are familiar with, in sentences written for the test.
/// </summary>
public sealed class ReportChannelTests
{
    [Theory]
    [InlineData("according to the official IRNA news agency")]
    [InlineData("according to state television")]
    [InlineData("according to Russian state media")]
    public void ANewsOutletThatCarriedTheWordsIsNotTheirSpeaker(string channel)
    {
        var text = "Truce notes\n\nForeign Minister Anton Vidmar told his Turkish counterpart in a phone call that the truce would hold as long as the other side kept it, " + channel + ".";
        var statement = Extract.Only(text);
        Assert.Equal("Anton Vidmar", statement.Speaker);
        Assert.Equal("the truce would hold as long as the other side kept it", statement.Text);
    }

    [Fact]
    public void AnAccordingToSourceThatIsNoOutletStillSpeaks()
    {
        const string text = "Truce notes\n\nThe convoy reached the city before dawn, according to the regional governor.";
        var statement = Extract.Only(text);
        Assert.Equal("regional governor", statement.Speaker);
    }

    [Theory]
    [InlineData("Two people familiar with an early assessment by the Defense Intelligence Agency", "people familiar with an early assessment by the Defense Intelligence Agency")]
    [InlineData("Three officials briefed on the findings of the Joint Chiefs of Staff", "officials briefed on the findings of the Joint Chiefs of Staff")]
    public void WhatSourcesAreFamiliarWithIsPartOfTheirDescriptionWhateverBodyItNames(string subject, string speaker)
    {
        var statement = Extract.Only("Truce notes\n\n" + subject + " said the strikes had set the program back by months.");
        Assert.Equal(speaker, statement.Speaker);
    }
}
