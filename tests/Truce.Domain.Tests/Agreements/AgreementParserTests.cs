using Truce.Domain.Agreements;
using Truce.Domain.Zones;

namespace Truce.Domain.Tests.Agreements;

public sealed class AgreementParserTests
{
    private const string OneTerm = """
          - { id: T1, text: "No fire.", kind: prohibit-activity, types: ["fire.*"], zone: security-zone }

        """;

    private static string Valid => Fixtures.MeridianHeader + OneTerm;

    /// <summary>1-based line and column of the first occurrence of <paramref name="token"/> (after <paramref name="after"/>), found by scanning the text.</summary>
    private static (int Line, int Column) Position(string text, string token, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{after}' not in text");
        var index = text.IndexOf(token, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{token}' not in text");
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return (line, column);
    }

    private static AgreementError SingleError(string yaml, Dictionary<string, string>? files = null)
    {
        var result = Fixtures.Parse(yaml, files ?? Fixtures.MeridianFiles());
        Assert.False(result.Succeeded);
        return Assert.Single(result.Errors);
    }

    private static void AssertAt(AgreementError error, (int Line, int Column) expected, string messagePart)
    {
        Assert.Equal("agreement.yaml", error.File);
        Assert.Equal(expected, (error.Line, error.Column));
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidAgreementParsesWithEveryZoneResolved()
    {
        var result = Fixtures.Parse(Valid, Fixtures.MeridianFiles());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var agreement = result.Agreement!;
        Assert.Equal("meridian", agreement.Id);
        Assert.Equal(["RU", "UA"], agreement.Parties.Select(p => p.Code.Value));
        Assert.Equal(["line", "ru-held", "ua-held", "security-zone", "tank-zone", "sites"], agreement.Zones.Select(z => z.Id.Value));
        var term = Assert.Single(agreement.Terms);
        Assert.Equal(TermKind.ProhibitActivity, term.Kind);
        Assert.Equal(["RU", "UA"], term.Parties.Select(p => p.Value));
        Assert.Equal(Fixtures.WindowStart, term.Window.Start);
        Assert.Equal(Fixtures.WindowEnd, term.Window.End);
    }

    [Fact]
    public void ZoneSizesAreInKilometresOnTheGround()
    {
        var agreement = Fixtures.Parse(Valid, Fixtures.MeridianFiles()).Agreement!;

        // 4 degrees of meridian: 444.8 km on the WGS84 ellipsoid between 46°N and 50°N (meridian arc
        // tables); the sphere of the projection gives 4 x 111.36 km = 445.4 km, well within 0.5 %.
        Assert.InRange(agreement.Zone(new("line")).LengthKm, 444.8 * 0.995, 444.8 * 1.005);

        // A 15 km buffer of a 444.8 km segment: 2 x 15 x 444.8 + pi x 15^2 = 14,051 km2.
        var expectedBuffer = (2 * 15 * 444.8) + (Math.PI * 15 * 15);
        Assert.InRange(agreement.Zone(new("security-zone")).AreaKm2, expectedBuffer * 0.995, expectedBuffer * 1.005);

        // One site disk of radius 3 km: pi x 9 = 28.27 km2.
        var sites = agreement.Zone(new("sites"));
        Assert.Equal(ZoneKind.Sites, sites.Kind);
        Assert.InRange(sites.AreaKm2, Math.PI * 9 * 0.999, Math.PI * 9 * 1.0001);
        Assert.Equal("Plant West", Assert.Single(sites.Sites).Name);
    }

    [Fact]
    public void ADistanceZoneIsTheStripWithinTheDistanceOnThePartysOwnSide()
    {
        var yaml = Valid.Replace(
            "  - { id: sites,",
            "  - { id: ru-25, kind: area, distance_km: 25, of: line, side: RU }\n  - { id: sites,",
            StringComparison.Ordinal);

        var agreement = Fixtures.Parse(yaml, Fixtures.MeridianFiles()).Agreement!;

        // East of 36E between 46N and 50N (RU's box; the buffer's end caps fall outside it):
        // 25 km x 444.8 km of meridian arc = 11,120 km2.
        var zone = agreement.Zone(new("ru-25"));
        Assert.InRange(zone.AreaKm2, 11_120 * 0.995, 11_120 * 1.005);
        Assert.True(zone.Metric.EnvelopeInternal.MinX >= -1, "the strip lies east of the line only");
        Assert.Equal("within 25 km of line on RU's side (ru-held)", zone.Origin);
    }

    [Fact]
    public void ADistanceZoneForAPartyWithoutAControlledAreaIsReportedAtSide()
    {
        var yaml = Valid
            .Replace("{ code: UA, name: Ukraine, controls: ua-held }", "{ code: UA, name: Ukraine }", StringComparison.Ordinal)
            .Replace("  - { id: sites,", "  - { id: ua-25, kind: area, distance_km: 25, of: line, side: UA }\n  - { id: sites,", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "UA }", after: "ua-25"), "zone ua-25: party UA has no 'controls' area, so its own side is not defined");
    }

    [Fact]
    public void AFieldThatDoesNotApplyToTheTermKindIsReported()
    {
        var yaml = Valid.Replace("zone: security-zone }", "zone: security-zone, line: line }", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "line: line }"), "term T1: 'line' does not apply to a prohibit-activity term");
    }

    [Fact]
    public void AnUnknownTermKindIsReported()
    {
        var yaml = Valid.Replace("kind: prohibit-activity", "kind: prohibit-everything", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "prohibit-everything"), "term T1: unknown kind 'prohibit-everything'");
    }

    [Fact]
    public void AnUnknownZoneInATermIsReportedAtTheName()
    {
        var yaml = Valid.Replace("zone: security-zone }", "zone: nowhere }", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "nowhere"), "names unknown zone 'nowhere'");
    }

    [Fact]
    public void AnUnknownZoneADerivedZoneIsBuiltFromIsReportedAtOf()
    {
        var yaml = Valid.Replace("buffer_km: 30, of: line", "buffer_km: 30, of: nowhere", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "nowhere"), "'of' names unknown zone 'nowhere'");
    }

    [Fact]
    public void ACycleOfDerivedZonesIsReported()
    {
        var yaml = Valid.Replace(
            "  - { id: sites,",
            "  - { id: za, kind: area, buffer_km: 1, of: zb }\n  - { id: zb, kind: area, buffer_km: 1, of: za }\n  - { id: sites,",
            StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "zb }"), "derived zones form a cycle: za -> zb -> za");
    }

    [Fact]
    public void ASelfIntersectingPolygonIsReportedWithItsJsonPathAndCoordinate()
    {
        var files = Fixtures.MeridianFiles();
        files["ru.geojson"] = Fixtures.GeoJson("POLYGON ((36 46, 38 46, 38 50, 36 50, 36 46))", "POLYGON ((36 46, 38 50, 38 46, 36 50, 36 46))");

        var error = SingleError(Valid, files);

        Assert.Equal("ru.geojson", error.File);
        Assert.Equal("$.features[1].geometry", error.JsonPath);
        Assert.Contains("Self-intersection", error.Message, StringComparison.Ordinal);
        Assert.Contains("(37, 48)", error.Message, StringComparison.Ordinal);
        Assert.Equal("ru.geojson:$.features[1].geometry: " + error.Message, error.ToString());
    }

    [Fact]
    public void AWindowWhoseEndIsNotAfterItsStartIsReportedAtTheEnd()
    {
        var yaml = Valid.Replace("end: 2025-04-13T00:00:00Z", "end: 2025-03-14T00:00:00Z", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "2025-03-14T00:00:00Z }"), "end 2025-03-14T00:00:00Z is not after start 2025-03-14T00:00:00Z");
    }

    [Fact]
    public void AnUnknownTaxonomyCodeIsReportedWithASuggestion()
    {
        var yaml = Valid.Replace("types: [\"fire.*\"]", "types: [\"fire.artilery\"]", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "\"fire.artilery\""), "unknown taxonomy code 'fire.artilery' (did you mean 'fire.artillery'?)");
    }

    [Fact]
    public void ATaxonomyExtensionMakesItsCodeKnown()
    {
        var yaml = Valid.Replace("types: [\"fire.*\"]", "types: [\"fire.thermobaric\"]", StringComparison.Ordinal)
            + "taxonomy_extensions: [\"fire.thermobaric\"]\n";

        var result = Fixtures.Parse(yaml, Fixtures.MeridianFiles());

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void ADuplicatePartyCodeIsReportedAtTheSecondOne()
    {
        var yaml = Valid.Replace("code: UA, name: Ukraine", "code: RU, name: Ukraine", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "RU", after: "Russia"), "duplicate party code 'RU' (first declared at line 5)");
    }

    [Fact]
    public void ADuplicateZoneIdIsReportedAtTheSecondOne()
    {
        var yaml = Valid.Replace("id: tank-zone", "id: security-zone", StringComparison.Ordinal)
            .Replace("zone: security-zone }", "zone: security-zone }", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "security-zone", after: "buffer_km: 15"), "duplicate zone id 'security-zone' (first declared at line 11)");
    }

    [Fact]
    public void ADuplicateTermIdIsReportedAtTheSecondOne()
    {
        var yaml = Valid + OneTerm;

        AssertAt(SingleError(yaml), Position(yaml, "T1", after: "zone: security-zone }"), "duplicate term id 'T1' (first declared at line 15)");
    }

    [Fact]
    public void AMissingFieldIsReportedAtItsMapping()
    {
        var yaml = Valid.Replace("text: \"No fire.\", ", string.Empty, StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "{ id: T1"), "term T1: missing field 'text'");
    }

    [Fact]
    public void AnUnknownFieldIsReportedAtItsName()
    {
        var yaml = Valid.Replace("{ id: line, kind: line,", "{ id: line, kind: line, colour: red,", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "colour"), "zone: unknown field 'colour'");
    }

    [Fact]
    public void AValueOfTheWrongTypeIsReportedAtTheValue()
    {
        var yaml = Valid.Replace("title: Test agreement on a meridian", "title: [a, b]", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), (2, 8), "'title' must be a single value, found a list");
    }

    [Fact]
    public void ANonNumericDistanceIsReported()
    {
        var yaml = Valid.Replace("buffer_km: 15,", "buffer_km: fifteen,", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "fifteen"), "'buffer_km' must be a number, found 'fifteen'");
    }

    [Fact]
    public void AGeometryFileThatCannotBeReadIsReportedAtItsName()
    {
        var yaml = Valid.Replace("geometry: ua.geojson", "geometry: missing.geojson", StringComparison.Ordinal);

        AssertAt(SingleError(yaml), Position(yaml, "missing.geojson"), "cannot read 'missing.geojson'");
    }

    [Fact]
    public void AGeometryOfTheWrongKindIsReportedWithItsJsonPath()
    {
        var files = Fixtures.MeridianFiles();
        files["line.geojson"] = Fixtures.GeoJson("POINT (36 48)");

        var error = SingleError(Valid, files);

        Assert.Equal("$.features[0].geometry", error.JsonPath);
        Assert.Contains("a line zone needs LineString or MultiLineString, found Point", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepAwayForAPartyWithoutAControlledAreaIsReported()
    {
        var yaml = Valid.Replace("{ code: UA, name: Ukraine, controls: ua-held }", "{ code: UA, name: Ukraine }", StringComparison.Ordinal)
            + "  - { id: T2, text: \"Withdraw.\", kind: keep-away, types: [equipment.tank], line: line, distance_km: 15 }\n";

        AssertAt(SingleError(yaml), Position(yaml, "kind: keep-away"), "term T2: party UA has no 'controls' area");
    }

    [Fact]
    public void ANoBuildupTermWithoutABaselineForAPartyIsReported()
    {
        var yaml = Valid + "  - { id: T2, text: \"No buildup.\", kind: no-buildup, types: [equipment.tank], zone: tank-zone, baseline: { RU: 10 } }\n";

        AssertAt(SingleError(yaml), Position(yaml, "{ RU: 10 }"), "baseline has no count for party UA");
    }

    [Fact]
    public void InvalidYamlIsReportedWithItsPosition()
    {
        var yaml = Valid.Replace("title: Test agreement on a meridian", "title: \"unterminated", StringComparison.Ordinal);

        var error = SingleError(yaml);

        Assert.Equal(2, error.Line);
        Assert.StartsWith("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMistakeIsReportedNotOnlyTheFirst()
    {
        var yaml = Valid
            .Replace("title: Test agreement on a meridian", "title: [a]", StringComparison.Ordinal)
            .Replace("of: line }", "of: nowhere }", StringComparison.Ordinal)
            .Replace("zone: security-zone }", "zone: security-zone, colour: red }", StringComparison.Ordinal);

        var result = Fixtures.Parse(yaml, Fixtures.MeridianFiles());

        Assert.False(result.Succeeded);
        Assert.Equal(4, result.Errors.Count);
        Assert.Equal(result.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column), result.Errors);
    }

    [Fact]
    public void ErrorsPrintAsFileLineColumnMessage()
    {
        var error = new AgreementError("missions/a.yaml", 12, 7, null, "term T1: missing field 'text'");

        Assert.Equal("missions/a.yaml:12:7: term T1: missing field 'text'", error.ToString());
    }
}
