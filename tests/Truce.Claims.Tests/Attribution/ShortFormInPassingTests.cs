namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A body named in full, then by a short form in passing, then by its head noun: the head noun still means the body as first
/// named in full, in sentences written for the test.
/// </summary>
public sealed class ShortFormInPassingTests
{
    [Fact]
    public void AHeadNounAfterAShortFormInPassingIsTheBodyNamedInFull()
    {
        const string text = "Forty sick soldiers came home on Friday, according to the Joint Centre for the Return of Captured Soldiers.\n\n"
            + "\"Some of the men released today had been listed as missing,\" the centre reported.\n\n"
            + "Overall, according to the Joint Centre, the men fought in the south and the east.\n\n"
            + "\"The men will receive medical care and all payments owed to them,\" the centre added.";
        var statements = Extract.From(text).Statements;
        Assert.Equal(("Joint Centre for the Return of Captured Soldiers", "The men will receive medical care and all payments owed to them"),
            (statements[^1].Speaker, statements[^1].Text));
    }
}
