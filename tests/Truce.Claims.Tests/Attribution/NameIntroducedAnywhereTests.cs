namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// A person is named in full where the article first names them, even outside a speaking position: after "Neither" or
/// "alongside", and a surname written later without its Arabic article ("Sisi" after "al-Sisi") is still that person.
/// Sentences written for the test.
/// </summary>
public sealed class NameIntroducedAnywhereTests
{
    [Fact]
    public void ASurnameWithoutItsArabicArticleIsThePersonNamedBefore()
    {
        var statements = Extract.From("The envoy met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Monday.\n\n"
            + "Sudani said the talks were \"a step toward calm\".").Statements;
        Assert.Equal("Mohammed Shia al-Sudani", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void APersonNamedAfterNeitherIsIntroduced()
    {
        var statements = Extract.From("Neither Israeli Defence Minister Israel Katz nor his deputy attended the briefing.\n\n"
            + "Katz later said the army would \"respond with force\".").Statements;
        Assert.Equal("Israel Katz", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void ADifferentSurnameWithAnArabicArticleIsSomeoneElse()
    {
        var statements = Extract.From("Foreign Minister Ayman al-Safadi met the envoy in Amman.\n\n"
            + "Hadi said the offer was \"not serious\".").Statements;
        Assert.Equal("Hadi", Assert.Single(statements).Speaker);
    }
}
