namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Real copy re-mentions a named spokesman as "the official" although his role never said "official": with no official
/// described before, "the official" is the person just quoted. Sentences written for the test.
/// </summary>
public sealed class GenericOfficialBackReferenceTests
{
    [Fact]
    public void TheOfficialIsTheNamedSpokesmanJustQuoted()
    {
        var statements = Extract.From("Speaking on Tuesday, spokesman Anton Belov said the talks would resume next week. The official also said Moscow had received a new draft.").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("Anton Belov", statements[1].Speaker);
    }

    [Fact]
    public void AnOfficialDescribedBeforeIsStillTheOneMeant()
    {
        var statements = Extract.From("A senior Ukrainian official said the draft had changed. Spokesman Anton Belov said the talks would resume. The official also said Kyiv had sent comments.").Statements;
        Assert.Equal("senior Ukrainian official", statements[2].Speaker);
    }
}
