namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Office-holders of the 2025 Gaza, Kashmir, Thai-Cambodian and Congo talks are listed public figures, so the role the press
/// gives them finds them when the article named them without it; "a former …" is never the holder in office.
/// Sentences written for the test.
/// </summary>
public sealed class CeasefireMediatorFigureTests
{
    [Fact]
    public void TheEgyptianForeignMinisterIsTheListedMinisterNamedBefore()
    {
        var statements = Extract.From("Badr Abdelatty met the Hamas delegation in Cairo on Sunday.\n\n"
            + "\"The second phase must begin without delay,\" the Egyptian foreign minister told reporters.").Statements;
        Assert.Equal("Badr Abdelatty", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void TheCongolesePresidentIsNotTheRwandanOne()
    {
        var statements = Extract.From("Felix Tshisekedi and Paul Kagame signed the accord in Washington.\n\n"
            + "\"This is a turning point for the region,\" the Rwandan president said.").Statements;
        Assert.Equal("Paul Kagame", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void AFormerHolderOfAListedOfficeIsNotTheOneInOffice()
    {
        var statements = Extract.From("Khawaja Asif spoke to parliament in Islamabad on Thursday.\n\n"
            + "A former Pakistani defence minister said the truce \"will not survive the monsoon\".").Statements;
        Assert.Equal("former Pakistani defence minister", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void TheIndianDefenceMinisterIsTheListedMinister()
    {
        var statements = Extract.From("Rajnath Singh visited a forward base in Jammu on Friday.\n\n"
            + "\"Our forces showed restraint,\" the Indian defence minister said.").Statements;
        Assert.Equal("Rajnath Singh", Assert.Single(statements).Speaker);
    }
}
