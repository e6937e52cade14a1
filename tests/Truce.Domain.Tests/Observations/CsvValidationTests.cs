using static Truce.Domain.Tests.Observations.Batches;

namespace Truce.Domain.Tests.Observations;

public sealed class CsvValidationTests
{
    private const string Header = "id,observed_at,lat,lon,type,source_kind,source_reliability,narrative";

    [Fact]
    public void ARowWithQuotedCommasAndNewlinesIsRead()
    {
        var result = Csv(Header + "\r\na1,2025-03-20T02:15:00Z,47.6,35.9,fire.artillery,monitor,B,\"two, \"\"loud\"\"\r\nbangs\"\r\n");

        var observation = Assert.Single(result.Observations);
        Assert.Equal("two, \"loud\"\r\nbangs", observation.Narrative);
        Assert.Equal('B', observation.Source.Reliability);
    }

    [Fact]
    public void AnErrorNamesTheLineAndColumnOfTheCell()
    {
        // The quoted narrative spans lines 2–3, so the second record starts on line 4.
        var text = Header + "\na1,2025-03-20T02:15:00Z,47.6,35.9,fire.artillery,monitor,B,\"x\ny\"\na2,2025-03-20T02:15:00Z,47.6,35.9,fire.artillery,monitor,Z,\n";

        var error = Single(Csv(text));

        Assert.Equal(("obs.csv", 4, 7, "source_reliability"), (error.File, error.Line, error.Column, error.Field));
        Assert.Equal("'Z' is no Admiralty source rating; use one letter A–F", error.Message);
    }

    [Fact]
    public void AMisspelledColumnIsRefusedWithAHint()
    {
        var errors = Csv("id,obsrved_at,lat,lon,type,source_kind\na1,2025-03-20T02:15:00Z,47.6,35.9,fire.artillery,monitor\n").Errors;

        // The header error, and the row's missing time (the misspelt column is not read).
        Assert.Equal(2, errors.Count);
        var error = errors[0];
        Assert.Equal((1, 2, "obsrved_at", "unknown field 'obsrved_at' (did you mean 'observed_at'?)"), (error.Line, error.Column, error.Field, error.Message));
    }

    [Fact]
    public void AnEvidenceColumnIsRefused()
    {
        var errors = Csv("id,observed_at,lat,lon,type,source_kind,evidence\na1,2025-03-20T02:15:00Z,47.6,35.9,fire.artillery,monitor,x\n").Errors;
        var error = Assert.Single(errors);
        Assert.Equal((1, 7, "evidence"), (error.Line, error.Column, error.Field));
    }

    [Fact]
    public void ARowWithTooFewCellsIsRefused()
    {
        var error = Single(Csv(Header + "\na1,2025-03-20T02:15:00Z,47.6\n"));
        Assert.Equal((2, "(row)", "has 3 columns, the header has 8"), (error.Line, error.Field, error.Message));
    }

    [Fact]
    public void AnEmptyCellIsAnAbsentField()
    {
        var error = Single(Csv(Header + "\na1,2025-03-20T02:15:00Z,47.6,35.9,,monitor,,\n"));
        Assert.Equal((2, 1, "type", "required"), (error.Line, error.Column, error.Field, error.Message));
    }
}
