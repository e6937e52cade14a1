namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Two people of the same role on different sides, as wire copy alternates between them: "the spokesman" is the one
/// spoken of last, in sentences written for the test.
/// </summary>
public sealed class AlternatingSpokespeopleTests
{
    [Fact]
    public void TheSpokesmanIsTheOneSpokenOfLastNotTheOneIntroducedLast()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said Moscow had received the draft. Foreign ministry spokesman "
            + "Heorhii Tykhyi said Kyiv had not seen it.\n\nPeskov said separately that Putin would study the text.\n\n"
            + "\"We are in no hurry,\" the spokesman said.").Statements;
        Assert.Equal(["Dmitry Peskov", "Heorhii Tykhyi", "Dmitry Peskov", "Dmitry Peskov"], statements.Select(s => s.Speaker));
        Assert.Equal("Putin would study the text", statements[2].Text);
    }

    [Fact]
    public void TheSpokesmanIsTheOtherSideOnceItsSpokesmanIsNamedAgain()
    {
        var statements = Extract.From("Kremlin spokesman Dmitry Peskov said Moscow had received the draft. Foreign ministry spokesman "
            + "Heorhii Tykhyi said Kyiv had not seen it.\n\nPeskov said Putin would study the text. Tykhyi replied that Kyiv would not be rushed.\n\n"
            + "\"Nothing will be signed without us,\" the spokesman said.").Statements;
        Assert.Equal("Heorhii Tykhyi", statements[^1].Speaker);
    }

    [Fact]
    public void SaidLaterThatLeavesTheAdverbOutOfTheReport()
    {
        var statement = Extract.Only("Sybiha said later that the talks in Istanbul had ended without a date for the next round.");
        Assert.Equal("the talks in Istanbul had ended without a date for the next round", statement.Text);
    }
}
