using CsCheck;

namespace Truce.Claims.Tests.Attribution;

/// <summary>
/// Name forms as a class (corpus README, "Statements"): however wire copy introduces a person or a body and however it
/// refers back to them later, every statement carries the full name as first given. Articles from <see cref="WireCopyCast"/>.
/// </summary>
public sealed class NameFormPropertyTests
{
    [Fact]
    public void EveryStatementOfAGeneratedArticleCarriesTheFullNameAsFirstGiven()
    {
        WireCopyCast.Articles.Sample(article =>
        {
            var speakers = Extract.From(article.Text).Statements.Select(s => s.Speaker).ToList();
            Assert.Equal(article.Speakers, speakers);
        }, iter: 500, print: article => "\n" + article);
    }
}
