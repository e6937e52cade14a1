using Truce.Claims.Attribution;

namespace Truce.Claims.Tests.Attribution;

public sealed class PublicFigureTests
{
    [Fact]
    public void EveryListedFigureHasAFullNameACountryAndAtLeastOneLowerCaseRole()
    {
        Assert.NotEmpty(PublicFigures.All);
        foreach (var figure in PublicFigures.All)
        {
            Assert.True(figure.NameWords.Count >= 2, figure.Name);
            Assert.NotEqual(PersonGender.Unknown, figure.Gender);
            Assert.False(string.IsNullOrWhiteSpace(figure.Country), figure.Name);
            Assert.NotEmpty(figure.Roles);
            Assert.All(figure.Roles, role => Assert.Contains(role.Split(' '), w => w.Length > 0 && char.IsLower(w[0])));
        }
    }

    [Fact]
    public void NoTwoFiguresShareAName()
    {
        var names = PublicFigures.All.Select(f => f.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Theory]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Zelenskiy", "Volodymyr Zelenskyy")]
    [InlineData("Andrii Sybiha", "Andrii Sybiha")]
    [InlineData("Andriy Sybiha", "Andrii Sybiha")]
    [InlineData("Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("Macron", "Emmanuel Macron")]
    public void ASpellingOrSurnameOfAListedFigureFindsThem(string written, string listed) =>
        Assert.Equal(listed, PublicFigures.Find(written)?.Name);

    [Theory]
    [InlineData("Oleh")]
    [InlineData("Hun")]
    [InlineData("Petro Zelenskyy")]
    [InlineData("Olena Kovalenko")]
    public void AnUnlistedOrAmbiguousNameFindsNobody(string written) => Assert.Null(PublicFigures.Find(written));

    [Fact]
    public void AFamilyNameFirstSpokeswomanIsWhomSheMeansAfterAMaleSpokesman()
    {
        const string text = "The army's spokesman, Maj Gen Winthai Suvaree, said troops had returned fire overnight. " +
            "Cambodia's defence ministry spokesperson, Lt Gen Maly Socheata, said Thai shells had hit two villages.\n\n" +
            "\"Our forces have not fired a single shot across the line,\" she said.";
        var quote = Extract.From(text).Statements.Single(s => s.Text.StartsWith("Our forces", StringComparison.Ordinal));
        Assert.Equal("Maly Socheata", quote.Speaker);
        Assert.Equal("she", quote.ResolvedFrom);
    }

    [Fact]
    public void TheFrenchPresidentIsMacronWhenTheArticleNamedHimWithoutATitle()
    {
        const string text = "President Donald Trump said on Monday that talks would resume. Emmanuel Macron said Europe would " +
            "help guarantee any deal.\n\n\"We will not leave Ukraine alone at the table,\" the French president told reporters in Paris.";
        var quote = Extract.From(text).Statements.Single(s => s.Text.StartsWith("We will not", StringComparison.Ordinal));
        Assert.Equal("Emmanuel Macron", quote.Speaker);
    }

    [Fact]
    public void TheKremlinSpokesmanIsPeskovNamedEarlierWithoutHisTitle()
    {
        const string text = "Dmitry Peskov said Moscow had received the American draft. Sergei Lavrov said he would meet Rubio in Geneva.\n\n" +
            "Putin had not yet read the text, the Kremlin spokesman said.";
        var report = Extract.From(text).Statements.Single(s => s.Text.StartsWith("Putin had not", StringComparison.Ordinal));
        Assert.Equal("Dmitry Peskov", report.Speaker);
    }

    [Fact]
    public void TheBritishPrimeMinisterIsNotAnotherLeaderNamedWithAPresidentialTitle()
    {
        const string text = "President Donald Trump said the plan was fair.\n\n" +
            "\"We need a ceasefire that lasts,\" the British prime minister said.";
        var quote = Extract.From(text).Statements.Single(s => s.Text.StartsWith("We need", StringComparison.Ordinal));
        Assert.NotEqual("Donald Trump", quote.Speaker);
    }

    [Fact]
    public void AListedFigureOpeningANarrationSentenceIsWhomTheirPressRoleMeansLater()
    {
        var statements = Extract.From("Steve Witkoff flew to Moscow on Thursday for a fifth meeting with Putin.\n\n"
            + "\"We have narrowed the gaps,\" the U.S. envoy told reporters at the airport.").Statements;
        var quote = Assert.Single(statements);
        Assert.Equal("Steve Witkoff", quote.Speaker);
        Assert.Equal("the U.S. envoy", quote.ResolvedFrom);
    }

    [Fact]
    public void TheGermanChancellorIsMerzNamedInThePreviousParagraph()
    {
        var statements = Extract.From("Friedrich Merz hosted the leaders in Berlin.\n\n\"There can be no deal over Ukraine's head,\" the German chancellor said.").Statements;
        Assert.Equal("Friedrich Merz", Assert.Single(statements).Speaker);
    }

    [Fact]
    public void AnUnlistedNameOpeningASentenceIsNotTakenForTheRoleOfAListedFigure()
    {
        var statements = Extract.From("Heavy Rain fell over the capital.\n\n\"There can be no deal over Ukraine's head,\" the German chancellor said.").Statements;
        Assert.Equal("German chancellor", Assert.Single(statements).Speaker);
    }
    [Fact]
    public void ADescriptionThatIsAListedFiguresRoleIsThatFigureWhenTheArticleNamesThem()
    {
        const string text = "The head of the Russian delegation told reporters the talks had been useful.\n\n"
            + "Vladimir Medinsky, a former culture minister, later said the next round would be in June.";
        var statements = Extract.From(text).Statements;
        Assert.All(statements, s => Assert.Equal("Vladimir Medinsky", s.Speaker));
        Assert.Equal(2, statements.Count);
    }

    [Fact]
    public void ADescriptionIsNoListedFigureTheArticleNeverNames()
    {
        var statement = Extract.Only("The head of the Russian delegation told reporters the talks had been useful.");
        Assert.Equal("head of the Russian delegation", statement.Speaker);
    }
    [Theory]
    [InlineData("Radoslaw Sikorski met his Baltic counterparts in Vilnius on Monday.", "the Polish foreign minister", "Radosław Sikorski")]
    [InlineData("Mette Frederiksen arrived in Kyiv by train on Tuesday.", "the Danish prime minister", "Mette Frederiksen")]
    [InlineData("John Healey toured a drone factory near Bristol.", "the defence secretary", "John Healey")]
    [InlineData("Vyacheslav Gladkov visited the border villages on Sunday.", "the Belgorod governor", "Vyacheslav Gladkov")]
    public void AEuropeanOrRegionalFigureOf2025IsFoundByTheRoleThePressGivesThem(string introduction, string role, string listed)
    {
        var text = introduction + "\n\n\"We cannot wait for another winter of this,\" " + role + " told reporters.";
        var statement = Extract.Only(text);
        Assert.Equal(listed, PublicFigures.Find(statement.Speaker)?.Name);
        Assert.Equal(role, statement.ResolvedFrom);
    }

    [Fact]
    public void AListedRoleFindsNobodyTheArticleHasNotNamed()
    {
        var statement = Extract.Only("\"We cannot wait for another winter of this,\" the Danish prime minister told reporters.");
        Assert.Equal("Danish prime minister", statement.Speaker);
    }

    [Fact]
    public void AListedFiguresSurnameAloneIntroducesThemForAFollowingPronoun()
    {
        var statement = Extract.Only("Zelensky met Trump at the White House on Monday.\n\n\"We are ready for peace,\" he said.");
        Assert.Equal("Zelensky", statement.Speaker);
        Assert.Equal("he", statement.ResolvedFrom);
    }

    [Fact]
    public void AnUnlistedSurnameAloneIntroducesNobody()
    {
        var statements = Extract.From("Kovalchuk met the mayor at the station on Monday.\n\n\"We are ready for peace,\" he said.").Statements;
        Assert.DoesNotContain(statements, s => s.Speaker == "Kovalchuk");
    }
}
