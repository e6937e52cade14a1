namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Real copy runs its dateline into the lead in more ways than "CITY (AP) — ": a dash with no space after it
/// ("LASVA CITY (Wire) -The …"), a city and a date with the dash lost ("Vienna, May 23 The …"), and an agency's bracketed credit
/// with its date ("Vienna, (Wire - 6th Apr, 2025) The …"). The speaker is the subject after it, never the dateline's words.
/// Sentences written for the test.
/// </summary>
public sealed class DatelineFormsTests
{
    [Theory]
    [InlineData("LASVA CITY (Wire) -The Lasvan Defence Ministry said on Friday that its troops had taken two villages.", "Lasvan Defence Ministry")]
    [InlineData("VIENNA (Wire News) – The Lasvan Defence Ministry said on Friday that its troops had taken two villages.", "Lasvan Defence Ministry")]
    [InlineData("Vienna, May 23 The Lasvan rebel group has said in a statement that it had fired two rockets at the port.", "Lasvan rebel group")]
    [InlineData("Vienna, (Wire - Lasva News - 6th Apr, 2025) Sudan's health ministry said two people were killed in a strike on the market.", "Sudan's health ministry")]
    public void TheDatelineIsNotPartOfTheSpeaker(string text, string speaker)
    {
        Assert.Equal(speaker, Extract.Only(text).Speaker);
    }

    [Fact]
    public void TheWordsSaidStartAfterTheCue()
    {
        var statement = Extract.Only("Vienna, (Wire - Lasva News - 6th Apr, 2025) Sudan's health ministry said two people were killed in a strike on the market.");
        Assert.Equal("two people were killed in a strike on the market", statement.Text);
    }
}
