using System.Text;
using Xunit;

namespace Truce.Cli.Tests.Claims;

/// <summary>
/// <c>truce claims score</c> run as a real process over folders holding articles that cannot be
/// scored. No real input is known to make the extractor throw (the grammar fuzz property finds
/// none), so the per-article failure path is driven by an unreadable article and malformed
/// annotations, which take the same route: named on standard error, marked in the output, left out of the totals.
/// </summary>
public sealed class ScoreClaimsTests : IDisposable
{
    // Scored by hand: one statement by Dmitry Peskov, one place (Sudzha), one event (Peskov claims a recapture at Sudzha).
    private const string GoodArticle = "Kremlin spokesman Dmitry Peskov said the Russian army had recaptured the town of Sudzha.\n";

    private const string GoodGold = """
        {"statements": [{"speaker": "Dmitry Peskov", "quote": "the Russian army had recaptured the town of Sudzha"}],
         "places": ["Sudzha"],
         "events": [{"claimant": "Dmitry Peskov", "action": "recapture", "place": "Sudzha"}]}
        """;

    private const string EmptyGold = """{"statements": [], "places": [], "events": []}""";

    private readonly string _root = Directory.CreateTempSubdirectory("truce-score-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Set(string name)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "a-good.txt"), GoodArticle);
        File.WriteAllText(Path.Combine(folder, "a-good.gold.json"), GoodGold);
        return folder;
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void AGoodFolderIsScoredAndExitsZero()
    {
        var folder = Set("clean");

        var (code, output, error) = TruceProcess.Run("claims", "score", folder);

        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        Assert.Contains("| speaker attribution | 1.000 | 1.000 | 1.000 | 1 / 1 / 1 |", output, StringComparison.Ordinal);
        Assert.Contains("| event claims | 1.000 | 1.000 | 1.000 | 1 / 1 / 1 |", output, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT SCORED", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlesThatCannotBeScoredAreNamedOneLineEachWhileTheOthersAreStillScored()
    {
        var folder = Set("set-7");
        File.WriteAllBytes(Path.Combine(folder, "b-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        File.WriteAllText(Path.Combine(folder, "b-binary.gold.json"), EmptyGold);
        File.WriteAllText(Path.Combine(folder, "c-syntax.txt"), "Officials said the talks were useful.\n");
        File.WriteAllText(Path.Combine(folder, "c-syntax.gold.json"), "{\"statements\": [\n  {\"speaker\": \"Officials\", \"quote\": \"talks\"},\n  oops\n], \"places\": [], \"events\": []}");
        File.WriteAllText(Path.Combine(folder, "d-shape.txt"), "Officials said the talks were useful.\n");
        File.WriteAllText(Path.Combine(folder, "d-shape.gold.json"), """{"statements": [], "places": [], "events": [{"claimant": null, "action": 7, "place": null}]}""");
        File.WriteAllText(Path.Combine(folder, "e-orphan.gold.json"), EmptyGold);

        var (code, output, error) = TruceProcess.Run("claims", "score", folder);

        Assert.Equal(1, code);
        Assert.Equal(
            [
                "truce claims score: set-7/b-binary.txt: binary file (NUL byte at offset 8); expected a news article as UTF-8 or Windows-1252 text or HTML",
                "truce claims score: set-7/c-syntax.gold.json:3:3: not valid JSON: 'o' is an invalid start of a value",
                "truce claims score: set-7/d-shape.gold.json: $.events[0].action: expected a string, found a number",
                "truce claims score: set-7/e-orphan.gold.json: no article beside it (expected e-orphan.txt or e-orphan.html)",
            ],
            Lines(error));
        var lines = Lines(output);
        Assert.Equal("## a-good: speakers F1 1.000, places F1 1.000, events F1 1.000", lines[0]);
        Assert.Equal(
            ["## b-binary: NOT SCORED (cannot be read)", "## c-syntax: NOT SCORED (cannot be read)", "## d-shape: NOT SCORED (cannot be read)", "## e-orphan: NOT SCORED (cannot be read)"],
            lines[1..5]);
        Assert.Equal("4 of 5 article(s) not scored; the totals below leave them out.", lines[5]);
        Assert.Contains("| measure (1 articles) |", output, StringComparison.Ordinal);
        Assert.Contains("| places | 1.000 | 1.000 | 1.000 | 1 / 1 / 1 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DetailsListTheMissesOfScoredArticlesAndMarkTheOnesNotScored()
    {
        var folder = Set("details");
        File.WriteAllText(Path.Combine(folder, "b-missing-place.txt"), "Officials said the talks were useful.\n");
        File.WriteAllText(Path.Combine(folder, "b-missing-place.gold.json"), """{"statements": [{"speaker": "Officials", "quote": "the talks were useful"}], "places": ["Kyiv"], "events": []}""");
        File.WriteAllText(Path.Combine(folder, "c-broken.txt"), "Officials said the talks were useful.\n");
        File.WriteAllText(Path.Combine(folder, "c-broken.gold.json"), "{\"statements\": ");

        var (code, output, error) = TruceProcess.Run("claims", "score", folder, "--details");

        Assert.Equal(1, code);
        Assert.Single(Lines(error));
        Assert.StartsWith("truce claims score: details/c-broken.gold.json:1:", error, StringComparison.Ordinal);
        Assert.Contains("  place missed: kyiv", output, StringComparison.Ordinal);
        Assert.Contains("## c-broken: NOT SCORED (cannot be read)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutAnnotationsOrArticlesIsAUserErrorThatSaysWhatToPutThere()
    {
        var empty = Path.Combine(_root, "empty");
        Directory.CreateDirectory(empty);
        var unannotated = Path.Combine(_root, "unannotated");
        Directory.CreateDirectory(unannotated);
        File.WriteAllText(Path.Combine(unannotated, "story.txt"), "Officials said the talks were useful.\n");

        var (emptyCode, emptyOutput, emptyError) = TruceProcess.Run("claims", "score", empty);
        var (unannotatedCode, _, unannotatedError) = TruceProcess.Run("claims", "score", unannotated);
        var (missingCode, _, missingError) = TruceProcess.Run("claims", "score", Path.Combine(_root, "absent"));

        Assert.Equal(1, emptyCode);
        Assert.Equal(string.Empty, emptyOutput);
        Assert.Equal($"truce claims score: {empty}: no NAME.gold.json annotations found and no articles (hint: put NAME.txt or NAME.html beside NAME.gold.json)", emptyError.Trim());
        Assert.Equal(1, unannotatedCode);
        Assert.Contains("(1 article(s) without one;", unannotatedError, StringComparison.Ordinal);
        Assert.Equal(1, missingCode);
        Assert.EndsWith("absent: no such folder", missingError.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadArticlesGivenToExtractAreRefusedInOneLineWithoutAStackTrace()
    {
        var binary = Path.Combine(_root, "photo.txt");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        var mixed = Path.Combine(_root, "mixed.txt");
        File.WriteAllBytes(mixed, [.. Encoding.UTF8.GetBytes("Kyiv \u2014 calm "), 0x93, .. "no"u8, 0x94]);
        var huge = Path.Combine(_root, "huge.txt");
        File.WriteAllBytes(huge, Enumerable.Repeat((byte)'a', (5 * 1024 * 1024) + 1).ToArray());
        var dump = Path.Combine(_root, "dump.txt");
        File.WriteAllText(dump, string.Concat(Enumerable.Repeat("Officials said the talks were useful. ", 27_000)));
        var deep = Path.Combine(_root, "deep.html");
        File.WriteAllText(deep, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>Officials said the talks were useful.</p></body></html>");
        var empty = Path.Combine(_root, "empty.html");
        File.WriteAllText(empty, "<html><body><nav>Home</nav></body></html>");

        foreach (var (file, expected) in new[]
        {
            (binary, "photo.txt: binary file (NUL byte at offset 4)"),
            (mixed, "mixed.txt: mixed encodings: 1 valid UTF-8 sequences but 2 bytes that are not UTF-8 (first at byte offset 14)"),
            (huge, "huge.txt: file is 5,242,881 bytes, more than the 5,242,880-byte limit for one article"),
            (empty, "empty.html: the HTML holds no article text"),
            (dump, "dump.txt: the article text is 1,026,000 characters, more than the 1,000,000 read as one article"),
            (deep, "deep.html: the HTML nests elements 50,000 deep, more than the 1,000"),
            (_root, "no such file"),
        })
        {
            var (code, output, error) = TruceProcess.Run("claims", "extract", file);
            Assert.True(code == 1, error);
            Assert.Equal(string.Empty, output);
            var line = Assert.Single(Lines(error));
            Assert.StartsWith("truce claims extract: ", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BrokenHtmlIsReadLenientlyAndExtracted()
    {
        var broken = Path.Combine(_root, "broken.html");
        File.WriteAllText(broken, "<html><body><p>Kremlin spokesman Dmitry Peskov said <b>the talks were useful.<p>Unclosed <a href='x");

        var (code, output, error) = TruceProcess.Run("claims", "extract", broken, "--format", "table");

        Assert.True(code == 0, error);
        Assert.Contains("Dmitry Peskov", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptRefusesAnUnreadableArticleInOneLine()
    {
        var binary = Path.Combine(_root, "photo.txt");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        var data = Path.Combine(_root, "data");
        var (initCode, _, initError) = TruceProcess.Run("init", TruceProcess.ExampleAgreement(), "--data", data);
        Assert.True(initCode == 0, initError);

        var (code, output, error) = TruceProcess.Run("claims", "accept", binary, "--event", "1", "--data", data, "--published", "2025-03-20", "--verbose");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"truce claims accept: {binary}: binary file (NUL byte at offset 4); expected a news article as UTF-8 or Windows-1252 text or HTML", Assert.Single(Lines(error)));
    }
}
