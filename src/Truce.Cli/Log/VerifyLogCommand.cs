using System.CommandLine;
using System.Text.Json;
using Truce.Log.Notes;
using Truce.Log.Tiles;
using Truce.Log.Verification;

namespace Truce.Cli.Log;

/// <summary>
/// <c>truce log verify</c>: checks a published log (directory or HTTP(S) prefix) from its bytes alone. Exit codes:
/// 0 verified, 1 verification failure or bad input, 2 internal error.
/// </summary>
public static class VerifyLogCommand
{
    public static Command Create()
    {
        var log = new Option<string>("--log") { Description = "The log: a directory or an http(s):// prefix holding checkpoint and tile/.", Required = true };
        var key = new Option<string>("--key") { Description = "Verifier key <name>+<id>+<base64>, or a file holding it.", Required = true };
        var entry = new Option<ulong?>("--entry") { Description = "Prove inclusion of this 0-based entry index." };
        var record = new Option<string?>("--record") { Description = "Prove inclusion of the JSON entries whose record.id is this." };
        var since = new Option<string?>("--since") { Description = "An earlier checkpoint file: prove the log only grew since." };
        var origin = new Option<string?>("--origin") { Description = "Require this checkpoint origin." };
        var command = new Command("verify", "Verify a published log: signature, every tile and entry, inclusion and consistency.")
        {
            log, key, entry, record, since, origin,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                return await RunAsync(
                    parse.GetValue(log)!, parse.GetValue(key)!, parse.GetValue(entry), parse.GetValue(record),
                    parse.GetValue(since), parse.GetValue(origin), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await Console.Error.WriteLineAsync($"internal error: {e}");
                return 2;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(
        string logLocation, string keyText, ulong? entry, string? recordId, string? sinceFile, string? origin, CancellationToken cancellationToken)
    {
        if (File.Exists(keyText))
        {
            keyText = (await File.ReadAllTextAsync(keyText, cancellationToken)).Trim();
        }

        var verifier = NoteVerifier.TryParse(keyText, out var keyError);
        if (verifier is null)
        {
            return await UserError($"--key: {keyError}");
        }

        byte[]? since = null;
        if (sinceFile is not null)
        {
            if (!File.Exists(sinceFile))
            {
                return await UserError($"--since: no file {sinceFile}");
            }

            since = await File.ReadAllBytesAsync(sinceFile, cancellationToken);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        ITileSource source;
        if (Uri.TryCreate(logLocation, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            source = new HttpTileSource(http, uri);
        }
        else if (Directory.Exists(logLocation))
        {
            source = new DirectoryTileSource(logLocation);
        }
        else
        {
            return await UserError($"--log: {logLocation} is neither a directory nor an http(s) URL");
        }

        var request = new LogVerifyRequest
        {
            Entry = entry,
            Since = since,
            ExpectedOrigin = origin,
            Find = recordId is null ? null : bytes => RecordIdMatches(bytes, recordId),
            FindDescription = $"entry with record.id \"{recordId}\"",
        };
        var result = await new LogVerifier(source, verifier).VerifyAsync(request, cancellationToken);
        foreach (var check in result.Checks)
        {
            Console.WriteLine($"ok: {check}");
        }

        if (!result.IsValid)
        {
            await Console.Error.WriteLineAsync($"FAILED: {result.Failure}");
            return 1;
        }

        foreach (var found in result.FoundEntries)
        {
            Console.WriteLine($"record {recordId} is entry {found}");
        }

        Console.WriteLine("verified");
        return 0;
    }

    /// <summary>Whether an entry is a JSON object whose <c>record.id</c> equals <paramref name="id"/> (string or number text).</summary>
    public static bool RecordIdMatches(byte[] entry, string id)
    {
        try
        {
            using var document = JsonDocument.Parse(entry);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("record", out var record)
                && record.ValueKind == JsonValueKind.Object
                && record.TryGetProperty("id", out var value)
                && (value.ValueKind == JsonValueKind.String ? value.GetString() == id : value.ValueKind == JsonValueKind.Number && value.GetRawText() == id);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<int> UserError(string message)
    {
        await Console.Error.WriteLineAsync($"error: {message}");
        return 1;
    }
}
