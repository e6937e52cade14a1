using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Truce.Claims;
using Truce.Claims.Events;
using Truce.Claims.Places;
using Truce.Cli.Missions;
using Truce.Cli.Observations;
using Truce.Domain.Observations;
using Truce.Domain.Taxonomy;
using Truce.Storage.Sqlite;

namespace Truce.Cli.Claims;

/// <summary>
/// <c>truce claims accept ARTICLE --event N</c>: an analyst turns the N-th event claim that
/// <c>claims extract</c> lists (counting from 1) into an observation of the mission and stores it
/// the way <c>ingest</c> does. The observation:
/// <list type="bullet">
/// <item>type: <c>--type</c>, else the claim's suggestion, which must be a concrete code of the mission's taxonomy;</item>
/// <item>place: <c>--lat/--lon</c>, else the claimed settlement with a radius from its size (5 km below
/// 100,000 people, 10 km below a million, 20 km above); a region or country is refused as too coarse;</item>
/// <item>time: <c>--observed-from/--observed-to</c>, else the whole publication day [D, D+1) in UTC;</item>
/// <item>attributed_to: the party the claim says acted (<see cref="EventActor"/>), with the basis
/// "claimed by CLAIMANT in SOURCE"; none when the sentence names no actor;</item>
/// <item>source: kind "party" when the claimant speaks for a party, else "media"; Admiralty F6 unless
/// given, because a claim in the news is unverified;</item>
/// <item>id: <c>claim-</c> + the first 32 hex digits of SHA-256(article bytes, "#event=", N), so that
/// accepting the same claim again is a no-op.</item>
/// </list>
/// Prints the stored observation as one NDJSON line on standard output and "stored" or
/// "already present" on standard error. Exit 0 stored, 1 a user error (nothing stored), 2 an internal
/// error (one line naming the article; the stack trace with --verbose).
/// </summary>
public static class AcceptClaim
{
    private const string Command = "truce claims accept";

    public sealed record Request(
        string File,
        int Event,
        string DataDirectory,
        string? Source = null,
        string? Published = null,
        string? Type = null,
        double? Lat = null,
        double? Lon = null,
        double? UncertaintyM = null,
        string? ObservedFrom = null,
        string? ObservedTo = null,
        string Reliability = "F",
        int Credibility = 6,
        string? By = null,
        bool Verbose = false);

    public static int Run(Request request, TextWriter output, TextWriter error, TimeProvider time)
    {
        if (request.Published is { } published && !DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            error.WriteLine($"{Command}: --published '{published}' is not a date like 2025-03-13");
            return 1;
        }

        if ((request.ObservedFrom is null) != (request.ObservedTo is null))
        {
            error.WriteLine($"{Command}: give both --observed-from and --observed-to, or neither (then the publication day is used)");
            return 1;
        }

        if (request.Published is null && request.ObservedFrom is null)
        {
            error.WriteLine($"{Command}: when did it happen? give --published YYYY-MM-DD (the article's day) or --observed-from and --observed-to");
            return 1;
        }

        if ((request.Lat is null) != (request.Lon is null))
        {
            error.WriteLine($"{Command}: give both --lat and --lon, or neither (then the claimed place is used)");
            return 1;
        }

        using var store = SqliteMissionStore.Open(request.DataDirectory);
        var agreement = MissionAgreement.Load(store, request.DataDirectory);
        if (ArticleFile.Read(request.File, Command, error) is not var (bytes, article))
        {
            return 1;
        }

        var source = request.Source ?? Path.GetFileName(ArticleFile.LocalPath(request.File));
        ClaimsReport report;
        try
        {
            report = new ClaimsExtractor(Gazetteer.Default, ClaimParties.Of(agreement)).Extract(article.Text, source, request.Published);
        }
#pragma warning disable CA1031 // an extractor bug is reported naming the article, without a stack trace unless asked
        catch (Exception bug) when (ExtractorBug.IsReportable(bug))
#pragma warning restore CA1031
        {
            ExtractorBug.Report(Command, request.File, bug, request.Verbose, error);
            return ExitCodes.InternalError;
        }

        if (request.Event < 1 || request.Event > report.Events.Count)
        {
            error.WriteLine($"{Command}: --event {request.Event}: the article has {report.Events.Count} event claim(s), numbered from 1 " +
                $"(hint: truce claims extract {request.File} --format table)");
            return 1;
        }

        var claim = report.Events[request.Event - 1];
        var type = request.Type ?? claim.Taxonomy;
        if (type.Contains('*', StringComparison.Ordinal) || !agreement.Taxonomy.Contains(new ObservationType(type)))
        {
            var family = type.Split('.')[0] + ".";
            var choices = agreement.Taxonomy.Codes.Where(code => code.StartsWith(family, StringComparison.Ordinal)).ToList();
            var why = request.Type is not null ? $"--type '{type}' is not a type of the mission's taxonomy"
                : $"event {request.Event} ({claim.Action}) suggests '{type}', which is not one type";
            error.WriteLine($"{Command}: {why}; choose one with --type" + (choices.Count > 0 ? $" ({string.Join(", ", choices)})" : string.Empty));
            return 1;
        }

        var place = PlaceOf(request, claim, report, error);
        if (place is null)
        {
            return 1;
        }

        var (from, to) = request.ObservedFrom is { } observedFrom
            ? (observedFrom, request.ObservedTo!)
            : Day(DateOnly.ParseExact(request.Published!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var json = Json(request, claim, article.Text, source, type, place.Value, from, to, IdOf(bytes, request.Event));
        var batch = ObservationReader.Read(json, ObservationFormat.Ndjson, $"{request.File} event {request.Event}", MissionAgreement.RulesOf(agreement));
        var outcome = IngestObservations.StoreBatch(store, request.DataDirectory, batch, error, time, request.By ?? Log.ActorOption.Default());
        if (outcome is null)
        {
            return 1;
        }

        output.Write(Encoding.UTF8.GetString(ObservationWriter.ToCanonicalJson(batch.Observations[0])) + "\n");
        error.WriteLine(outcome.New == 1 ? "stored" : "already present");
        return 0;
    }

    /// <summary>The observation id of event <paramref name="eventNumber"/> of the article in <paramref name="articleBytes"/>.</summary>
    public static string IdOf(byte[] articleBytes, int eventNumber)
    {
        var suffix = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"#event={eventNumber}"));
        var hash = SHA256.HashData([.. articleBytes, .. suffix]);
        return "claim-" + Convert.ToHexStringLower(hash)[..32];
    }

    /// <summary>The uncertainty radius, in metres, of a claim placed at a settlement of this population.</summary>
    public static double SettlementRadiusM(long population) =>
        population >= 1_000_000 ? 20_000 : population >= 100_000 ? 10_000 : 5_000;

    private static (double Lat, double Lon, double UncertaintyM)? PlaceOf(Request request, EventClaim claim, ClaimsReport report, TextWriter error)
    {
        if (request.Lat is { } lat && request.Lon is { } lon)
        {
            return (lat, lon, request.UncertaintyM ?? 5_000);
        }

        if (claim.Place is null)
        {
            error.WriteLine($"{Command}: event {request.Event} names no place; give --lat and --lon (and --uncertainty-m, default 5000)");
            return null;
        }

        var entry = report.Places.First(p => p.Place.Name == claim.Place).Place;
        if (entry.Kind != PlaceKind.City)
        {
            var kind = entry.Kind switch
            {
                PlaceKind.Admin1 => "a region",
                PlaceKind.Country => "a country",
                _ => "a part of the world",
            };
            error.WriteLine($"{Command}: event {request.Event} is placed only in {entry.Name}, {kind}, too coarse for an observation; " +
                "give --lat and --lon (and --uncertainty-m, default 5000)");
            return null;
        }

        return (entry.Lat, entry.Lon, request.UncertaintyM ?? SettlementRadiusM(entry.Population));
    }

    private static (string From, string To) Day(DateOnly day) =>
        (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
         day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");

    private static byte[] Json(Request request, EventClaim claim, string text, string source, string type,
        (double Lat, double Lon, double UncertaintyM) place, string from, string to, string id)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("observed_from", from);
            json.WriteString("observed_to", to);
            json.WriteNumber("lat", Math.Round(place.Lat, 5));
            json.WriteNumber("lon", Math.Round(place.Lon, 5));
            json.WriteNumber("uncertainty_m", place.UncertaintyM);
            json.WriteString("type", type);
            if (claim.ActorParty is { } actor)
            {
                json.WriteString("attributed_to", actor);
                json.WriteString("attribution_basis", claim.Claimant is null ? $"reported by {source}" : $"claimed by {claim.Claimant} in {source}");
            }

            json.WriteStartObject("source");
            json.WriteString("kind", claim.ClaimantParty is null ? "media" : "party");
            json.WriteString("id", source);
            json.WriteString("reliability", request.Reliability);
            json.WriteNumber("credibility", request.Credibility);
            json.WriteString("perception", "reported");
            json.WriteEndObject();
            json.WriteString("narrative", text[claim.Start..claim.End].Trim());
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
