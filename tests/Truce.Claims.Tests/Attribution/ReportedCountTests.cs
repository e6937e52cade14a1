namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "X reported at least 12 people killed", "X said at least one person was killed": a count of casualties after a cue is
/// what the speaker reports, whether a clause or only its object follows, in sentences written for the test.
/// </summary>
public sealed class ReportedCountTests
{
    [Theory]
    [InlineData("In the north, activists reported at least 12 people killed in raids on two villages.", "activists", "at least 12 people killed in raids on two villages")]
    [InlineData("Officials initially reported three people wounded in the attack on the depot.", "Officials", "three people wounded in the attack on the depot")]
    [InlineData("The regional health office reported four dead in that strike, including a child.", "regional health office", "four dead in that strike, including a child")]
    [InlineData("After the sirens stopped, the Israeli military reported a missile fired from Yemen at dawn.", "Israeli military", "a missile fired from Yemen at dawn")]
    public void ACountAfterReportedIsWhatWasReported(string sentence, string speaker, string content)
    {
        var statement = Extract.Only("Front notes\n\n" + sentence);
        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(content, statement.Text);
    }

    [Fact]
    public void AtLeastAfterSaidOpensTheClauseSaid()
    {
        var statement = Extract.Only("Front notes\n\nThe city council said at least one person was killed in the shelling on Friday.");
        Assert.Equal("at least one person was killed in the shelling on Friday", statement.Text);
    }
}
