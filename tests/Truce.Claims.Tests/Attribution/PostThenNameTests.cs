namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Agency copy stacks a person's posts before the name without a comma ("…, Russian presidential aide and head of the
/// Russian delegation to the talks with Ukraine Vladimir Medinsky said") or in commas ("the Minister of Defense of Ukraine,
/// head of the Ukrainian delegation, Rustem Umerov"): the person speaks, the posts are the role, and a country that closes
/// the post ("with Ukraine") is neither the name nor the party. Sentences written for the test.
/// </summary>
public sealed class PostThenNameTests
{
    [Fact]
    public void ALongPostWithoutACommaBeforeTheNameIsTheRole()
    {
        var statement = Extract.Only("Moscow is ready to begin the exchange next week, Russian presidential aide and head of the Russian delegation to the talks with Ukraine Vladimir Medinsky said.");

        Assert.Equal(("Vladimir Medinsky", "RU"), (statement.Speaker, statement.Party));
        Assert.Equal("Moscow is ready to begin the exchange next week", statement.Text);
    }

    [Fact]
    public void APostEndingOnACommonNounBeforeTheNameIsTheRole()
    {
        var statement = Extract.Only("The lists were handed over on Monday, head of the delegation to the talks Vladimir Medinsky said.");
        Assert.Equal("Vladimir Medinsky", statement.Speaker);
    }

    [Fact]
    public void TwoPostsInCommasThenTheNameAreOnePerson()
    {
        var statement = Extract.Only("The Minister of Defense of Ukraine, head of the Ukrainian delegation, Rustem Umerov, said that the parties agreed on new exchanges.");
        Assert.Equal(("Rustem Umerov", "the parties agreed on new exchanges"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ANameAloneBeforeItsAppositionsIsTheSpeakerNotWhatWasSaid()
    {
        var statement = Extract.Only("Grigory Karasin, the senior lawmaker who led the delegation together with Sergei Beseda, an adviser to the head of the FSB, told Interfax the talks had been long but useful.");
        Assert.Equal(("Grigory Karasin", "the talks had been long but useful"), (statement.Speaker, statement.Text));
    }
}
