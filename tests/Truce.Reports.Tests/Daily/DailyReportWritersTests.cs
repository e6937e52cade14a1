using System.Text.Json;
using AngleSharp.Html.Parser;
using NetTopologySuite.Geometries;
using Truce.Reports.Charts;
using Truce.Reports.Daily;
using Truce.Reports.Maps;

namespace Truce.Reports.Tests.Daily;

public sealed class DailyReportWritersTests
{
    private static readonly DailyReport Report = Build();

    [Fact]
    public void TheHtmlReportIsValidHtml5AndShowsTheDaysTotal()
    {
        var html = DailyReportHtml.Write(Report);

        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = true });
        var document = parser.ParseDocument(html);

        Assert.Contains("<strong>3</strong>", document.QuerySelector("#total")!.InnerHtml, StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("#by-party tbody tr").Select(row => row.Children.Select(cell => cell.TextContent).ToList()).ToList();
        Assert.Equal(["RU — Russian Federation", "2", "+1", "1.0"], rows[0]);
        Assert.Equal(["UA — Ukraine", "1", "±0", "1.0"], rows[1]);
    }

    [Fact]
    public void TheHtmlReportEmbedsBothPicturesAsPngDataUris()
    {
        var document = new HtmlParser().ParseDocument(DailyReportHtml.Write(Report));

        foreach (var id in new[] { "map", "trend" })
        {
            var source = document.QuerySelector($"#{id}")!.GetAttribute("src")!;
            Assert.StartsWith("data:image/png;base64,", source, StringComparison.Ordinal);
            var bytes = Convert.FromBase64String(source["data:image/png;base64,".Length..]);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        }
    }

    [Fact]
    public void TextFromTheRecordIsEscapedInHtml()
    {
        var hostile = Report with { AgreementTitle = "<script>alert(1)</script>" };

        var document = new HtmlParser().ParseDocument(DailyReportHtml.Write(hostile));

        Assert.Empty(document.QuerySelectorAll("script"));
    }

    [Fact]
    public void TheMarkdownReportLinksItsPicturesAndCarriesTheNotes()
    {
        var markdown = DailyReportMarkdown.Write(Report, "2025-03-20-map.png", "2025-03-20-trend.png");

        Assert.Contains("](2025-03-20-map.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("](2025-03-20-trend.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("| RU — Russian Federation | 2 | +1 | 1.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("illustrative", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonReportCarriesTheSameNumbers()
    {
        using var json = JsonDocument.Parse(DailyReportJson.Write(Report));

        Assert.Equal(3, json.RootElement.GetProperty("total").GetProperty("count").GetInt32());
        Assert.Equal("RU", json.RootElement.GetProperty("by_party")[0].GetProperty("key").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("by_party")[0].GetProperty("count").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("most_serious").GetArrayLength());
    }

    private static DailyReport Build()
    {
        var violations = new List<ReportViolation>
        {
            Fixtures.Violation("2025-03-20", "RU", hour: "01:00"),
            Fixtures.Violation("2025-03-20", "RU", hour: "02:00"),
            Fixtures.Violation("2025-03-20", "UA"),
            Fixtures.Violation("2025-03-19", "RU"),
            Fixtures.Violation("2025-03-19", "UA"),
        };
        var day = new DateOnly(2025, 3, 20);
        var figures = ComputeDailyFigures.For(day, new DateOnly(2025, 3, 19), violations, ["RU", "UA"], []);
        var map = RenderMap.ToPng(new MapScene("map", new Envelope(30, 40, 45, 52), [], [], ["RU", "UA"], [new MapPoint(37.5, 48, "RU", true)], "caption"));
        var days = new List<DateOnly> { day.AddDays(-1), day };
        var trend = RenderTrend.ToPng("trend", days, [new TrendSeries("RU", [1, 2]), new TrendSeries("UA", [1, 1])], day);
        return new DailyReport(
            "example-30-day",
            "30-day ceasefire (illustrative)",
            new Dictionary<string, string> { ["RU"] = "Russian Federation", ["UA"] = "Ukraine" },
            figures,
            map,
            trend,
            ["The front line is illustrative, not authoritative."]);
    }
}
