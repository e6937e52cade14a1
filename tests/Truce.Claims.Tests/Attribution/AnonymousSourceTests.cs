namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// An indefinite description ("a senior EU diplomat", "a senior Russian diplomat") is a source the article does not name:
/// it never becomes a named person who holds a similar role, in sentences written for the test.
/// </summary>
public sealed class AnonymousSourceTests
{
    [Fact]
    public void ASeniorDiplomatAfterTheNamedTopDiplomatIsSomeoneElse()
    {
        const string text = "The EU's foreign policy chief, Kaja Kallas, said the bloc would not recognise any annexation.\n\n" +
            "A senior EU diplomat said the member states had seen the revised text only on Sunday. \"Nobody asked us,\" the diplomat said.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(3, statements.Count);
        Assert.Equal("Kaja Kallas", statements[0].Speaker);
        Assert.Equal("senior EU diplomat", statements[1].Speaker);
        Assert.Equal("senior EU diplomat", statements[2].Speaker);
    }

    [Fact]
    public void AnAgencyQuotingAnUnnamedDiplomatDoesNotNameTheForeignMinister()
    {
        const string text = "Russian Foreign Minister Sergei Lavrov said Moscow had not received the new draft.\n\n" +
            "TASS quoted a senior Russian diplomat, who asked not to be named, as saying Moscow would wait for Washington to reply.";
        var statements = Extract.From(text).Statements;
        Assert.Equal("Sergei Lavrov", statements[0].Speaker);
        Assert.Equal("senior Russian diplomat", statements[^1].Speaker);
    }

    [Fact]
    public void TheDefiniteRoleStillMeansTheNamedHolder()
    {
        const string text = "The EU's foreign policy chief, Kaja Kallas, arrived in Kyiv on Monday.\n\n" +
            "\"Europe will stand with Ukraine for as long as it takes,\" the EU's top diplomat said.";
        Assert.Equal("Kaja Kallas", Extract.Only(text).Speaker);
    }
}
