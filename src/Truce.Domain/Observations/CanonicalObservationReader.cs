using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Observations;

/// <summary>
/// Reads the canonical JSON <see cref="ObservationWriter.ToCanonicalJson"/> writes in one forward pass,
/// without the positions and checks that files from outside need: stores read back millions of records
/// they validated when they accepted them. Anything unexpected throws <see cref="FormatException"/>.
/// </summary>
internal static class CanonicalObservationReader
{
    public static Observation Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        Next(ref reader, JsonTokenType.StartObject);
        string? id = null, type = null, weapon = null, party = null, basis = null, narrative = null;
        DateTimeOffset? at = null, from = null, to = null;
        double? lat = null, lon = null, bearing = null, originLat = null, originLon = null;
        double uncertainty = 0;
        int? count = null;
        Geometry? geometry = null;
        Source? source = null;
        List<Evidence>? evidence = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "id": id = reader.GetString(); break;
                case "observed_at": at = Time(ref reader); break;
                case "observed_from": from = Time(ref reader); break;
                case "observed_to": to = Time(ref reader); break;
                case "lat": lat = reader.GetDouble(); break;
                case "lon": lon = reader.GetDouble(); break;
                case "geometry": geometry = ReadGeometry(ref reader); break;
                case "uncertainty_m": uncertainty = reader.GetDouble(); break;
                case "type": type = reader.GetString(); break;
                case "count": count = reader.GetInt32(); break;
                case "weapon": weapon = reader.GetString(); break;
                case "bearing_deg": bearing = reader.GetDouble(); break;
                case "origin_lat": originLat = reader.GetDouble(); break;
                case "origin_lon": originLon = reader.GetDouble(); break;
                case "attributed_to": party = reader.GetString(); break;
                case "attribution_basis": basis = reader.GetString(); break;
                case "source": source = ReadSource(ref reader); break;
                case "evidence": evidence = ReadEvidence(ref reader); break;
                case "narrative": narrative = reader.GetString(); break;
                default: throw new FormatException($"unexpected field '{name}' in a canonical observation");
            }
        }

        var interval = at is { } instant ? ObservedInterval.At(instant)
            : from is { } start && to is { } end ? new ObservedInterval(start, end)
            : throw new FormatException("a canonical observation without a time");
        geometry ??= lat is { } y && lon is { } x ? GeoJsonGeometry.Factory.CreatePoint(new Coordinate(x, y)) : throw new FormatException("a canonical observation without a place");
        return new Observation
        {
            Id = new ObservationId(id ?? throw new FormatException("a canonical observation without an id")),
            ObservedAt = interval,
            Location = geometry,
            UncertaintyM = uncertainty,
            Type = new ObservationType(type ?? throw new FormatException("a canonical observation without a type")),
            Count = count,
            Weapon = weapon,
            BearingDeg = bearing,
            Origin = originLat is { } oy && originLon is { } ox ? GeoJsonGeometry.Factory.CreatePoint(new Coordinate(ox, oy)) : null,
            AttributedTo = party is null ? null : new PartyCode(party),
            AttributionBasis = basis,
            Source = source ?? throw new FormatException("a canonical observation without a source"),
            Evidence = evidence ?? [],
            Narrative = narrative,
        };
    }

    private static DateTimeOffset Time(ref Utf8JsonReader reader) =>
        Rfc3339.TryParse(reader.GetString()!, out var value) ? value : throw new FormatException("a canonical time that is not RFC 3339");

    private static Source ReadSource(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? kind = null, id = null;
        char? reliability = null;
        int? credibility = null;
        Perception? perception = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "kind": kind = reader.GetString(); break;
                case "id": id = reader.GetString(); break;
                case "reliability": reliability = reader.GetString()![0]; break;
                case "credibility": credibility = reader.GetInt32(); break;
                case "perception":
                    perception = reader.GetString() switch
                    {
                        "seen" => Perception.Seen,
                        "heard" => Perception.Heard,
                        "sensor" => Perception.Sensor,
                        "reported" => Perception.Reported,
                        var other => throw new FormatException($"unexpected perception '{other}'"),
                    };
                    break;
                default: throw new FormatException($"unexpected source field '{name}'");
            }
        }

        return new Source(kind ?? throw new FormatException("a canonical source without a kind"), id, reliability, credibility, perception);
    }

    private static List<Evidence> ReadEvidence(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<Evidence>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? sha256 = null, mediaType = null, uri = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "sha256": sha256 = reader.GetString(); break;
                    case "media_type": mediaType = reader.GetString(); break;
                    case "uri": uri = reader.GetString(); break;
                    default: throw new FormatException($"unexpected evidence field '{name}'");
                }
            }

            list.Add(new Evidence(sha256 ?? throw new FormatException("canonical evidence without sha256"), mediaType, uri));
        }

        return list;
    }

    private static Geometry ReadGeometry(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        string? type = null;
        List<List<Coordinate>>? rings = null;
        Coordinate? point = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "type")
            {
                type = reader.GetString();
            }
            else if (name == "coordinates" && type == "Point")
            {
                point = ReadPosition(ref reader);
            }
            else if (name == "coordinates" && type == "Polygon")
            {
                Expect(ref reader, JsonTokenType.StartArray);
                rings = [];
                while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                {
                    var ring = new List<Coordinate>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                    {
                        ring.Add(ReadPositionRest(ref reader));
                    }

                    rings.Add(ring);
                }
            }
            else
            {
                throw new FormatException($"unexpected geometry member '{name}' (type '{type}')");
            }
        }

        if (point is not null)
        {
            return GeoJsonGeometry.Factory.CreatePoint(point);
        }

        if (rings is { Count: > 0 })
        {
            var factory = GeoJsonGeometry.Factory;
            return factory.CreatePolygon(factory.CreateLinearRing([.. rings[0]]), [.. rings.Skip(1).Select(r => factory.CreateLinearRing([.. r]))]);
        }

        throw new FormatException("a canonical geometry without coordinates");
    }

    private static Coordinate ReadPosition(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        return ReadPositionRest(ref reader);
    }

    /// <summary>Reads <c>x, y]</c> after the opening bracket.</summary>
    private static Coordinate ReadPositionRest(ref Utf8JsonReader reader)
    {
        reader.Read();
        var x = reader.GetDouble();
        reader.Read();
        var y = reader.GetDouble();
        Next(ref reader, JsonTokenType.EndArray);
        return new Coordinate(x, y);
    }

    private static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        reader.Read();
        Expect(ref reader, expected);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (reader.TokenType != expected)
        {
            throw new FormatException($"expected {expected}, found {reader.TokenType} in a canonical observation");
        }
    }
}
