namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A description followed by a full name between commas ("The US envoy for the region, Jane Doe, said") introduces that
/// person: the name speaks, the description is the role, even when a relative clause follows. A place after the description
/// is no name. Sentences written for the test.
/// </summary>
public sealed class ApposedNameAfterDescriptionTests
{
    [Fact]
    public void TheNameAfterADescriptionWithAPlaceSpeaks()
    {
        var statement = Extract.Only("The EU special representative for the Sahel, Joao Cravinho, who chaired the meeting, said the truce had held for a week.");
        Assert.Equal("Joao Cravinho", statement.Speaker);
    }

    [Fact]
    public void AShortNameLaterIsTheApposedPerson()
    {
        var statements = Extract.From("The UN envoy for Yemen, Hans Grundberg, said both sides had agreed to a prisoner swap. "
            + "\"This is a first step,\" Grundberg said.").Statements;
        Assert.Equal(["Hans Grundberg", "Hans Grundberg"], statements.Select(s => s.Speaker));
    }

    [Fact]
    public void ACountryAfterADescriptionIsNoName()
    {
        var statement = Extract.Only("Officials in Goma, Congo, said the airport remained closed.");
        Assert.Equal("officials", statement.Speaker, ignoreCase: true);
    }
}
