namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A news outlet that closes a sentence ("…, India Today reported", "…," Tolo News reported") only carries the words of the
/// speaker the sentence itself names: the group that accused or claimed, or the source after an opening "According to X,".
/// Round 19 found both given to the outlet, and "India Today" cut to "India". Sentences written for the test.
/// </summary>
public sealed class OutletCarrierTests
{
    [Fact]
    public void TheGroupThatAccusesSpeaksNotTheOutlet()
    {
        var statements = Extract.From("The Taliban on Sunday (12 October) accused Pakistan of sheltering militants and claimed to have killed 58 troops, India Today reported.").Statements;

        Assert.Equal([("Taliban", "sheltering militants"), ("Taliban", "to have killed 58 troops")],
            statements.Select(s => (s.Speaker, s.Text.Replace(", India Today reported", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void TheSourceOpeningTheSentenceSpeaksTheQuote()
    {
        var statements = Extract.From("""
            Taliban spokesperson Zabihullah Mujahid briefed reporters in Kabul.

            According to Mujahid, "Nine soldiers were killed and 16 others wounded, while 20 outposts were destroyed," Tolo News reported.
            """).Statements;
        Assert.Equal("Zabihullah Mujahid", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void AnOutletWithNoSpeakerInsideStillReports()
    {
        var statement = Extract.Only("Explosions were heard near the airport before dawn, the Times of Malta reported.");
        Assert.Equal("Explosions were heard near the airport before dawn", statement.Text);
    }
}
