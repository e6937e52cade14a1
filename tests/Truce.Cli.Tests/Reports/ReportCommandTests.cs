using System.Text.Json;
using AngleSharp.Html.Parser;
using SkiaSharp;
using Xunit;

namespace Truce.Cli.Tests.Reports;

public sealed class ReportCommandTests(EvaluatedExampleMission mission) : IClassFixture<EvaluatedExampleMission>
{
    [Theory]
    [InlineData("2025-03-14")]
    [InlineData("2025-03-28")]
    [InlineData("2025-04-06")]
    [InlineData("2025-04-12")]
    public void TheDailyReportCountsWhatViolationsListsForThatDay(string day)
    {
        var listed = Json(TruceProcess.Run("violations", "--day", day, "--format", "json", "--data", mission.Data));
        var report = Json(TruceProcess.Run("report", "daily", "--day", day, "--format", "json", "--data", mission.Data));

        var violations = listed.RootElement.EnumerateArray().ToList();
        Assert.Equal(violations.Count, report.RootElement.GetProperty("total").GetProperty("count").GetInt32());
        foreach (var row in report.RootElement.GetProperty("by_party").EnumerateArray())
        {
            var party = row.GetProperty("key").GetString();
            var expected = violations.Count(v => (v.GetProperty("party").GetString() ?? "unknown") == party);
            Assert.Equal(expected, row.GetProperty("count").GetInt32());
        }

        foreach (var row in report.RootElement.GetProperty("by_term").EnumerateArray())
        {
            var term = row.GetProperty("key").GetString();
            Assert.Equal(violations.Count(v => v.GetProperty("term").GetString() == term), row.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public void TheMarkdownReportWritesItsTwoPicturesBesideIt()
    {
        var file = Path.Combine(mission.Root, "out", "day.md");

        var (code, _, error) = TruceProcess.Run("report", "daily", "--day", "2025-03-28", "--out", file, "--data", mission.Data);

        Assert.True(code == 0, error);
        Assert.Contains("](day-map.png)", File.ReadAllText(file), StringComparison.Ordinal);
        using var map = SKBitmap.Decode(Path.Combine(mission.Root, "out", "day-map.png"));
        using var trend = SKBitmap.Decode(Path.Combine(mission.Root, "out", "day-trend.png"));
        Assert.Equal(1000, map.Width);
        Assert.Equal((1000, 400), (trend.Width, trend.Height));
    }

    [Fact]
    public void TheHtmlReportIsValidAndSaysTheFrontLineIsIllustrative()
    {
        var (code, html, error) = TruceProcess.Run("report", "daily", "--day", "2025-03-28", "--format", "html", "--data", mission.Data);

        Assert.True(code == 0, error);
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        Assert.Equal(2, document.QuerySelectorAll("img[src^='data:image/png;base64,']").Length);
        Assert.Contains("illustrative", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummaryCountsEveryViolationOfTheWindow()
    {
        var listed = Json(TruceProcess.Run("violations", "--format", "json", "--data", mission.Data));

        var (code, html, error) = TruceProcess.Run("report", "summary", "--format", "html", "--data", mission.Data);

        Assert.True(code == 0, error);
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        Assert.Contains($"<strong>{listed.RootElement.GetArrayLength()}</strong>", document.QuerySelector("#total")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(3, document.QuerySelectorAll("img[src^='data:image/png;base64,']").Length);
    }

    [Theory]
    [InlineData("2025-03-13", "outside the agreement's window")]
    [InlineData("2025-04-13", "outside the agreement's window")]
    [InlineData("20-03-2025", "is not a date")]
    public void ADayTheReportCannotCoverIsAUserError(string day, string message)
    {
        var (code, _, error) = TruceProcess.Run("report", "daily", "--day", day, "--data", mission.Data);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static JsonDocument Json((int Code, string Output, string Error) run)
    {
        Assert.True(run.Code == 0, run.Error);
        return JsonDocument.Parse(run.Output);
    }
}
