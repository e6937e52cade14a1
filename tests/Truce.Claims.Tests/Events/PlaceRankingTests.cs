using CsCheck;
using Truce.Claims.Events;
using Truce.Claims.Places;
using Truce.Claims.Text;

namespace Truce.Claims.Tests.Events;

/// <summary>
/// PlaceRanking on candidates built by hand (no text): which relation wins, specificity, nearness, containment by the
/// gazetteer's codes, lists, and the invariants of the decision checked on random candidate sets.
/// </summary>
public sealed class PlaceRankingTests
{
    private static readonly GazetteerEntry Ukraine = new("Ukraine", 0, "UA", 49, 32, PlaceKind.Country, 0, null);
    private static readonly GazetteerEntry Russia = new("Russia", 0, "RU", 60, 90, PlaceKind.Country, 0, null);
    private static readonly GazetteerEntry KharkivOblast = new("Kharkiv Oblast", 0, "UA", 50, 36, PlaceKind.Admin1, 0, "UA-63");
    private static readonly GazetteerEntry DonetskOblast = new("Donetsk Oblast", 0, "UA", 48, 37.8, PlaceKind.Admin1, 0, "UA-14");
    private static readonly GazetteerEntry Kupiansk = new("Kupiansk", 1, "UA", 49.7, 37.6, PlaceKind.City, 26_000, "UA-63");
    private static readonly GazetteerEntry Izium = new("Izium", 2, "UA", 49.2, 37.3, PlaceKind.City, 45_000, "UA-63");
    private static readonly GazetteerEntry Pokrovsk = new("Pokrovsk", 3, "UA", 48.3, 37.2, PlaceKind.City, 60_000, "UA-14");
    private static readonly GazetteerEntry Kursk = new("Kursk", 4, "RU", 51.7, 36.2, PlaceKind.City, 440_000, "RU-KRS");
    private static readonly GazetteerEntry Donbas = new("Donbas", 0, "UA", 48.3, 38.5, PlaceKind.Area, 0, null);
    private static readonly GazetteerEntry[] Entries = [Ukraine, Russia, KharkivOblast, DonetskOblast, Kupiansk, Izium, Pokrovsk, Kursk, Donbas];

    private static PlaceCandidate At(GazetteerEntry place, PlaceRelation relation, int distance, int start = 0) =>
        new(new PlaceMention(place, new TextSpan(start, start + place.Name.Length)), relation, distance);

    [Fact]
    public void NoCandidatesMeanNoPlace() =>
        Assert.Null(PlaceRanking.Choose([]).Chosen);

    [Fact]
    public void OnlyNonLocatingCandidatesMeanNoPlace()
    {
        var choice = PlaceRanking.Choose([At(Russia, PlaceRelation.Origin, 3), At(Kupiansk, PlaceRelation.SpeakerLocation, 10), At(Izium, PlaceRelation.OtherClause, 4)]);
        Assert.Null(choice.Chosen);
        Assert.Equal(3, choice.Candidates.Count);
    }

    [Fact]
    public void AStrongerRelationWinsOverAMoreSpecificPlace() =>
        Assert.Equal(Ukraine, PlaceRanking.Choose([At(Kursk, PlaceRelation.ReportingBody, 2), At(Ukraine, PlaceRelation.Object, 1)]).Chosen?.Mention.Place);

    [Fact]
    public void AnObjectAndALocativeRankAlikeAndTheSettlementWins() =>
        Assert.Equal(Pokrovsk, PlaceRanking.Choose([At(Russia, PlaceRelation.Object, 1), At(Pokrovsk, PlaceRelation.Locative, 30)]).Chosen?.Mention.Place);

    [Fact]
    public void AmongPlacesOfOneKindTheNearestToTheVerbWins() =>
        Assert.Equal(Izium, PlaceRanking.Choose([At(Kupiansk, PlaceRelation.Frame, 40), At(Izium, PlaceRelation.Frame, 5)]).Chosen?.Mention.Place);

    [Fact]
    public void ATownNamingASectorIsLessSpecificThanAVillage()
    {
        var sector = At(Kupiansk, PlaceRelation.Locative, 2) with { NamesSector = true };
        Assert.Equal(Izium, PlaceRanking.Choose([sector, At(Izium, PlaceRelation.Locative, 30)]).Chosen?.Mention.Place);
    }

    [Fact]
    public void ARegionGivesWayToASettlementOfItInTheActionsClause()
    {
        var choice = PlaceRanking.Choose([At(KharkivOblast, PlaceRelation.Frame, 3), At(Kupiansk, PlaceRelation.Subject, 30)]);
        Assert.Equal(Kupiansk, choice.Chosen?.Mention.Place);
    }

    [Fact]
    public void ARegionDoesNotGiveWayToASettlementOfAnotherRegion() =>
        Assert.Equal(KharkivOblast, PlaceRanking.Choose([At(KharkivOblast, PlaceRelation.Frame, 3), At(Pokrovsk, PlaceRelation.Subject, 30)]).Chosen?.Mention.Place);

    [Fact]
    public void ACountryDoesNotGiveWayToAPlaceOfAnotherCountry() =>
        Assert.Equal(Ukraine, PlaceRanking.Choose([At(Ukraine, PlaceRelation.Object, 3), At(Kursk, PlaceRelation.Frame, 30)]).Chosen?.Mention.Place);

    [Fact]
    public void ARegionDoesNotGiveWayToAPlaceItOnlyReportsFrom() =>
        Assert.Equal(KharkivOblast, PlaceRanking.Choose([At(KharkivOblast, PlaceRelation.Object, 3), At(Kupiansk, PlaceRelation.ReportingBody, 30)]).Chosen?.Mention.Place);

    [Fact]
    public void AFurtherItemOfAListIsNotPreferredForBeingMoreSpecific()
    {
        var listed = At(Kupiansk, PlaceRelation.Locative, 20) with { ListedAfterAnother = true };
        Assert.Equal(Ukraine, PlaceRanking.Choose([At(Ukraine, PlaceRelation.Locative, 3), listed]).Chosen?.Mention.Place);
    }

    [Fact]
    public void ContainmentFollowsTheGazetteerCodes()
    {
        Assert.True(PlaceRanking.Contains(Ukraine, Kupiansk));
        Assert.True(PlaceRanking.Contains(Ukraine, KharkivOblast));
        Assert.True(PlaceRanking.Contains(KharkivOblast, Kupiansk));
        Assert.False(PlaceRanking.Contains(KharkivOblast, Pokrovsk));
        Assert.False(PlaceRanking.Contains(Russia, Kupiansk));
        Assert.False(PlaceRanking.Contains(Kupiansk, KharkivOblast));
        Assert.False(PlaceRanking.Contains(Ukraine, Ukraine));
    }

    private static readonly Gen<PlaceCandidate> Candidates =
        Gen.Select(Gen.Int[0, Entries.Length - 1], Gen.Enum<PlaceRelation>(), Gen.Int[0, 200], Gen.Int[0, 400], Gen.Bool, Gen.Bool)
            .Select((e, r, d, s, listed, sector) => At(Entries[e], r, d, s) with { ListedAfterAnother = listed, NamesSector = sector });

    [Fact]
    public void TheChosenPlaceIsAlwaysALocatingCandidateAndNullOnlyWhenNoneLocates() =>
        Candidates.List[0, 12].Sample(candidates =>
        {
            var choice = PlaceRanking.Choose(candidates);
            Assert.Same(candidates, choice.Candidates);
            if (choice.Chosen is null)
            {
                Assert.DoesNotContain(candidates, c => c.Locates);
            }
            else
            {
                Assert.Contains(choice.Chosen, candidates);
                Assert.True(choice.Chosen.Locates);
            }
        });

    [Fact]
    public void AddingACandidateThatDoesNotLocateNeverChangesTheChoice() =>
        Gen.Select(Candidates.List[0, 12], Candidates.List[1, 4], Gen.Int[0, 12]).Sample((candidates, extra, at) =>
        {
            var notLocating = extra.Select(c => c with { Relation = (PlaceRelation)Math.Max((int)c.Relation, (int)PlaceRelation.Origin) }).ToList();
            var more = candidates.ToList();
            more.InsertRange(Math.Min(at, more.Count), notLocating);
            Assert.Equal(PlaceRanking.Choose(candidates).Chosen, PlaceRanking.Choose(more).Chosen);
        });

    [Fact]
    public void TheChoiceDoesNotDependOnTheOrderOfTheCandidates() =>
        Gen.Select(Candidates.List[0, 12], Gen.Int.Array[12]).Sample((candidates, keys) =>
        {
            // Distinct starts make the order total, so that only the candidates decide.
            var distinct = candidates.Select((c, i) => c with { Mention = c.Mention with { Span = new TextSpan(i * 1000, i * 1000 + 5) } }).ToList();
            var shuffled = distinct.Select((c, i) => (c, keys[i % keys.Length])).OrderBy(p => p.Item2).Select(p => p.c).ToList();
            Assert.Equal(PlaceRanking.Choose(distinct).Chosen, PlaceRanking.Choose(shuffled).Chosen);
        });

    [Fact]
    public void TheChosenPlaceHoldsTheStrongestRelationPresentOrLiesInsideThePlaceThatDoes() =>
        Candidates.List[1, 12].Sample(candidates =>
        {
            var chosen = PlaceRanking.Choose(candidates).Chosen;
            var strongest = candidates.Where(c => c.Locates).Select(c => c.Relation == PlaceRelation.Locative ? PlaceRelation.Object : c.Relation).DefaultIfEmpty(PlaceRelation.Origin).Min();
            if (chosen is not null)
            {
                var relation = chosen.Relation == PlaceRelation.Locative ? PlaceRelation.Object : chosen.Relation;
                Assert.True(relation == strongest || candidates.Any(c => (c.Relation == PlaceRelation.Locative ? PlaceRelation.Object : c.Relation) == strongest && PlaceRanking.Contains(c.Mention.Place, chosen.Mention.Place)));
            }
        });
}
