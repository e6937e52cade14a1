using System.Globalization;
using System.Text.Json;
using Truce.Simulation.Truth;

namespace Truce.Simulation.Output;

/// <summary>
/// Writes true events as NDJSON (<c>truth.ndjson</c>): one object a line, LF line ends, UTF-8,
/// snake_case fields in a fixed order — <c>id</c>, <c>at</c> (UTC, whole seconds), <c>lat</c>,
/// <c>lon</c>, <c>type</c>, <c>party</c>, <c>count</c>, <c>weapon</c>, <c>class</c>,
/// <c>distance_to_line_m</c>, <c>controlled_by</c>, <c>site</c>, <c>distance_to_site_m</c>,
/// <c>reported_by</c> (observation ids) and <c>breaks</c> (term ids); optional fields are left out
/// when null. An observation id that no line names is a false report. Same events, same bytes.
/// </summary>
public sealed class TruthNdjsonWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public TruthNdjsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream);
    }

    public void Write(TrueEvent trueEvent)
    {
        _json.WriteStartObject();
        _json.WriteString("id", trueEvent.Id);
        _json.WriteString("at", trueEvent.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        _json.WriteNumber("lat", trueEvent.Location.Y);
        _json.WriteNumber("lon", trueEvent.Location.X);
        _json.WriteString("type", trueEvent.Type.Value);
        _json.WriteString("party", trueEvent.Party.Value);
        _json.WriteNumber("count", trueEvent.Count);
        if (trueEvent.Weapon is not null)
        {
            _json.WriteString("weapon", trueEvent.Weapon);
        }

        _json.WriteString("class", trueEvent.Class.Code());
        _json.WriteNumber("distance_to_line_m", trueEvent.DistanceToLineM);
        if (trueEvent.ControlledBy is { } controller)
        {
            _json.WriteString("controlled_by", controller.Value);
        }

        if (trueEvent.Site is not null)
        {
            _json.WriteString("site", trueEvent.Site);
        }

        if (trueEvent.DistanceToSiteM is { } siteDistance)
        {
            _json.WriteNumber("distance_to_site_m", siteDistance);
        }

        _json.WriteStartArray("reported_by");
        foreach (var id in trueEvent.ReportedBy)
        {
            _json.WriteStringValue(id.Value);
        }

        _json.WriteEndArray();
        _json.WriteStartArray("breaks");
        foreach (var term in trueEvent.Breaks)
        {
            _json.WriteStringValue(term);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Flush();
    }
}
