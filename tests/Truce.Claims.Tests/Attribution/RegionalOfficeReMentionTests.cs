namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// "The regional governor" re-mentioned in a sentence about a place is the governor of that place's region, never a governor
/// of another region named earlier. Sentences written for the test.
/// </summary>
public sealed class RegionalOfficeReMentionTests
{
    [Fact]
    public void TheRegionalGovernorOfAPlaceInAnotherRegionIsNotTheGovernorNamedBefore()
    {
        var statements = Extract.From("Moscow region governor Andrei Vorobyov said a drone hit a warehouse near Podolsk.\n\n"
            + "In the south, Russian artillery shelled the centre of Kherson, wounding two women, the regional governor said.").Statements;
        Assert.Equal("Andrei Vorobyov", statements[0].Speaker);
        Assert.Equal("regional governor", statements[^1].Speaker);
    }

    [Fact]
    public void TheRegionalGovernorIsTheOneWhoseRegionHoldsThePlace()
    {
        var statements = Extract.From("Kharkiv region governor Oleh Syniehubov said two villages had lost power.\n\n"
            + "Belgorod region governor Vyacheslav Gladkov said a drone struck a car on a highway.\n\n"
            + "A guided bomb hit a shop in Chuhuiv on Friday evening, the regional governor said.").Statements;
        Assert.Equal("Oleh Syniehubov", statements[^1].Speaker);
    }

    [Fact]
    public void TheGovernorStaysTheOneNamedWhenTheSentenceNamesAPlaceInHisRegion()
    {
        var statements = Extract.From("Kharkiv region governor Oleh Syniehubov said the night had been quiet.\n\n"
            + "Later a missile struck a depot in Chuhuiv, the governor said.").Statements;
        Assert.Equal("Oleh Syniehubov", statements[^1].Speaker);
    }
}
