namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Ukrainian agency copy states a fact, then names its source in a sentence of its own: "This was stated by the head of the
/// delegation, Rustem Umerov." The pointer attributes the sentence before it (past a subheading between them) and says
/// nothing itself, even when the agency adds "…, UNN reports". Sentences written for the test.
/// </summary>
public sealed class PointerBackTests
{
    [Fact]
    public void ThePointerAttributesTheSentenceBeforeIt()
    {
        var statement = Extract.Only("""
            The delegations met for a second round in Istanbul on Monday. The parties discussed new prisoner exchanges.

            Defense minister shares details of the talks

            This was stated by the Minister of Defense of Ukraine, head of the Ukrainian delegation, Rustem Umerov, following the negotiations.
            """);
        Assert.Equal(("Rustem Umerov", "The parties discussed new prisoner exchanges"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void TheAgencyThatCarriesThePointerSaysNothing()
    {
        var statement = Extract.Only("A group of wounded soldiers has been returned home. This was reported by the Coordination Headquarters for the Treatment of Prisoners of War, UNN reports.");
        Assert.Equal(("Coordination Headquarters for the Treatment of Prisoners of War", "A group of wounded soldiers has been returned home"), (statement.Speaker, statement.Text));
    }

    [Fact]
    public void ASentenceAlreadyAttributedIsNotAttributedAgain()
    {
        var statement = Extract.Only("""
            The head of the delegation, Vladimir Medinsky, said he had spoken with his counterpart.

            Moscow completes work on the memorandum

            This was reported by the state agency TASS, citing Medinsky.
            """);
        Assert.Equal("Vladimir Medinsky", statement.Speaker);
    }
}
