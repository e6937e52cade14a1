using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;

namespace Truce.Domain.Observations;

/// <summary>
/// Turns the raw fields of one record into an <see cref="Observation"/> by the rules of DESIGN.md §4,
/// reporting every problem rather than stopping at the first. Field names are canonical
/// (<c>source.kind</c>); the readers have already refused unknown names.
/// </summary>
internal sealed class RecordValidator
{
    private readonly RecordContext _context;
    private readonly ObservationRules _rules;
    private readonly Dictionary<string, RawField> _fields = new(StringComparer.Ordinal);
    private bool _failed;

    public RecordValidator(RecordContext context, ObservationRules rules, IEnumerable<RawField> fields)
    {
        _context = context;
        _rules = rules;
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.Null || (field.Kind == FieldKind.Text && field.Text!.Length == 0))
            {
                continue;
            }

            if (!_fields.TryAdd(field.Name, field))
            {
                Fail(field, "given more than once");
            }
        }
    }

    /// <summary>The id field as given (for duplicate detection), when it is a usable string.</summary>
    public RawField? IdField => _fields.GetValueOrDefault("id");

    public Observation? Build(bool geometryOnly = false)
    {
        var id = RequiredString("id");
        if (id is not null && (id.Length > 200 || id.Any(char.IsWhiteSpace)))
        {
            Fail(_fields["id"], "an id must be at most 200 characters without whitespace (a UUID or ULID)");
        }

        var interval = ReadInterval();
        var location = ReadLocation(geometryOnly);
        var uncertainty = Number("uncertainty_m", min: 0, max: double.MaxValue, "must be a finite number of metres ≥ 0") ?? 0;
        var type = ReadType();
        var count = Integer("count", 0, int.MaxValue, "must be a whole number ≥ 0");
        var weapon = OptionalString("weapon");
        var bearing = Number("bearing_deg", 0, 360, "must be a bearing in degrees, 0 ≤ bearing < 360", maxExclusive: true);
        var origin = ReadOrigin();
        var party = ReadParty();
        var basis = OptionalString("attribution_basis");
        var source = ReadSource();
        var evidence = ReadEvidence();
        var narrative = OptionalString("narrative");

        if (_failed)
        {
            return null;
        }

        return new Observation
        {
            Id = new ObservationId(id!),
            ObservedAt = interval!.Value,
            Location = location!,
            UncertaintyM = uncertainty,
            Type = type!.Value,
            Count = count,
            Weapon = weapon,
            BearingDeg = bearing,
            Origin = origin,
            AttributedTo = party,
            AttributionBasis = basis,
            Source = source!,
            Evidence = evidence,
            Narrative = narrative,
        };
    }

    private ObservedInterval? ReadInterval()
    {
        var at = Time("observed_at");
        var from = Time("observed_from");
        var to = Time("observed_to");
        var hasAt = _fields.ContainsKey("observed_at");
        var hasFrom = _fields.ContainsKey("observed_from");
        var hasTo = _fields.ContainsKey("observed_to");
        if (hasAt && (hasFrom || hasTo))
        {
            return Fail<ObservedInterval?>(_fields["observed_at"], "give either observed_at or observed_from + observed_to, not both");
        }

        if (hasAt)
        {
            return at is null ? null : ObservedInterval.At(at.Value);
        }

        if (!hasFrom && !hasTo)
        {
            _context.ReportMissing("observed_at", "required: give observed_at, or observed_from + observed_to");
            _failed = true;
            return null;
        }

        if (!hasFrom || !hasTo)
        {
            var missing = hasFrom ? "observed_to" : "observed_from";
            _context.ReportMissing(missing, $"required with {(hasFrom ? "observed_from" : "observed_to")}: an interval needs both ends");
            _failed = true;
            return null;
        }

        if (from is null || to is null)
        {
            return null;
        }

        if (to < from)
        {
            return Fail<ObservedInterval?>(_fields["observed_to"], $"ends ({Rfc3339.Format(to.Value)}) before observed_from ({Rfc3339.Format(from.Value)})");
        }

        return new ObservedInterval(from.Value, to.Value);
    }

    private Geometry? ReadLocation(bool geometryOnly)
    {
        var hasGeometry = _fields.TryGetValue("geometry", out var geometryField);
        var hasLat = _fields.ContainsKey("lat");
        var hasLon = _fields.ContainsKey("lon");
        if (hasGeometry && (hasLat || hasLon))
        {
            return Fail<Geometry>(_fields[hasLat ? "lat" : "lon"], "give either lat + lon or a geometry, not both");
        }

        if (hasGeometry)
        {
            return GeoJsonGeometry.Read(geometryField!.Json!, geometryField.Display, _context) ?? Failed<Geometry>();
        }

        if (!hasLat && !hasLon)
        {
            _context.ReportMissing(geometryOnly ? "geometry" : "lat", geometryOnly
                ? "required: the feature needs a Point or Polygon geometry"
                : "required: give lat + lon, or a GeoJSON geometry");
            _failed = true;
            return null;
        }

        var lat = Number("lat", -90, 90, "must be a latitude in degrees, −90 ≤ lat ≤ 90");
        var lon = Number("lon", -180, 180, "must be a longitude in degrees, −180 ≤ lon ≤ 180");
        if (!hasLat || !hasLon)
        {
            _context.ReportMissing(hasLat ? "lon" : "lat", $"required with {(hasLat ? "lat" : "lon")}");
            _failed = true;
            return null;
        }

        return lat is null || lon is null ? null : GeoJsonGeometry.Factory.CreatePoint(new Coordinate(lon.Value, lat.Value));
    }

    private Point? ReadOrigin()
    {
        var hasLat = _fields.ContainsKey("origin_lat");
        var hasLon = _fields.ContainsKey("origin_lon");
        var lat = Number("origin_lat", -90, 90, "must be a latitude in degrees, −90 ≤ lat ≤ 90");
        var lon = Number("origin_lon", -180, 180, "must be a longitude in degrees, −180 ≤ lon ≤ 180");
        if (hasLat != hasLon)
        {
            _context.ReportMissing(hasLat ? "origin_lon" : "origin_lat", $"required with {(hasLat ? "origin_lat" : "origin_lon")}");
            _failed = true;
            return null;
        }

        return lat is null || lon is null ? null : GeoJsonGeometry.Factory.CreatePoint(new Coordinate(lon.Value, lat.Value));
    }

    private ObservationType? ReadType()
    {
        var text = RequiredString("type");
        if (text is null)
        {
            return null;
        }

        var field = _fields["type"];
        var taxonomy = _rules.Taxonomy;
        if (!TypePattern.IsWellFormedCode(text) || (taxonomy is not null && !taxonomy.Contains(new ObservationType(text))))
        {
            var suggestion = taxonomy?.Suggest(text);
            return Fail<ObservationType?>(field, suggestion is null
                ? $"unknown type '{text}'; see the taxonomy in DESIGN.md §3 or the agreement's taxonomy_extensions"
                : $"unknown type '{text}' (did you mean '{suggestion}'?)");
        }

        return new ObservationType(text);
    }

    private PartyCode? ReadParty()
    {
        var text = OptionalString("attributed_to");
        if (text is null)
        {
            return null;
        }

        var parties = _rules.Parties;
        if (text.Length == 0 || (parties is not null && !parties.Contains(new PartyCode(text))))
        {
            var known = parties is null ? string.Empty : string.Join(", ", parties.Select(p => p.Value).Order(StringComparer.Ordinal));
            return Fail<PartyCode?>(_fields["attributed_to"], $"unknown party '{text}'; the mission's parties are {known}");
        }

        return new PartyCode(text);
    }

    private Source? ReadSource()
    {
        var kind = RequiredString("source.kind");
        var id = OptionalString("source.id");
        var reliabilityText = OptionalString("source.reliability");
        char? reliability = null;
        if (reliabilityText is not null)
        {
            if (reliabilityText.Length == 1 && reliabilityText[0] is >= 'A' and <= 'F')
            {
                reliability = reliabilityText[0];
            }
            else
            {
                Fail(_fields["source.reliability"], $"'{reliabilityText}' is no Admiralty source rating; use one letter A–F");
            }
        }

        var credibility = Integer("source.credibility", 1, 6, "must be an Admiralty credibility rating, a whole number 1–6");
        var perceptionText = OptionalString("source.perception");
        Perception? perception = perceptionText switch
        {
            null => null,
            "seen" => Perception.Seen,
            "heard" => Perception.Heard,
            "sensor" => Perception.Sensor,
            "reported" => Perception.Reported,
            _ => Fail<Perception?>(_fields["source.perception"], $"'{perceptionText}' is not one of seen, heard, sensor, reported"),
        };
        if (kind is not null && kind.Length == 0)
        {
            Fail(_fields["source.kind"], "must not be empty");
        }

        return kind is null ? null : new Source(kind, id, reliability, credibility, perception);
    }

    private List<Evidence> ReadEvidence()
    {
        var evidence = new List<Evidence>();
        if (!_fields.TryGetValue("evidence", out var field))
        {
            return evidence;
        }

        if (field.Json is not { Kind: JsonTokenType.StartArray } array)
        {
            return Fail<List<Evidence>>(field, "must be an array of {sha256, media_type, uri} objects") ?? evidence;
        }

        for (var i = 0; i < array.Items!.Count; i++)
        {
            var item = array.Items[i];
            var path = $"{field.Display}[{i}]";
            var (line, column) = _context.Locate(item.Offset);
            if (item.Kind != JsonTokenType.StartObject)
            {
                Report(line, column, path, $"must be an object with sha256, not {item.KindName}");
                continue;
            }

            string? sha256 = null, mediaType = null, uri = null;
            foreach (var member in item.Members!)
            {
                var (memberLine, memberColumn) = _context.Locate(member.Value.Offset);
                var memberPath = $"{path}.{member.Name}";
                if (!FieldNames.Evidence.Contains(member.Name))
                {
                    (memberLine, memberColumn) = _context.Locate(member.NameOffset);
                    Report(memberLine, memberColumn, memberPath, FieldNames.UnknownMessage(member.Name, FieldNames.Evidence));
                    continue;
                }

                if (member.Value.Kind == JsonTokenType.Null)
                {
                    continue;
                }

                if (member.Value.Kind != JsonTokenType.String)
                {
                    Report(memberLine, memberColumn, memberPath, $"must be a string, not {member.Value.KindName}");
                    continue;
                }

                switch (member.Name)
                {
                    case "sha256":
                        sha256 = member.Value.Text!;
                        if (sha256.Length != 64 || !sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
                        {
                            Report(memberLine, memberColumn, memberPath, "must be a SHA-256 as 64 lowercase hex digits");
                        }

                        break;
                    case "media_type":
                        mediaType = member.Value.Text;
                        break;
                    default:
                        uri = member.Value.Text;
                        break;
                }
            }

            if (sha256 is null)
            {
                Report(line, column, $"{path}.sha256", "required: the evidence's SHA-256");
            }
            else
            {
                evidence.Add(new Evidence(sha256, mediaType, uri));
            }
        }

        return evidence;
    }

    private DateTimeOffset? Time(string name)
    {
        var text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return Rfc3339.TryParse(text, out var value)
            ? value
            : Fail<DateTimeOffset?>(_fields[name], $"'{text}' is not an RFC 3339 time with offset, such as 2025-03-20T02:15:00Z or 2025-03-20T05:15:00+03:00");
    }

    private string? RequiredString(string name)
    {
        if (!_fields.ContainsKey(name))
        {
            _context.ReportMissing(name, "required");
            _failed = true;
            return null;
        }

        return OptionalString(name);
    }

    private string? OptionalString(string name)
    {
        if (!_fields.TryGetValue(name, out var field))
        {
            return null;
        }

        return field.Kind is FieldKind.String or FieldKind.Text
            ? field.Text
            : Fail<string>(field, $"must be a string, not {KindName(field)}");
    }

    private double? Number(string name, double min, double max, string rule, bool maxExclusive = false)
    {
        if (!_fields.TryGetValue(name, out var field))
        {
            return null;
        }

        if (field.Kind is not (FieldKind.Number or FieldKind.Text))
        {
            return Fail<double?>(field, $"must be a number, not {KindName(field)}");
        }

        if (!double.TryParse(field.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || !double.IsFinite(value) || value < min || value > max || (maxExclusive && value >= max))
        {
            return Fail<double?>(field, $"{rule} (got {field.Text})");
        }

        return value;
    }

    private int? Integer(string name, int min, int max, string rule)
    {
        if (!_fields.TryGetValue(name, out var field))
        {
            return null;
        }

        if (field.Kind is not (FieldKind.Number or FieldKind.Text))
        {
            return Fail<int?>(field, $"must be a number, not {KindName(field)}");
        }

        if (!int.TryParse(field.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            return Fail<int?>(field, $"{rule} (got {field.Text})");
        }

        return value;
    }

    private static string KindName(RawField field) => field.Kind switch
    {
        FieldKind.String => "a string",
        FieldKind.Number => "a number",
        FieldKind.Boolean => "a boolean",
        FieldKind.Object => "an object",
        FieldKind.Array => "an array",
        _ => "text",
    };

    private void Report(int line, int column, string field, string message)
    {
        _context.Report(line, column, field, message);
        _failed = true;
    }

    private void Fail(RawField field, string message)
    {
        _context.Report(field, message);
        _failed = true;
    }

    private T? Fail<T>(RawField field, string message)
    {
        Fail(field, message);
        return default;
    }

    private T? Failed<T>()
    {
        _failed = true;
        return default;
    }
}
