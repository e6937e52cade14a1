using Truce.Claims.Attribution;
using Truce.Claims.Events;
using Truce.Claims.Parties;
using Truce.Claims.Places;
using Truce.Claims.Scoring;
using Truce.Claims.Text;
using Xunit.Abstractions;

namespace Truce.Claims.Tests.Scoring;

public sealed class ScoringTests(ITestOutputHelper output)
{
    [Fact]
    public void PrecisionRecallAndF1FollowTheirDefinitions()
    {
        var score = new PrecisionRecall(Correct: 6, Predicted: 8, Gold: 12);
        Assert.Equal(0.75, score.Precision, 10);
        Assert.Equal(0.5, score.Recall, 10);
        Assert.Equal(0.6, score.F1, 10);
    }

    [Fact]
    public void ScorerCountsRightSpeakersPlacesAndEventsAgainstAHandAnnotation()
    {
        var kyiv = new GazetteerEntry("Kyiv", 703448, "UA", 50.45, 30.52, PlaceKind.City, 2797553, "UA-30");
        var report = new ClaimsReport("t", null,
            [
                new Statement("Dmitry Peskov", "Kremlin spokesman", "RU", "said", "direct", "There is no doubt at all", 0, 10, null),
                new Statement("Moscow", null, "RU", "said", "direct", "We are ready", 20, 30, null),
                new Statement("Someone", null, null, "said", "reported", "nothing in gold", 40, 50, null),
            ],
            [new ResolvedPlace(kyiv, [new TextSpan(60, 64)])],
            [new EventClaim("Russian Defense Ministry", "recapture", "the town", "Sudzha", 0, 9, "ground.capture")]);
        var gold = GoldArticle.Parse("""
            {"statements": [{"speaker": "Dmitry Peskov", "quote": "no doubt"}, {"speaker": "Sergei Lavrov", "quote": "we are ready"}],
             "places": ["Kyiv", "Sudzha"],
             "events": [{"claimant": "the Russian Defense Ministry", "action": "recapture", "place": "Sudzha"}]}
            """);
        var score = ClaimsScorer.Score("t", report, gold);
        Assert.Equal(new PrecisionRecall(1, 3, 2), score.Speakers);
        Assert.Equal(new PrecisionRecall(1, 1, 2), score.Places);
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.Events);
    }

    [Fact]
    public void PunctuationAnAnnotatorCopiedAtTheSnippetsEdgeIsNotPartOfTheWords()
    {
        var report = new ClaimsReport("t", null,
            [new Statement("Rustem Umerov", null, "UA", "said", "direct", "We came with clear instructions", 1, 32, null)],
            [], []);
        var gold = GoldArticle.Parse("""
            {"statements": [{"speaker": "Rustem Umerov", "quote": "We came with clear instructions,"}], "places": [], "events": []}
            """);
        Assert.Equal(new PrecisionRecall(1, 1, 1), ClaimsScorer.Score("t", report, gold).Speakers);
    }

    [Fact]
    public void ASpeakerKnownByDescriptionAndCallSignMatchesAGoldGivenEitherWay()
    {
        var report = new ClaimsReport("t", null,
            [
                new Statement("brigade's deputy commander", null, null, "told", "direct", "That is a lie for the negotiators", 0, 33, null, "Kosa"),
                new Statement("brigade's deputy commander", null, null, "said", "direct", "Our guys are still in the town", 40, 70, null, "Kosa"),
                new Statement("Oleh", null, null, "says", "direct", "They come every hour", 80, 100, null),
            ],
            [], []);
        var gold = GoldArticle.Parse("""
            {"statements": [{"speaker": "Kosa", "quote": "a lie for the negotiators"}, {"speaker": "brigade's deputy commander", "quote": "still in the town"},
                            {"speaker": "Bison", "quote": "every hour"}],
             "places": [], "events": []}
            """);
        Assert.Equal(new PrecisionRecall(2, 3, 3), ClaimsScorer.Score("t", report, gold).Speakers);
    }

    [Fact]
    public void AClaimantMatchesAGoldGivenWithOrWithoutItsRole()
    {
        var claim = new EventClaim("National News Agency", "strike", null, "Khiam", 0, 40, "strike.air") { ClaimantRole = "Lebanon's state-run" };
        var report = new ClaimsReport("t", null, [], [], [claim, claim with { Claimant = "Press TV", ClaimantRole = "Iran's state-run" }]);
        var gold = GoldArticle.Parse("""
            {"statements": [], "places": [],
             "events": [{"claimant": "Lebanon's state-run National News Agency", "action": "strike", "place": "Khiam"},
                        {"claimant": "Press TV", "action": "strike", "place": "Khiam"},
                        {"claimant": "state media", "action": "strike", "place": "Khiam"}]}
            """);
        Assert.Equal(new PrecisionRecall(2, 2, 3), ClaimsScorer.Score("t", report, gold).Events);
    }

    [Fact]
    public void DevelopmentSetMeetsTheQualityTargets()
    {
        var scores = CorpusEvaluation.Run(Extract.Corpus("dev"), PartyAliases.RussiaUkraineDefaults);
        output.WriteLine(ClaimsScorer.Summary(scores));
        Assert.True(scores.Count >= 8);
        AssertTargets(scores);
    }

    /// <summary>
    /// Every held-out set once measured unseen text; most have since been tuned on (docs/accuracy.md
    /// lists their first-run figures, the honest ones). This guards each set's figures as they stand
    /// after the latest round, a little below them, so that no later rule quietly undoes an earlier one.
    /// The floors were read off the scorer's output and rounded down; they are not computed here.
    /// </summary>
    [Theory]
    [InlineData("heldout", 3, 0.99, 0.99, 0.99)]
    [InlineData("heldout-2", 3, 0.99, 0.99, 0.99)]
    [InlineData("heldout-3", 10, 0.99, 0.99, 0.99)]
    [InlineData("heldout-4", 6, 0.99, 0.99, 0.99)]
    [InlineData("heldout-5", 6, 0.99, 0.99, 0.99)]
    [InlineData("heldout-6", 5, 0.99, 0.99, 0.99)]
    [InlineData("heldout-7", 4, 0.99, 0.99, 0.99)]
    [InlineData("heldout-8", 5, 0.99, 0.99, 0.97)]
    [InlineData("heldout-9", 5, 0.99, 0.99, 0.99)]
    [InlineData("heldout-10", 5, 0.99, 0.99, 0.99)]
    [InlineData("heldout-11", 4, 0.99, 0.99, 0.99)]
    [InlineData("heldout-12", 4, 0.99, 0.99, 0.98)]
    [InlineData("heldout-13", 5, 0.99, 0.99, 0.99)]
    [InlineData("heldout-14", 4, 0.95, 0.99, 0.90)]
    [InlineData("heldout-15", 5, 0.99, 0.98, 0.99)]
    [InlineData("heldout-16", 5, 0.99, 0.99, 0.99)]
    [InlineData("heldout-17", 4, 0.98, 0.99, 0.99)]
    [InlineData("heldout-18", 4, 0.98, 0.99, 0.99)]
    [InlineData("heldout-19", 5, 0.97, 0.98, 0.95)]
    [InlineData("heldout-20", 5, 0.96, 0.98, 0.93)]
    [InlineData("heldout-21", 5, 0.98, 0.99, 0.94)]
    [InlineData("heldout-22", 5, 0.95, 0.99, 0.83)]
    [InlineData("heldout-23", 5, 0.97, 0.99, 0.92)]
    [InlineData("heldout-24", 5, 0.94, 0.99, 0.69)]
    [InlineData("heldout-25", 4, 0.96, 0.97, 0.91)]
    [InlineData("heldout-26", 4, 0.97, 0.99, 0.82)]
    [InlineData("heldout-27", 4, 0.94, 0.99, 0.82)]
    [InlineData("heldout-28", 4, 0.92, 0.97, 0.84)]
    [InlineData("heldout-29", 4, 0.93, 0.98, 0.84)]
    [InlineData("heldout-30", 5, 0.94, 0.98, 0.81)]
    [InlineData("heldout-31", 4, 0.91, 0.96, 0.91)]
    [InlineData("heldout-32", 5, 0.97, 0.98, 0.96)]
    [InlineData("heldout-33", 5, 0.91, 0.99, 0.90)]
    [InlineData("heldout-34", 4, 0.96, 0.99, 0.96)]
    [InlineData("heldout-35", 5, 0.93, 0.97, 0.91)]
    [InlineData("heldout-36", 5, 0.92, 0.96, 0.88)]
    [InlineData("heldout-37", 5, 0.88, 0.99, 0.86)]
    [InlineData("heldout-38", 5, 0.94, 0.98, 0.91)]
    [InlineData("heldout-39", 5, 0.94, 0.98, 0.93)]
    [InlineData("heldout-40", 4, 0.89, 0.97, 0.85)]
    [InlineData("heldout-41", 5, 0.96, 0.99, 0.77)]
    [InlineData("heldout-42", 5, 0.88, 0.99, 0.82)]
    [InlineData("heldout-43", 5, 0.90, 0.97, 0.77)]
    [InlineData("heldout-45", 5, 0.94, 0.98, 0.98)]
    [InlineData("heldout-46", 5, 0.96, 0.99, 0.79)]
    [InlineData("heldout-47", 5, 0.96, 0.97, 0.93)]
    [InlineData("heldout-48", 5, 0.87, 0.98, 0.62)]
    [InlineData("heldout-49", 5, 0.96, 0.99, 0.87)]
    public void HeldOutSetDoesNotFallBelowItsLatestFigures(string set, int articles, double speakers, double places, double events)
    {
        var scores = CorpusEvaluation.Run(Extract.Corpus(set), PartyAliases.RussiaUkraineDefaults);
        output.WriteLine(ClaimsScorer.Summary(scores));
        Assert.Equal(articles, scores.Count);
        AssertAtLeast(scores, speakers, places, events);
    }

    private static void AssertTargets(IReadOnlyList<ArticleScore> scores) => AssertAtLeast(scores, speakers: 0.95, places: 0.90, events: 0.90);

    private static void AssertAtLeast(IReadOnlyList<ArticleScore> scores, double speakers, double places, double events)
    {
        var speakerScore = scores.Select(s => s.Speakers).Aggregate(PrecisionRecall.Add);
        var placeScore = scores.Select(s => s.Places).Aggregate(PrecisionRecall.Add);
        var eventScore = scores.Select(s => s.Events).Aggregate(PrecisionRecall.Add);
        Assert.True(speakerScore.F1 >= speakers, $"speaker attribution F1 {speakerScore.F1:F3} < {speakers}");
        Assert.True(placeScore.F1 >= places, $"places F1 {placeScore.F1:F3} < {places}");
        Assert.True(eventScore.F1 >= events, $"event claims F1 {eventScore.F1:F3} < {events}");
    }
}
