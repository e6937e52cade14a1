namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A body that speaks under its own name is not the person the article names as its head, even when that person's listed
/// title holds the body's name ("director general of Inter-Services Public Relations"). Sentences written for the test.
/// </summary>
public sealed class BodyHeadedByAPersonTests
{
    // Round 18: "…, says the Inter-Services Public Relations (ISPR)" gave the statement to its director general, a listed
    // public figure whose title holds the body's name.
    [Fact]
    public void APublicRelationsServiceIsABodyNotThePersonWhoHeadsIt()
    {
        var statements = Extract.From("""
            Pakistan has shot down 25 drones in the last two days, says the Inter-Services Public Relations (ISPR).

            Earlier, ISPR Director General Lt Gen Ahmed Sharif Chaudhry said the forces had shot down 12 drones.
            """).Statements;
        Assert.Equal(["Inter-Services Public Relations", "Ahmed Sharif Chaudhry"], statements.Select(s => s.Speaker));
    }
}
