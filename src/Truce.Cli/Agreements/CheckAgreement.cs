using System.CommandLine;
using System.Globalization;
using Truce.Domain.Agreements;
using Truce.Domain.Zones;

namespace Truce.Cli.Agreements;

/// <summary>
/// <c>truce agreement check FILE</c>: validates an agreement and prints its summary, or every
/// mistake as <c>file:line:col: message</c>. Exit 0 when valid, 1 on mistakes, 2 on a bug.
/// </summary>
public static class CheckAgreement
{
    /// <summary>The <c>agreement</c> command with its <c>check</c> subcommand.</summary>
    public static Command Command()
    {
        var file = new Argument<string>("FILE") { Description = "The agreement YAML file; zone GeoJSON paths are relative to it." };
        var check = new Command("check", "Validate an agreement and print a summary of it.") { file };
        check.SetAction(parse => Run(parse.GetValue(file)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return new Command("agreement", "Work with agreements.") { check };
    }

    public static int Run(string path, TextWriter output, TextWriter error)
    {
        try
        {
            var result = AgreementFiles.Load(path);
            if (result.Agreement is not { } agreement)
            {
                foreach (var mistake in result.Errors)
                {
                    error.WriteLine(mistake.ToString());
                }

                error.WriteLine($"{result.Errors.Count} error{(result.Errors.Count == 1 ? string.Empty : "s")} in {path}");
                return 1;
            }

            output.Write(Summary(agreement));
            return 0;
        }
#pragma warning disable CA1031 // the command's last line of defence: a bug becomes exit code 2, not a stack dump
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"internal error: {ex}");
            return 2;
        }
    }

    /// <summary>The human summary: id, title, window, parties, zones with km² or km, terms with kind and target.</summary>
    public static string Summary(Agreement agreement)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringWriter(c) { NewLine = "\n" };
        text.WriteLine($"agreement {agreement.Id}: {agreement.Title}");
        if (agreement.Notes is { } notes)
        {
            text.WriteLine($"  notes: {notes.Trim()}");
        }

        text.WriteLine($"window    {Instant(agreement.Window.Start)} to {Instant(agreement.Window.End)} (end excluded)");
        text.WriteLine($"parties   {agreement.Parties.Count}");
        foreach (var party in agreement.Parties)
        {
            var aliases = party.Aliases.Count == 0 ? string.Empty : $" (aliases: {string.Join(", ", party.Aliases)})";
            var controls = party.Controls is { } zone ? $", controls {zone}" : string.Empty;
            text.WriteLine($"  {party.Code,-6} {party.Name}{aliases}{controls}");
        }

        text.WriteLine($"zones     {agreement.Zones.Count}");
        foreach (var zone in agreement.Zones)
        {
            var size = zone.Kind switch
            {
                ZoneKind.Line => $"{zone.LengthKm.ToString("#,0.0", c)} km",
                ZoneKind.Sites => $"{zone.Sites.Count} sites, radius {zone.RadiusKm!.Value.ToString("0.###", c)} km, {zone.AreaKm2.ToString("#,0.0", c)} km2",
                _ => $"{zone.AreaKm2.ToString("#,0.0", c)} km2",
            };
            text.WriteLine($"  {zone.Id.Value,-24} {zone.Kind.ToString().ToLowerInvariant(),-6} {size,-34} {zone.Origin}");
        }

        text.WriteLine($"terms     {agreement.Terms.Count}");
        foreach (var term in agreement.Terms)
        {
            text.WriteLine($"  {term.Id.Value,-6} {term.Kind.Name(),-20} {string.Join(" ", term.Types)} -> {term.Target}; parties {string.Join(", ", term.Parties)}");
        }

        text.WriteLine($"projection azimuthal equidistant centred on {agreement.Projection.CentreLongitude.ToString("0.###", c)} E {agreement.Projection.CentreLatitude.ToString("0.###", c)} N");
        return text.ToString();
    }

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
