using Xunit;

namespace Truce.Cli.Tests.Claims;

/// <summary><c>truce claims agree</c> run as a real process over a reference folder and a second annotation of it.</summary>
public sealed class AgreeClaimsTests : IDisposable
{
    private const string Article = "Kremlin spokesman Dmitry Peskov said the Russian army had recaptured the town of Sudzha.\n";

    private const string Reference = """
        {"statements": [{"speaker": "Dmitry Peskov", "quote": "the Russian army had recaptured the town of Sudzha"}],
         "places": ["Sudzha"],
         "events": [{"claimant": "Dmitry Peskov", "action": "recapture", "place": "Sudzha"}]}
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("truce-agree-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (string Reference, string Other) Folders(string other)
    {
        var referenceFolder = Directory.CreateDirectory(Path.Combine(_root, "set")).FullName;
        var otherFolder = Directory.CreateDirectory(Path.Combine(_root, "second")).FullName;
        File.WriteAllText(Path.Combine(referenceFolder, "a.txt"), Article);
        File.WriteAllText(Path.Combine(referenceFolder, "a.gold.json"), Reference);
        File.WriteAllText(Path.Combine(otherFolder, "a.gold.json"), other);
        return (referenceFolder, otherFolder);
    }

    [Fact]
    public void ASecondAnnotationThatNamesTheSpeakerOtherwiseAndMissesTheEventIsCountedAgainstTheReference()
    {
        var (reference, other) = Folders("""
            {"statements": [{"speaker": "Peskov", "quote": "recaptured the town"}], "places": ["Sudzha"], "events": []}
            """);

        var (code, output, error) = TruceProcess.Run("claims", "agree", reference, other, "--details");

        Assert.True(code == 0, error);
        Assert.Contains("| speaker attribution | 0.000 | 0.000 | 0.000 | 0 / 1 / 1 |", output, StringComparison.Ordinal);
        Assert.Contains("| places | 1.000 | 1.000 | 1.000 | 1 / 1 / 1 |", output, StringComparison.Ordinal);
        Assert.Contains("| event claims | 0.000 | 0.000 | 0.000 | 0 / 0 / 1 |", output, StringComparison.Ordinal);
        Assert.Contains("  speaker differs: \"the Russian army had recaptured the town of Sudzha\": reference Dmitry Peskov, other Peskov", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnnotationWithoutItsArticleOrAMalformedOneIsNamedAndNoTotalsArePrinted()
    {
        var (reference, other) = Folders("""{"statements": [""");
        File.WriteAllText(Path.Combine(other, "b.gold.json"), Reference);

        var (code, output, error) = TruceProcess.Run("claims", "agree", reference, other);

        Assert.Equal(1, code);
        Assert.Contains("a.gold.json:1:", error, StringComparison.Ordinal);
        Assert.Contains("b.gold.json: no article b.txt or b.html in", error, StringComparison.Ordinal);
        Assert.Contains("2 of 2 annotation(s) could not be compared; no totals", error, StringComparison.Ordinal);
        Assert.DoesNotContain("| speaker attribution", output, StringComparison.Ordinal);
    }
}
