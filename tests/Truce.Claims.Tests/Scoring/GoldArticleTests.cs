using Truce.Claims.Scoring;

namespace Truce.Claims.Tests.Scoring;

public sealed class GoldArticleTests
{
    [Fact]
    public void AWellFormedAnnotationIsRead()
    {
        var read = GoldArticle.Read("""
            {"statements": [{"speaker": "Andriy Yermak", "quote": "no deal yet"}],
             "places": ["Odesa"],
             "events": [{"claimant": null, "action": "strike", "place": "Odesa"}]}
            """, "x.gold.json");

        Assert.Null(read.Problem);
        Assert.Equal(new GoldStatement("Andriy Yermak", "no deal yet"), Assert.Single(read.Gold!.Statements));
        Assert.Equal("Odesa", Assert.Single(read.Gold.Places));
        Assert.Equal(new GoldEvent(null, "strike", "Odesa"), Assert.Single(read.Gold.Events));
    }

    [Fact]
    public void ASyntaxErrorIsReportedAtItsLineAndColumn()
    {
        // Line 2: two spaces, the 12-character key, a colon and a space put the stray 'x' at column 17.
        var read = GoldArticle.Read("{\n  \"statements\": x}", "bad.gold.json");

        Assert.Null(read.Gold);
        Assert.StartsWith("bad.gold.json:2:17: not valid JSON: 'x' is an invalid start of a value", read.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedFileIsASyntaxErrorNotACrash()
    {
        var read = GoldArticle.Read("{\"statements\": [", "cut.gold.json");

        Assert.Null(read.Gold);
        Assert.StartsWith("cut.gold.json:1:", read.Problem, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", read.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "shape.gold.json: $: expected an object with \"statements\", \"places\" and \"events\", found an array")]
    [InlineData("""{"places": [], "events": []}""", "shape.gold.json: $.statements: missing (write \"statements\": [] when there are none)")]
    [InlineData("""{"statements": {}, "places": [], "events": []}""", "shape.gold.json: $.statements: expected an array, found an object")]
    [InlineData("""{"statements": [{"quote": "q"}], "places": [], "events": []}""", "shape.gold.json: $.statements[0].speaker: missing")]
    [InlineData("""{"statements": [], "places": ["Kyiv", 3], "events": []}""", "shape.gold.json: $.places[1]: expected a place name as a string, found a number")]
    [InlineData("""{"statements": [], "places": [], "events": [{"action": "strike", "place": null}]}""", "shape.gold.json: $.events[0].claimant: missing (write null when the article gives none)")]
    [InlineData("""{"statements": [], "places": [], "events": [{"claimant": true, "action": "strike", "place": null}]}""", "shape.gold.json: $.events[0].claimant: expected a string or null, found a boolean")]
    [InlineData("""{"statements": [], "places": [], "events": [{"claimant": null, "action": null, "place": null}]}""", "shape.gold.json: $.events[0].action: expected a string, found null")]
    public void AWrongOrMissingMemberIsReportedByItsJsonPath(string json, string expected)
    {
        var read = GoldArticle.Read(json, "shape.gold.json");

        Assert.Null(read.Gold);
        Assert.Equal(expected, read.Problem);
    }

    [Fact]
    public void SeveralProblemsAreCountedAfterTheFirst()
    {
        var read = GoldArticle.Read("""{"statements": [{"speaker": 1, "quote": 2}], "places": [], "events": []}""", "many.gold.json");

        Assert.Equal("many.gold.json: $.statements[0].speaker: expected a string, found a number (and 1 more problem(s))", read.Problem);
    }

    [Fact]
    public void ParseThrowsNamingTheProblemForCallersThatTrustTheFile()
    {
        var thrown = Assert.Throws<InvalidDataException>(() => GoldArticle.Parse("""{"statements": []}"""));

        Assert.Contains("$.places: missing", thrown.Message, StringComparison.Ordinal);
    }
}
