namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// One person whose given name copy spells two ways ("Yury" in a caption, "Yuri" in the text; "Andriy" and "Andrii") keeps
/// the full name the article gave first. Round 17 found six statements of one tuning article under the second spelling.
/// Sentences written for the test.
/// </summary>
public sealed class GivenNameSpellingTests
{
    [Theory]
    [InlineData("Yury Ushakov", "Yuri Ushakov")]
    [InlineData("Andriy Yermak", "Andrii Yermak")]
    [InlineData("Yuriy Ihnat", "Yurii Ihnat")]
    public void TheSecondSpellingIsThePersonFirstNamed(string first, string second)
    {
        var text = $"{first} met reporters in Moscow on Monday.\n\n{second} said that the talks had been friendly.";
        Assert.Equal(first, Extract.Only(text).Speaker);
    }

    [Fact]
    public void AnotherGivenNameIsAnotherPerson()
    {
        const string text = "Andriy Yermak met reporters in Kyiv on Monday.\n\nAnna Yermak said that the talks had been friendly.";
        Assert.Equal("Anna Yermak", Extract.Only(text).Speaker);
    }

    [Fact]
    public void TheKremlinsAdviserIsTheListedRussianAdviserNamedBefore()
    {
        const string text = "Russia's presidential aide Yury Ushakov speaks with journalists in Moscow, November 12, 2025.\n\n"
            + "The Kremlin's top foreign policy adviser said on Friday that the talks were friendly.";
        Assert.Equal("Yury Ushakov", Extract.Only(text).Speaker);
    }
}
