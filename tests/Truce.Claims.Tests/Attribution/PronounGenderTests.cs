namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "he" after a man whose first name or title of address ends in "a" (Khawaja, Raja, Mustafa, Hamza, Dima): such names
/// are common in copy from South Asia, the Middle East and Ukraine and do not make the speaker a woman.
/// </summary>
public sealed class PronounGenderTests
{
    [Theory]
    [InlineData("Raja Imtiaz")]
    [InlineData("Khawaja Naveed")]
    [InlineData("Mustafa Karim")]
    [InlineData("Hamza Darwish")]
    [InlineData("Dima Lysenko")]
    public void HeAfterAManWhoseNameEndsInAMeansHim(string name)
    {
        var text = "An army spokesman said the night had been quiet.\n\n" +
            name + ", a farmer near the border, told a local channel the shelling had stopped at dawn. \"My sons went back to the fields today,\" he said.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal(name, quote.Speaker);
    }

    [Fact]
    public void SheAfterAWomanWhoseNameEndsInAStillMeansHer()
    {
        const string text = "Defence Minister Anton Vidmar said the army had pulled back.\n\n" +
            "Larisa Hodak, a nurse in the town, said the clinic had reopened. \"We had no power for three days,\" she said.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Larisa Hodak", quote.Speaker);
    }

    [Fact]
    public void HeSkipsAWomanWhoseNameEndsInA()
    {
        const string text = "Interior Minister Petr Novak said the curfew would end on Monday. " +
            "Deputy Minister Ivana Kral said she agreed. \"We will review it weekly,\" he added.";
        var quote = Extract.From(text).Statements.Single(s => s.Kind == "direct");
        Assert.Equal("Petr Novak", quote.Speaker);
    }
}
