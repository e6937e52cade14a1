using Truce.Claims.Scoring;

namespace Truce.Claims.Tests.Scoring;

public sealed class AnnotationAgreementTests
{
    private const string Article =
        "KYIV (Reuters) - Russia's Defense Ministry said on Monday its troops had recaptured Sudzha in the Kursk region. "
        + "“There is no doubt at all,” Kremlin spokesman Dmitry Peskov told reporters. Ukraine's General Staff said fighting "
        + "continued near Pokrovsk.";

    private static readonly GoldArticle Reference = GoldArticle.Parse("""
        {"statements": [
           {"speaker": "Russia's Defense Ministry", "quote": "its troops had recaptured Sudzha"},
           {"speaker": "Dmitry Peskov", "quote": "There is no doubt at all"},
           {"speaker": "Ukraine's General Staff", "quote": "fighting continued near Pokrovsk"}],
         "places": ["Kyiv", "Sudzha", "Kursk Oblast", "Pokrovsk"],
         "events": [{"claimant": "Russia's Defense Ministry", "action": "recapture", "place": "Sudzha"}]}
        """);

    [Fact]
    public void AnAnnotationAgreesWithItselfOnEverything()
    {
        var score = AnnotationAgreement.Compare("a", Article, Reference, Reference);

        Assert.Equal(new PrecisionRecall(3, 3, 3), score.Speakers);
        Assert.Equal(new PrecisionRecall(4, 4, 4), score.Places);
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.Events);
        Assert.Empty(score.Differences);
    }

    [Fact]
    public void SnippetsCutAtOtherLengthsOverTheSameWordsPairUpAndCaseAndTheDoNotMatter()
    {
        var other = GoldArticle.Parse("""
            {"statements": [
               {"speaker": "russia's defense ministry", "quote": "on Monday its troops had recaptured Sudzha in the Kursk region."},
               {"speaker": "Dmitry Peskov", "quote": "no doubt"},
               {"speaker": "the Ukraine's General Staff", "quote": "continued near Pokrovsk"}],
             "places": ["Pokrovsk", "Kursk Oblast", "Sudzha", "kyiv"],
             "events": [{"claimant": "the Russia's Defense Ministry", "action": "recapture", "place": "sudzha"}]}
            """);

        var score = AnnotationAgreement.Compare("a", Article, Reference, other);

        Assert.Equal(new PrecisionRecall(3, 3, 3), score.Speakers);
        Assert.Equal(new PrecisionRecall(4, 4, 4), score.Places);
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.Events);
    }

    [Fact]
    public void AnotherSpeakerAPlaceOrEventOnOneSideAndASnippetNotInTheArticleCountAsDisagreements()
    {
        var other = GoldArticle.Parse("""
            {"statements": [
               {"speaker": "Russian Defense Ministry", "quote": "its troops had recaptured Sudzha"},
               {"speaker": "Dmitry Peskov", "quote": "There is no doubt whatsoever"},
               {"speaker": "Ukraine's General Staff", "quote": "fighting continued near Pokrovsk"}],
             "places": ["Kyiv", "Sudzha", "Pokrovsk", "Russia"],
             "events": [{"claimant": "Russian Defense Ministry", "action": "recapture", "place": "Sudzha"},
                        {"claimant": null, "action": "attack", "place": "Pokrovsk"}]}
            """);

        var score = AnnotationAgreement.Compare("a", Article, Reference, other);

        // One speaker agrees in the name form only the reference uses, one snippet is not in the article, one agrees.
        Assert.Equal(new PrecisionRecall(1, 3, 3), score.Speakers);
        Assert.Equal(new PrecisionRecall(3, 4, 4), score.Places);
        Assert.Equal(new PrecisionRecall(0, 2, 1), score.Events);
        Assert.Contains("speaker differs: \"its troops had recaptured Sudzha\": reference Russia's Defense Ministry, other Russian Defense Ministry", score.Differences);
        Assert.Contains("statement only in the other: Dmitry Peskov: \"There is no doubt whatsoever\"", score.Differences);
        Assert.Contains("place only in the reference: kursk oblast", score.Differences);
        Assert.Contains("place only in the other: russia", score.Differences);
        Assert.Contains("event only in the other: - attack @ pokrovsk", score.Differences);
    }

    [Fact]
    public void OneStatementOfTheOtherPairsWithOneOfTheReferenceAtMost()
    {
        var other = GoldArticle.Parse("""
            {"statements": [{"speaker": "Russia's Defense Ministry", "quote": "said on Monday its troops had recaptured Sudzha in the Kursk region. “There is no doubt at all"}],
             "places": [], "events": []}
            """);

        var score = AnnotationAgreement.Compare("a", Article, Reference, other);

        Assert.Equal(new PrecisionRecall(1, 1, 3), score.Speakers);
    }
}
