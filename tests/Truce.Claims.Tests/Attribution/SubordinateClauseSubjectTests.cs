using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A subordinator ("where", "when", "while", "because", "as the …") opens the clause whose subject speaks; the words before
/// it belong to the main clause and never join the speaker. "as" and "after" are prepositions too, so an opening phrase
/// they start ("After the vote, …") still leaves the name after its comma the speaker. Sentences written for the test.
/// </summary>
public sealed class SubordinateClauseSubjectTests
{
    private static readonly string[] Subordinators = ["where", "when", "while", "because", "although"];

    private static readonly string[] Groups = ["doctors", "rescue workers", "local officials", "residents", "aid workers"];

    [Fact]
    public void DoctorsInARelativeClauseOfPlaceSpeak()
    {
        var statement = Extract.Only("The wounded were flown to a clinic in Haifa, where doctors said they were out of danger.");
        Assert.Equal("doctors", statement.Speaker);
    }

    [Fact]
    public void ABodyAfterAsTheSpeaks()
    {
        var statement = Extract.Only("The strikes came as the State Department said the two sides had agreed a \"revised and shorter\" draft.");
        Assert.Equal("State Department", statement.Speaker);
    }

    [Fact]
    public void AnOpeningPhraseAfterAnEventLeavesTheNameTheSpeaker()
    {
        var statement = Extract.Only("In a post after the vote, Prime Minister Mark Carney wrote: \"This is a good day for Canada.\"");
        Assert.Equal("Mark Carney", statement.Speaker);
    }

    [Fact]
    public void AGroupNounAfterASubordinatorIsTheWholeSpeaker()
    {
        Gen.Select(Gen.Int[0, Subordinators.Length - 1], Gen.Int[0, Groups.Length - 1])
            .Sample((s, g) =>
            {
                var text = $"Shelling hit the market again on Tuesday, {Subordinators[s]} {Groups[g]} said at least four people had been wounded.";
                return Extract.Only(text).Speaker == Groups[g];
            });
    }
}
