using AngleSharp.Html.Parser;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Truce.Reports.Daily;
using Truce.Reports.Summary;
using Truce.Reports.Tests.Daily;

namespace Truce.Reports.Tests.Summary;

public sealed class SummaryReportWritersTests
{
    private static readonly SummaryReport Report = Build();

    [Fact]
    public void TheHtmlSummaryIsValidHtml5WithTheTermByPartyTable()
    {
        var document = new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(SummaryReportHtml.Write(Report));

        Assert.Contains("<strong>3</strong>", document.QuerySelector("#total")!.InnerHtml, StringComparison.Ordinal);
        var header = document.QuerySelectorAll("#by-term thead th").Select(cell => cell.TextContent);
        Assert.Equal(["term", "text", "all", "RU", "UA"], header);
        var first = document.QuerySelectorAll("#by-term tbody tr")[0].Children.Select(cell => cell.TextContent);
        Assert.Equal(["T1", "All fire shall cease.", "2", "1", "1"], first);
        Assert.Equal(3, document.QuerySelectorAll("img[src^='data:image/png;base64,']").Length);
    }

    [Fact]
    public void TheMarkdownSummaryLinksItsThreePictures()
    {
        var markdown = SummaryReportMarkdown.Write(Report, "map.png", "trend.png", "heat.png");

        Assert.Contains("](map.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("](trend.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("](heat.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("| T1 | All fire shall cease. | 2 | 1 | 1 |", markdown, StringComparison.Ordinal);
    }

    private static SummaryReport Build()
    {
        var violations = new List<ReportViolation>
        {
            Fixtures.Violation("2025-03-14", "RU", term: "T1"),
            Fixtures.Violation("2025-03-15", "UA", term: "T1"),
            Fixtures.Violation("2025-03-15", "RU", term: "T2"),
        };
        var line = new AlongLine((LineString)new WKTReader().Read("LINESTRING (37.5 50, 37.5 46)"));
        var figures = ComputeSummaryFigures.For(new DateOnly(2025, 3, 14), new DateOnly(2025, 3, 16), violations, ["RU", "UA"], line);
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G'];
        return new SummaryReport(
            "example",
            "Example",
            new Dictionary<string, string> { ["RU"] = "Russian Federation", ["UA"] = "Ukraine" },
            new Dictionary<string, string> { ["T1"] = "All fire shall cease.", ["T2"] = "Withdraw artillery." },
            figures,
            png,
            png,
            png,
            ["illustrative"]);
    }
}
