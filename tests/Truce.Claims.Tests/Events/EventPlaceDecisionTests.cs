using CsCheck;
using Truce.Claims.Events;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// The place decision of an action seen from the text: each relation a place can hold to the action is told by its own
/// sentence, and each ranking rule by a sentence where it decides. Sentences written for the test; relations and places
/// worked out by hand from the corpus README ("the most specific gazetteer place in the sentence that locates it").
/// </summary>
public sealed class EventPlaceDecisionTests
{
    private static PlaceRelation RelationOf(PlaceChoice choice, string place) =>
        choice.Candidates.Where(c => c.Mention.Place.Name == place).OrderBy(c => c.Relation).Select(c => c.Relation).First();

    [Theory]
    [InlineData("The ministry said its troops had captured Kupiansk after weeks of fighting.", "Kupiansk", nameof(PlaceRelation.Object))]
    [InlineData("The army said its artillery had shelled the village of Borova overnight.", "Borova", nameof(PlaceRelation.Object))]
    [InlineData("Officials said a drone hit a warehouse in Odesa on Tuesday.", "Odesa", nameof(PlaceRelation.Locative))]
    [InlineData("The air force said it had shot down six drones over the Sumy region.", "Sumy Oblast", nameof(PlaceRelation.Locative))]
    [InlineData("In Kherson, a drone struck a bus carrying workers, the governor said.", "Kherson", nameof(PlaceRelation.Frame))]
    [InlineData("Kherson came under heavy artillery fire on Sunday, officials said.", "Kherson", nameof(PlaceRelation.Subject))]
    public void EachLocatingRelationIsToldAndChosen(string text, string place, string relation)
    {
        var choice = Extract.OnlyPlace(text);
        Assert.Equal(place, choice.Chosen?.Mention.Place.Name);
        Assert.Equal(relation, choice.Chosen?.Relation.ToString());
    }

    [Fact]
    public void ASettlementOfARegionIsChosenOverTheRegionThatHoldsIt()
    {
        // Dvorichna lies in Kharkiv Oblast (UA-63): the region is the frame, the village the subject of the passive.
        var choice = Extract.OnlyPlace("The ministry said a fourth village, Dvorichna on the Oskil river in the Kharkiv region, had been captured by Russian troops.");
        Assert.Equal("Dvorichna", choice.Chosen?.Mention.Place.Name);
        Assert.Contains(choice.Candidates, c => c.Mention.Place.Name == "Kharkiv Oblast" && c.Locates);
    }

    [Fact]
    public void ACityInsideTheRegionAfterTheVerbOutranksTheRegion()
    {
        var choice = Extract.OnlyPlace("The governor said Russian drones struck the Kharkiv region overnight, hitting a depot in Kupiansk.");
        Assert.Equal("Kupiansk", choice.Chosen?.Mention.Place.Name);
    }

    [Fact]
    public void ThePlaceNearestTheVerbWinsAmongPlacesOfOneKind()
    {
        var choice = Extract.OnlyPlace("Troops captured Balakliia near Izium, the ministry said.");
        Assert.Equal("Balakliia", choice.Chosen?.Mention.Place.Name);
    }

    [Fact]
    public void AFurtherItemOfAListIsAnAlternativeNotARefinement()
    {
        // A second country listed after the first is another place the drones were over, not a part of the first.
        var choice = Extract.OnlyPlace("The ministry said air defences had shot down 40 drones over Russia and Belarus.");
        Assert.Equal("Russia", choice.Chosen?.Mention.Place.Name);
    }

    [Fact]
    public void AnOriginDoesNotLocateTheAction()
    {
        var choice = Extract.OnlyPlace("The governor said drones launched from Belgorod had struck a school.");
        Assert.Null(choice.Chosen);
        Assert.False(choice.Candidates.Single(c => c.Mention.Place.Name == "Belgorod").Locates);
    }

    [Fact]
    public void DronesLaunchedByACountryNameItsActorNotThePlace()
    {
        var choice = Extract.OnlyPlace("Officials said drones launched by Russia struck a power plant.");
        Assert.Null(choice.Chosen);
        Assert.Equal(PlaceRelation.Origin, RelationOf(choice, "Russia"));
    }

    [Fact]
    public void WhereTheSpeakerSpokeDoesNotLocateWhatTheSpeakerReports()
    {
        var choice = Extract.OnlyPlace("Speaking to reporters in Brussels, the minister said Russian troops had attacked Ukrainian positions.");
        Assert.Null(choice.Chosen);
        Assert.Equal(PlaceRelation.SpeakerLocation, RelationOf(choice, "Brussels"));
    }

    [Fact]
    public void ACityThatEndsTheSpeakersDescriptionIsWhereTheSpeakerIsNotTheTarget()
    {
        var choice = Extract.OnlyPlace("Doctors at a hospital in Kherson said a drone hit a minibus.");
        Assert.Null(choice.Chosen);
        Assert.Equal(PlaceRelation.SpeakerLocation, RelationOf(choice, "Kherson"));
    }

    [Fact]
    public void ARegionWhoseOfficialsReportTheActionHoldsItsUnknownVillage()
    {
        // README: "A region the sentence names locates an action in an unnamed or unknown village of it".
        var choice = Extract.OnlyPlace("Officials in the Belgorod region said artillery had shelled the village of Shchurovka overnight.");
        Assert.Equal("Belgorod Oblast", choice.Chosen?.Mention.Place.Name);
    }

    [Fact]
    public void APlaceInAClauseOfItsOwnDoesNotLocateTheAction()
    {
        var choice = Extract.OnlyPlace("Envoys met in Geneva on Monday, while the army said its troops had attacked enemy positions.");
        Assert.Null(choice.Chosen);
        Assert.False(choice.Candidates.Single(c => c.Mention.Place.Name == "Genève").Locates);
    }

    [Fact]
    public void ACountryAsTheOwnerOfTheAttackersDoesNotLocateTheAttack()
    {
        var choice = Extract.OnlyPlace("Russia's drones struck a depot overnight, the governor said.");
        Assert.Null(choice.Chosen);
        Assert.Equal(PlaceRelation.Owner, RelationOf(choice, "Russia"));
    }

    [Fact]
    public void ADestinationOfGoodsDoesNotLocateTheStrike()
    {
        var choice = Extract.OnlyPlace("The governor said drones hit a pumping station that sends oil to Hungary.");
        Assert.Null(choice.Chosen);
    }

    [Fact]
    public void NothingLocatingMeansNoPlace()
    {
        var choice = Extract.OnlyPlace("The army said its troops had repelled three attacks overnight.");
        Assert.Null(choice.Chosen);
        Assert.Empty(choice.Candidates);
    }

    [Fact]
    public void TheReasonNamesTheRuleThatChose()
    {
        var choice = Extract.OnlyPlace("The ministry said a fourth village, Dvorichna on the Oskil river in the Kharkiv region, had been captured by Russian troops.");
        Assert.Contains("Kharkiv Oblast", choice.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ANearbyPlaceIsALocativeNotAnAgent()
    {
        // "nearby" ends in "by", as "drones launched by Russia" does; only the preposition names an actor.
        var choice = Extract.OnlyPlace("The hospital said a strike hit a school in the nearby Nuseirat camp.");
        Assert.Equal("Nuseirat", choice.Chosen?.Mention.Place.Name);
        Assert.Equal(PlaceRelation.Locative, choice.Chosen?.Relation);
    }

    [Fact]
    public void TheApproachesToATownAreWhereTheFightingIsNotADestination()
    {
        var events = Extract.Places("The army said its troops had repelled four attacks on the approaches to Pokrovsk.");
        Assert.Equal("Pokrovsk", Assert.Single(events).Place.Chosen?.Mention.Place.Name);
    }

    [Fact]
    public void AFuelRunToATownIsStillADestination()
    {
        var choice = Extract.OnlyPlace("The governor said drones hit a tanker carrying fuel to Pokrovsk.");
        Assert.Null(choice.Chosen);
    }

    [Fact]
    public void ALaterHitInheritsTheCountryTheEarlierLaunchWasAimedAt()
    {
        var events = Extract.Places("The president said Russia had launched 300 drones at Ukraine overnight and that two power plants had been hit.");
        var hit = Assert.Single(events, e => e.Event.Action == "strike");
        Assert.Equal("Ukraine", hit.Event.Place);
        Assert.Equal(PlaceRelation.EarlierAction, hit.Place.Chosen?.Relation);
    }

    [Fact]
    public void DronesDownedDoNotInheritTheCountryTheLaunchWasAimedAt()
    {
        var events = Extract.Places("The air force said Russia had launched 300 drones at Ukraine overnight and that 250 of them had been shot down.");
        Assert.Null(Assert.Single(events, e => e.Event.Action == "shoot down").Event.Place);
    }

    private static readonly string[] Sentences =
    [
        "The ministry said its troops had captured Kupiansk after weeks of fighting.",
        "Officials said a drone hit a warehouse in Odesa on Tuesday.",
        "In Kherson, a drone struck a bus carrying workers, the governor said.",
        "The governor said drones launched from Belgorod had struck a school.",
        "Speaking to reporters in Brussels, the minister said Russian troops had attacked Ukrainian positions.",
        "The ministry said a fourth village, Dvorichna on the Oskil river in the Kharkiv region, had been captured by Russian troops.",
        "The army said its troops had repelled three attacks overnight.",
    ];

    private static readonly string[] Afterwards =
    [
        "Separately, envoys met in {0} to discuss the talks.",
        "The president later flew to {0}.",
        "Residents of {0} said they were tired of the war.",
    ];

    private static readonly string[] OtherPlaces = ["Paris", "Kyiv", "Pokrovsk", "the Sumy region", "Moscow", "Turkey"];

    [Fact]
    public void ASentenceAfterTheActionsSentenceNeverChangesWhereTheActionHappened() =>
        Gen.Select(Gen.Int[0, Sentences.Length - 1], Gen.Int[0, Afterwards.Length - 1], Gen.Int[0, OtherPlaces.Length - 1]).Sample((s, a, p) =>
        {
            var alone = Extract.Places(Sentences[s]).Select(e => e.Place.Chosen?.Mention.Place.Name).ToList();
            var followed = Extract.Places(Sentences[s] + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Afterwards[a], OtherPlaces[p]))
                .Take(alone.Count).Select(e => e.Place.Chosen?.Mention.Place.Name).ToList();
            Assert.Equal(alone, followed);
        }, iter: 60);

    [Fact]
    public void TheChosenPlaceIsAlwaysACandidateOfItsSentence() =>
        Gen.Int[0, Sentences.Length - 1].Sample(s =>
        {
            foreach (var (_, place) in Extract.Places(Sentences[s]))
            {
                Assert.True(place.Chosen is null || place.Candidates.Contains(place.Chosen));
            }
        }, iter: 20);
}
