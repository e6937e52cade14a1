namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A military unit named by its number ("Ukraine's 10th army corps", "the 47th Mechanized Brigade") that acts in the narration
/// is who a following "it said" means, even with a phrase of where it posted between it and its verb. Round 18 found such a
/// quote given to the body named a sentence before. Sentences written for the test.
/// </summary>
public sealed class UnitAsSubjectTests
{
    [Theory]
    [InlineData("Ukraine’s 10th army corps", "Ukraine’s 10th army corps")]
    [InlineData("Ukraine’s 10th army corps, in a post on the Telegram messaging app,", "Ukraine’s 10th army corps")]
    [InlineData("The 47th Mechanized Brigade", "47th Mechanized Brigade")]
    public void TheUnitActingBeforeItSaidSpeaks(string subject, string speaker)
    {
        var statements = Extract.From($"""
            The Brovan Defence Ministry released a video showing a soldier holding a flag in the town.

            {subject} described the video as staged propaganda. “All such attempts are pointless,” it said.
            """).Statements;
        Assert.Equal(speaker, Assert.Single(statements).Speaker);
    }
}
