using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Domain.Observations;

namespace Truce.Simulation.Output;

/// <summary>
/// A stop-gap writer of observations as NDJSON in the DESIGN.md §4 field names, here only until
/// the shared observation writer lands — replace it with that one. Points only (the simulator makes
/// no polygons); null and empty fields are left out; times are UTC ISO 8601.
/// </summary>
public sealed class TemporaryObservationNdjsonWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    public TemporaryObservationNdjsonWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream);
    }

    public void Write(Observation observation)
    {
        if (observation.Location is not Point point)
        {
            throw new ArgumentException($"observation {observation.Id} has a {observation.Location.GeometryType}; this writer handles points only", nameof(observation));
        }

        _json.WriteStartObject();
        _json.WriteString("id", observation.Id.Value);
        if (observation.ObservedAt.IsInstant)
        {
            _json.WriteString("observed_at", Format(observation.ObservedAt.From));
        }
        else
        {
            _json.WriteString("observed_from", Format(observation.ObservedAt.From));
            _json.WriteString("observed_to", Format(observation.ObservedAt.To));
        }

        _json.WriteNumber("lat", point.Y);
        _json.WriteNumber("lon", point.X);
        _json.WriteNumber("uncertainty_m", observation.UncertaintyM);
        _json.WriteString("type", observation.Type.Value);
        if (observation.Count is { } count)
        {
            _json.WriteNumber("count", count);
        }

        if (observation.Weapon is not null)
        {
            _json.WriteString("weapon", observation.Weapon);
        }

        if (observation.BearingDeg is { } bearing)
        {
            _json.WriteNumber("bearing_deg", bearing);
        }

        if (observation.AttributedTo is { } party)
        {
            _json.WriteString("attributed_to", party.Value);
        }

        if (observation.AttributionBasis is not null)
        {
            _json.WriteString("attribution_basis", observation.AttributionBasis);
        }

        WriteSource(observation.Source);
        if (observation.Evidence.Count > 0)
        {
            _json.WriteStartArray("evidence");
            foreach (var evidence in observation.Evidence)
            {
                _json.WriteStartObject();
                _json.WriteString("sha256", evidence.Sha256);
                if (evidence.MediaType is not null)
                {
                    _json.WriteString("media_type", evidence.MediaType);
                }

                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        if (observation.Narrative is not null)
        {
            _json.WriteString("narrative", observation.Narrative);
        }

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

    private void WriteSource(Source source)
    {
        _json.WriteStartObject("source");
        _json.WriteString("kind", source.Kind);
        if (source.Id is not null)
        {
            _json.WriteString("id", source.Id);
        }

        if (source.Reliability is { } reliability)
        {
            _json.WriteString("reliability", reliability.ToString());
        }

        if (source.Credibility is { } credibility)
        {
            _json.WriteNumber("credibility", credibility);
        }

        if (source.Perception is { } perception)
        {
            _json.WriteString("perception", perception.ToString().ToLowerInvariant());
        }

        _json.WriteEndObject();
    }

    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
