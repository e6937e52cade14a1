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
    public void DevelopmentSetMeetsTheQualityTargets()
    {
        var scores = CorpusEvaluation.Run(Extract.Corpus("dev"), PartyAliases.RussiaUkraineDefaults);
        output.WriteLine(ClaimsScorer.Summary(scores));
        Assert.True(scores.Count >= 8);
        AssertTargets(scores);
    }

    [Fact]
    public void HeldOutSetMeetsTheQualityTargets()
    {
        var scores = CorpusEvaluation.Run(Extract.Corpus("heldout"), PartyAliases.RussiaUkraineDefaults);
        output.WriteLine(ClaimsScorer.Summary(scores));
        Assert.True(scores.Count >= 2);
        AssertTargets(scores);
    }

    private static void AssertTargets(IReadOnlyList<ArticleScore> scores)
    {
        var speakers = scores.Select(s => s.Speakers).Aggregate(PrecisionRecall.Add);
        var places = scores.Select(s => s.Places).Aggregate(PrecisionRecall.Add);
        var events = scores.Select(s => s.Events).Aggregate(PrecisionRecall.Add);
        Assert.True(speakers.F1 >= 0.95, $"speaker attribution F1 {speakers.F1:F3} < 0.95");
        Assert.True(places.F1 >= 0.90, $"places F1 {places.F1:F3} < 0.90");
        Assert.True(events.F1 >= 0.90, $"event claims F1 {events.F1:F3} < 0.90");
    }
}
