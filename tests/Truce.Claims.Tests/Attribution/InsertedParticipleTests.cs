namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A participle phrase set off by commas after the subject ("Putin, asked about …, said"), and where a described group was
/// ("officials in the central … region"), in sentences written for the test.
/// </summary>
public sealed class InsertedParticipleTests
{
    [Fact]
    public void APersonNamedInAnInsertedParticiplePhraseDidNotSpeak()
    {
        var statements = Extract.From("President Vladimir Putin spoke to reporters in Minsk on Thursday.\n\n"
            + "It was the week in which Putin, asked about the plan at a joint appearance with Belarusian leader Alexander Lukashenko, "
            + "called the idea \"sound in principle\".").Statements;
        Assert.Equal("Vladimir Putin", statements[^1].Speaker);
    }

    [Fact]
    public void ACompassWordBeforeTheRegionIsStillWhereTheOfficialsWere()
    {
        var statement = Extract.Only("Officials in the southern Kherson region reported that a substation had been hit overnight.");
        Assert.Equal("officials", statement.Speaker);
    }

    [Theory]
    [InlineData("The state news agency SANA, citing an Interior Ministry source, said the deal stipulates new checkpoints.", "SANA")]
    [InlineData("The Russian Defence Ministry, citing field reports, said its forces had captured the village of Dachne.", "Russian Defence Ministry")]
    [InlineData("The state news agency SANA said the deal stipulates new checkpoints.", "SANA")]
    public void ABodyWithAnInsertedCitingPhraseStillSpeaks(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }
}
