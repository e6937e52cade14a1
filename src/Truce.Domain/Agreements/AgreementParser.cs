using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Truce.Domain.Parties;
using Truce.Domain.Taxonomy;
using Truce.Domain.Zones;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Truce.Domain.Agreements;

/// <summary>
/// Parses and validates an agreement file (YAML, DESIGN.md §4) with the GeoJSON files its zones
/// name, resolves derived zones and projects every zone into a per-agreement
/// <see cref="MetricProjection"/>. Pure: file contents come through <c>readRelative</c>. Every
/// mistake is collected, none stops the parse.
/// </summary>
public static class AgreementParser
{
    /// <summary>Segments per quarter circle when buffering: keeps polygonised arcs within 0.01 % of the radius.</summary>
    internal const int QuadrantSegments = 64;

    private static readonly string[] RootFields = ["id", "title", "notes", "window", "parties", "zones", "terms", "taxonomy_extensions"];
    private static readonly string[] WindowFields = ["start", "end"];
    private static readonly string[] PartyFields = ["code", "name", "aliases", "controls"];
    private static readonly string[] ZoneFields = ["id", "kind", "name", "geometry", "radius_km", "buffer_km", "distance_km", "of", "side"];
    private static readonly string[] TermFields = ["id", "text", "kind", "types", "zone", "line", "distance_km", "baseline", "parties", "window"];

    /// <param name="file">The agreement's path as the user gave it; errors and GeoJSON paths are relative to it.</param>
    /// <param name="yaml">The agreement text.</param>
    /// <param name="readRelative">Returns the text of a file named relative to the agreement, or null when it cannot be read.</param>
    public static AgreementParseResult Parse(string file, string yaml, Func<string, string?> readRelative)
    {
        var sink = new List<AgreementError>();
        var errors = new YamlErrors(file, sink);
        var agreement = ParseInto(file, yaml, readRelative, errors, sink);
        var ordered = sink
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)
            .ThenBy(e => e.JsonPath, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .Distinct()
            .ToList();
        return ordered.Count == 0 ? new AgreementParseResult(agreement, ordered) : new AgreementParseResult(null, ordered);
    }

    private static Agreement? ParseInto(string file, string yaml, Func<string, string?> readRelative, YamlErrors errors, List<AgreementError> sink)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is { } inner ? $"{ex.Message}: {inner.Message}" : ex.Message;
            sink.Add(new AgreementError(file, (int)ex.Start.Line, (int)ex.Start.Column, null, $"not valid YAML: {message}"));
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            sink.Add(new AgreementError(file, 1, 1, null, "an agreement file holds exactly one YAML document"));
            return null;
        }

        var root = YamlFields.Read(stream.Documents[0].RootNode, "agreement", RootFields, errors);
        if (root is null)
        {
            return null;
        }

        var id = root.RequiredString("id");
        var title = root.RequiredString("title");
        var notes = root.OptionalString("notes");
        var window = root.Required("window") is { } windowNode ? ReadWindow(windowNode, "window", errors) : null;
        var taxonomy = ReadTaxonomy(root, errors);
        var parties = ReadParties(root, errors);
        var zones = ReadZones(file, root, parties, readRelative, errors, sink);
        var terms = ReadTerms(root, parties, zones, taxonomy, window, errors);

        foreach (var (party, node) in parties)
        {
            if (party.Controls is { } controls)
            {
                RequireZone(zones, controls, ZoneKind.Area, node, $"party {party.Code}: 'controls'", errors);
            }
        }

        if (sink.Count > 0 || id is null || title is null || window is null || zones.Projection is null)
        {
            return null;
        }

        return new Agreement
        {
            Id = id,
            Title = title,
            Notes = notes,
            Window = window,
            Parties = parties.Select(p => p.Party).ToList(),
            Zones = zones.Drafts.Select(d => zones.Resolved[d.Id]).ToList(),
            Terms = terms,
            Taxonomy = taxonomy,
            Projection = zones.Projection,
        };
    }

    private static TimeWindow? ReadWindow(YamlNode node, string what, YamlErrors errors)
    {
        var fields = YamlFields.Read(node, what, WindowFields, errors);
        if (fields is null)
        {
            return null;
        }

        var start = ReadInstant(fields, "start", errors);
        var end = ReadInstant(fields, "end", errors);
        if (start is null || end is null)
        {
            return null;
        }

        if (end <= start)
        {
            errors.Add(fields.Value("end")!, $"{what}: end {end:yyyy-MM-ddTHH:mm:ssZ} is not after start {start:yyyy-MM-ddTHH:mm:ssZ}");
            return null;
        }

        return new TimeWindow(start.Value, end.Value);
    }

    private static DateTimeOffset? ReadInstant(YamlFields fields, string name, YamlErrors errors)
    {
        if (fields.RequiredString(name) is not { } text)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            errors.Add(fields.Value(name)!, $"{fields.What}: '{name}' must be a UTC time such as 2025-03-14T00:00:00Z, found '{text}'");
            return null;
        }

        return instant;
    }

    private static ObservationTaxonomy ReadTaxonomy(YamlFields root, YamlErrors errors)
    {
        if (root.OptionalSequence("taxonomy_extensions") is not { } sequence)
        {
            return ObservationTaxonomy.Standard;
        }

        var codes = new List<string>();
        foreach (var (node, code) in root.Strings(sequence, "taxonomy_extensions"))
        {
            if (!TypePattern.IsWellFormedCode(code))
            {
                errors.Add(node, $"taxonomy extension '{code}' is not a dotted lowercase code such as 'fire.thermobaric'");
                continue;
            }

            codes.Add(code);
        }

        return ObservationTaxonomy.Standard.Extend(codes);
    }

    private static List<(Party Party, YamlNode Node)> ReadParties(YamlFields root, YamlErrors errors)
    {
        var parties = new List<(Party, YamlNode)>();
        if (root.RequiredSequence("parties") is not { } sequence)
        {
            return parties;
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            var fields = YamlFields.Read(item, "party", PartyFields, errors);
            if (fields is null)
            {
                continue;
            }

            var code = fields.RequiredString("code");
            fields.What = code is null ? "party" : $"party {code}";
            var name = fields.RequiredString("name");
            var aliases = fields.OptionalSequence("aliases") is { } aliasNodes
                ? fields.Strings(aliasNodes, "aliases").Select(a => a.Text).ToList()
                : [];
            var controls = fields.OptionalString("controls");
            if (code is null || name is null)
            {
                continue;
            }

            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(fields.Value("code")!, $"duplicate party code '{code}' (first declared at line {first.Start.Line})");
                continue;
            }

            seen[code] = fields.Value("code")!;
            parties.Add((new Party(new PartyCode(code), name, aliases, controls is null ? null : new ZoneId(controls)), fields.KeyOrNode("controls")));
        }

        if (sequence.Children.Count == 0)
        {
            errors.Add(sequence, "an agreement needs at least one party");
        }

        return parties;
    }

    /// <summary>A zone as written; <c>Valid</c> is false when its own fields are wrong (it still exists, so references to it do not cascade).</summary>
    private sealed record ZoneDraft(ZoneId Id, ZoneKind Kind, YamlFields Fields, string? GeometryFile, double? RadiusKm, double? BufferKm, double? DistanceKm, string? Of, string? Side, bool Valid);

    private sealed class ZoneTable
    {
        public List<ZoneDraft> Drafts { get; } = [];

        public Dictionary<ZoneId, Zone> Resolved { get; } = [];

        public HashSet<ZoneId> Failed { get; } = [];

        public MetricProjection? Projection { get; set; }

        public ZoneDraft? Draft(string id) => Drafts.FirstOrDefault(d => d.Id.Value == id);
    }

    private static ZoneTable ReadZones(string file, YamlFields root, List<(Party Party, YamlNode Node)> parties, Func<string, string?> readRelative, YamlErrors errors, List<AgreementError> sink)
    {
        var table = new ZoneTable();
        if (root.RequiredSequence("zones") is not { } sequence)
        {
            return table;
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (ReadZoneDraft(item, errors) is not { } draft)
            {
                continue;
            }

            if (seen.TryGetValue(draft.Id.Value, out var first))
            {
                errors.Add(draft.Fields.Value("id")!, $"duplicate zone id '{draft.Id}' (first declared at line {first.Start.Line})");
                continue;
            }

            seen[draft.Id.Value] = draft.Fields.Value("id")!;
            table.Drafts.Add(draft);
            if (!draft.Valid)
            {
                table.Failed.Add(draft.Id);
            }
        }

        var directory = Path.GetDirectoryName(file) ?? string.Empty;
        var loaded = new Dictionary<ZoneId, List<GeoJsonZoneFile.Part>>();
        foreach (var draft in table.Drafts.Where(d => d.Valid && d.GeometryFile is not null))
        {
            var text = readRelative(draft.GeometryFile!);
            var shownPath = Path.Combine(directory, draft.GeometryFile!);
            if (text is null)
            {
                errors.Add(draft.Fields.Value("geometry")!, $"zone {draft.Id}: cannot read '{draft.GeometryFile}' (paths are relative to the agreement file)");
                table.Failed.Add(draft.Id);
                continue;
            }

            var before = sink.Count;
            var parts = GeoJsonZoneFile.Read(shownPath, text, draft.Kind, sink);
            if (sink.Count > before)
            {
                table.Failed.Add(draft.Id);
                continue;
            }

            loaded[draft.Id] = parts;
        }

        table.Projection = MetricProjection.CentredOn(loaded.Values.SelectMany(parts => parts).Select(part => part.Geometry));
        foreach (var (zoneId, parts) in loaded)
        {
            var draft = table.Drafts.First(d => d.Id == zoneId);
            table.Resolved[zoneId] = FileZone(draft, parts, table.Projection);
        }

        var partyByCode = parties.ToDictionary(p => p.Party.Code.Value, p => p.Party, StringComparer.Ordinal);
        foreach (var draft in table.Drafts)
        {
            Resolve(draft, table, partyByCode, [], errors);
        }

        return table;
    }

    private static ZoneDraft? ReadZoneDraft(YamlNode item, YamlErrors errors)
    {
        var fields = YamlFields.Read(item, "zone", ZoneFields, errors);
        if (fields is null)
        {
            return null;
        }

        var id = fields.RequiredString("id");
        fields.What = id is null ? "zone" : $"zone {id}";
        var kindText = fields.RequiredString("kind");
        var geometry = fields.OptionalString("geometry");
        var radius = fields.OptionalPositiveNumber("radius_km");
        var buffer = fields.OptionalPositiveNumber("buffer_km");
        var distance = fields.OptionalPositiveNumber("distance_km");
        var of = fields.OptionalString("of");
        var side = fields.OptionalString("side");
        fields.OptionalString("name");
        var what = id is null ? "zone" : $"zone {id}";
        ZoneKind? kind = kindText switch
        {
            "line" => ZoneKind.Line,
            "area" => ZoneKind.Area,
            "sites" => ZoneKind.Sites,
            null => null,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            errors.Add(fields.Value("kind")!, $"{what}: unknown kind '{kindText}' (expected line, area or sites)");
        }

        if (id is null || kind is null)
        {
            return null;
        }

        var ok = !(fields.Has("radius_km") && radius is null)
            && !(fields.Has("buffer_km") && buffer is null)
            && !(fields.Has("distance_km") && distance is null);
        void Forbid(string field, string why)
        {
            if (fields.Has(field))
            {
                errors.Add(fields.KeyOrNode(field), $"{what}: '{field}' {why}");
                ok = false;
            }
        }

        if (fields.Has("geometry"))
        {
            Forbid("buffer_km", "cannot be combined with 'geometry'");
            Forbid("distance_km", "cannot be combined with 'geometry'");
            Forbid("of", "cannot be combined with 'geometry'");
            Forbid("side", "cannot be combined with 'geometry'");
            if (kind == ZoneKind.Sites && !fields.Has("radius_km"))
            {
                errors.Add(fields.Node, $"{what}: missing field 'radius_km' (a sites zone needs the radius of each site)");
                ok = false;
            }
        }
        else if (fields.Has("buffer_km") || fields.Has("distance_km"))
        {
            if (kind != ZoneKind.Area)
            {
                errors.Add(fields.Value("kind")!, $"{what}: a derived zone is an area, not a {kindText}");
                ok = false;
            }

            if (fields.Has("buffer_km") && fields.Has("distance_km"))
            {
                errors.Add(fields.KeyOrNode("distance_km"), $"{what}: give either 'buffer_km' or 'distance_km', not both");
                ok = false;
            }

            if (!fields.Has("of"))
            {
                errors.Add(fields.Node, $"{what}: missing field 'of' (the zone it is derived from)");
                ok = false;
            }

            if (fields.Has("distance_km") && !fields.Has("side"))
            {
                errors.Add(fields.Node, $"{what}: missing field 'side' (the party on whose own side the distance is measured)");
                ok = false;
            }

            if (fields.Has("buffer_km"))
            {
                Forbid("side", "only applies to 'distance_km' zones");
            }

            Forbid("radius_km", "only applies to sites zones with a 'geometry'");
        }
        else
        {
            errors.Add(fields.Node, $"{what}: missing field 'geometry' (or 'buffer_km'/'distance_km' with 'of' for a derived zone)");
            ok = false;
        }

        if (kind != ZoneKind.Sites)
        {
            Forbid("radius_km", "only applies to sites zones");
        }

        return new ZoneDraft(new ZoneId(id), kind.Value, fields, geometry, radius, buffer, distance, of, side, ok && (geometry is not null || of is not null));
    }

    private static Zone FileZone(ZoneDraft draft, List<GeoJsonZoneFile.Part> parts, MetricProjection projection)
    {
        var factory = new GeometryFactory();
        switch (draft.Kind)
        {
            case ZoneKind.Line:
                var lines = parts.Select(p => projection.Forward(p.Geometry)).ToList();
                return new Zone { Id = draft.Id, Kind = draft.Kind, Metric = factory.BuildGeometry(lines), Origin = draft.GeometryFile! };
            case ZoneKind.Area:
                var areas = parts.Select(p => projection.Forward(p.Geometry)).ToList();
                return new Zone { Id = draft.Id, Kind = draft.Kind, Metric = UnaryUnionOp.Union(areas), Origin = draft.GeometryFile! };
            default:
                var sites = new List<Site>();
                foreach (var part in parts)
                {
                    var points = part.Geometry is MultiPoint multi ? multi.Geometries.Cast<Point>().ToList() : [(Point)part.Geometry];
                    for (var i = 0; i < points.Count; i++)
                    {
                        var (x, y) = projection.Forward(points[i].X, points[i].Y);
                        var name = part.Name ?? $"site {sites.Count + 1}";
                        sites.Add(new Site(points.Count > 1 ? $"{name} #{i + 1}" : name, points[i].X, points[i].Y, x, y));
                    }
                }

                var radiusM = draft.RadiusKm!.Value * 1000;
                var disks = sites.Select(s => factory.CreatePoint(new Coordinate(s.X, s.Y)).Buffer(radiusM, QuadrantSegments)).ToList();
                return new Zone
                {
                    Id = draft.Id,
                    Kind = draft.Kind,
                    Metric = UnaryUnionOp.Union(disks),
                    Origin = draft.GeometryFile!,
                    Sites = sites,
                    RadiusKm = draft.RadiusKm,
                };
        }
    }

    private static Zone? Resolve(ZoneDraft draft, ZoneTable table, Dictionary<string, Party> parties, List<ZoneDraft> stack, YamlErrors errors)
    {
        if (table.Resolved.TryGetValue(draft.Id, out var done))
        {
            return done;
        }

        if (table.Failed.Contains(draft.Id) || draft.Of is null)
        {
            return null;
        }

        var cycleStart = stack.FindIndex(d => d.Id == draft.Id);
        if (cycleStart >= 0)
        {
            var cycle = stack.Skip(cycleStart).Select(d => d.Id.Value).Append(draft.Id.Value);
            errors.Add(draft.Fields.Value("of")!, $"zone {draft.Id}: derived zones form a cycle: {string.Join(" -> ", cycle)}");
            foreach (var member in stack.Skip(cycleStart))
            {
                table.Failed.Add(member.Id);
            }

            return null;
        }

        stack.Add(draft);
        try
        {
            var ofNode = draft.Fields.Value("of")!;
            if (table.Draft(draft.Of) is not { } source)
            {
                errors.Add(ofNode, $"zone {draft.Id}: 'of' names unknown zone '{draft.Of}'{Known(table)}");
                table.Failed.Add(draft.Id);
                return null;
            }

            var sourceZone = Resolve(source, table, parties, stack, errors);
            if (sourceZone is null)
            {
                table.Failed.Add(draft.Id);
                return null;
            }

            Geometry metric;
            string origin;
            if (draft.BufferKm is { } bufferKm)
            {
                metric = sourceZone.Metric.Buffer(bufferKm * 1000, QuadrantSegments);
                origin = $"buffer {bufferKm:0.###} km of {source.Id}";
            }
            else
            {
                var distanceKm = draft.DistanceKm!.Value;
                if (sourceZone.Kind != ZoneKind.Line)
                {
                    errors.Add(ofNode, $"zone {draft.Id}: 'distance_km' is measured from a line, but '{source.Id}' is a {sourceZone.Kind.ToString().ToLowerInvariant()} zone");
                    table.Failed.Add(draft.Id);
                    return null;
                }

                var sideNode = draft.Fields.Value("side")!;
                if (!parties.TryGetValue(draft.Side!, out var party))
                {
                    errors.Add(sideNode, $"zone {draft.Id}: 'side' names unknown party '{draft.Side}'");
                    table.Failed.Add(draft.Id);
                    return null;
                }

                if (party.Controls is not { } controls || table.Draft(controls.Value) is not { } controlsDraft)
                {
                    errors.Add(sideNode, $"zone {draft.Id}: party {party.Code} has no 'controls' area, so its own side is not defined");
                    table.Failed.Add(draft.Id);
                    return null;
                }

                if (Resolve(controlsDraft, table, parties, stack, errors) is not { } controlled)
                {
                    table.Failed.Add(draft.Id);
                    return null;
                }

                metric = sourceZone.Metric.Buffer(distanceKm * 1000, QuadrantSegments).Intersection(controlled.Metric);
                origin = $"within {distanceKm:0.###} km of {source.Id} on {party.Code}'s side ({controls})";
            }

            var zone = new Zone { Id = draft.Id, Kind = ZoneKind.Area, Metric = metric, Origin = origin };
            table.Resolved[draft.Id] = zone;
            return zone;
        }
        finally
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static string Known(ZoneTable table) =>
        table.Drafts.Count == 0 ? string.Empty : $" (known zones: {string.Join(", ", table.Drafts.Select(d => d.Id.Value))})";

    private static Zone? RequireZone(ZoneTable table, ZoneId id, ZoneKind? kind, YamlNode node, string what, YamlErrors errors)
    {
        if (table.Draft(id.Value) is not { } draft)
        {
            errors.Add(node, $"{what} names unknown zone '{id}'{Known(table)}");
            return null;
        }

        if (kind is { } wanted && draft.Kind != wanted)
        {
            errors.Add(node, $"{what} must name a{(wanted == ZoneKind.Area ? "n" : string.Empty)} {wanted.ToString().ToLowerInvariant()} zone, but '{id}' is a {draft.Kind.ToString().ToLowerInvariant()} zone");
            return null;
        }

        return table.Resolved.GetValueOrDefault(id);
    }

    private static List<Term> ReadTerms(YamlFields root, List<(Party Party, YamlNode Node)> parties, ZoneTable zones, ObservationTaxonomy taxonomy, TimeWindow? agreementWindow, YamlErrors errors)
    {
        var terms = new List<Term>();
        if (root.RequiredSequence("terms") is not { } sequence)
        {
            return terms;
        }

        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            var fields = YamlFields.Read(item, "term", TermFields, errors);
            if (fields is null)
            {
                continue;
            }

            var id = fields.RequiredString("id");
            if (id is not null)
            {
                fields.What = $"term {id}";
                if (seen.TryGetValue(id, out var first))
                {
                    errors.Add(fields.Value("id")!, $"duplicate term id '{id}' (first declared at line {first.Start.Line})");
                    continue;
                }

                seen[id] = fields.Value("id")!;
            }

            var term = ReadTerm(fields, id, parties, zones, taxonomy, agreementWindow, errors);
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static Term? ReadTerm(YamlFields fields, string? id, List<(Party Party, YamlNode Node)> parties, ZoneTable zones, ObservationTaxonomy taxonomy, TimeWindow? agreementWindow, YamlErrors errors)
    {
        var what = id is null ? "term" : $"term {id}";
        var text = fields.RequiredString("text");
        var kindText = fields.RequiredString("kind");
        var kind = kindText is null ? null : TermKinds.TryParse(kindText);
        if (kindText is not null && kind is null)
        {
            errors.Add(fields.Value("kind")!, $"{what}: unknown kind '{kindText}' (expected {string.Join(", ", TermKinds.All)})");
        }

        var types = new List<TypePattern>();
        if (fields.RequiredSequence("types") is { } typeNodes)
        {
            foreach (var (node, pattern) in fields.Strings(typeNodes, "types"))
            {
                if (TypePattern.TryParse(pattern) is not { } parsed)
                {
                    errors.Add(node, $"{what}: '{pattern}' is not a type pattern (a code such as 'fire.artillery', a prefix such as 'fire.*', or '*')");
                }
                else if (!taxonomy.MatchesAny(parsed))
                {
                    var hint = taxonomy.Suggest(pattern.TrimEnd('*').TrimEnd('.')) is { } near ? $" (did you mean '{near}'?)" : string.Empty;
                    errors.Add(node, $"{what}: unknown taxonomy code '{pattern}'{hint}; add it to 'taxonomy_extensions' if the agreement means a new code");
                }
                else
                {
                    types.Add(parsed);
                }
            }

            if (typeNodes.Children.Count == 0)
            {
                errors.Add(typeNodes, $"{what}: 'types' must list at least one pattern");
            }
        }

        var known = parties.ToDictionary(p => p.Party.Code.Value, p => p.Party, StringComparer.Ordinal);
        var scope = new List<PartyCode>();
        if (fields.OptionalSequence("parties") is { } partyNodes)
        {
            foreach (var (node, code) in fields.Strings(partyNodes, "parties"))
            {
                if (!known.ContainsKey(code))
                {
                    errors.Add(node, $"{what}: unknown party '{code}' (parties: {string.Join(", ", known.Keys)})");
                }
                else if (!scope.Contains(new PartyCode(code)))
                {
                    scope.Add(new PartyCode(code));
                }
            }
        }
        else
        {
            scope.AddRange(parties.Select(p => p.Party.Code));
        }

        var window = fields.Value("window") is { } windowNode ? ReadWindow(windowNode, $"{what}: window", errors) : agreementWindow;
        var zoneName = fields.OptionalString("zone");
        var lineName = fields.OptionalString("line");
        var distanceKm = fields.OptionalPositiveNumber("distance_km");
        var baseline = new Dictionary<PartyCode, int>();
        if (kind is null)
        {
            return null;
        }

        var kindName = kind.Value.Name();
        void Forbid(string field)
        {
            if (fields.Has(field))
            {
                errors.Add(fields.KeyOrNode(field), $"{what}: '{field}' does not apply to a {kindName} term");
            }
        }

        void Need(string field, string why)
        {
            if (!fields.Has(field))
            {
                errors.Add(fields.Node, $"{what}: missing field '{field}' ({why})");
            }
        }

        if (kind == TermKind.KeepAway)
        {
            Forbid("zone");
            Forbid("baseline");
            Need("line", "the line to keep away from");
            Need("distance_km", "how far to keep away, in km");
            if (lineName is not null)
            {
                RequireZone(zones, new ZoneId(lineName), ZoneKind.Line, fields.Value("line")!, $"{what}: 'line'", errors);
            }

            foreach (var code in scope)
            {
                if (known.TryGetValue(code.Value, out var party) && party.Controls is null)
                {
                    errors.Add(fields.KeyOrNode("kind"), $"{what}: party {code} has no 'controls' area, so its own side of the line is not defined");
                }
            }
        }
        else
        {
            Forbid("line");
            Forbid("distance_km");
            Need("zone", "where the term applies");
            if (zoneName is not null)
            {
                ZoneKind? wanted = kind == TermKind.ProtectSites ? null : ZoneKind.Area;
                var zoneNode = fields.Value("zone")!;
                if (RequireZone(zones, new ZoneId(zoneName), wanted, zoneNode, $"{what}: 'zone'", errors) is null
                    && kind == TermKind.ProtectSites && zones.Draft(zoneName) is { Kind: ZoneKind.Line })
                {
                    errors.Add(zoneNode, $"{what}: 'zone' must name a sites or area zone, but '{zoneName}' is a line zone");
                }
            }

            if (kind == TermKind.NoBuildup)
            {
                Need("baseline", "the declared count per party");
                if (fields.Value("baseline") is { } baselineNode)
                {
                    ReadBaseline(baselineNode, what, known, scope, baseline, errors);
                }
            }
            else
            {
                Forbid("baseline");
            }
        }

        if (id is null || text is null || window is null || types.Count == 0)
        {
            return null;
        }

        return new Term
        {
            Id = new TermId(id),
            Text = text,
            Kind = kind.Value,
            Types = types,
            Zone = zoneName is null ? null : new ZoneId(zoneName),
            Line = lineName is null ? null : new ZoneId(lineName),
            DistanceKm = distanceKm,
            Baseline = baseline,
            Parties = scope,
            Window = window,
        };
    }

    private static void ReadBaseline(YamlNode node, string what, Dictionary<string, Party> known, List<PartyCode> scope, Dictionary<PartyCode, int> baseline, YamlErrors errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node, $"{what}: 'baseline' must map party codes to counts, found {YamlErrors.Describe(node)}");
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var code = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.ContainsKey(code))
            {
                errors.Add(key, $"{what}: baseline names unknown party '{code}'");
                continue;
            }

            var countText = (value as YamlScalarNode)?.Value;
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                errors.Add(value, $"{what}: baseline for {code} must be a whole number of 0 or more, found {YamlErrors.Describe(value)}");
                continue;
            }

            baseline[new PartyCode(code)] = count;
        }

        foreach (var code in scope.Where(code => !baseline.ContainsKey(code) && known.ContainsKey(code.Value)))
        {
            if (mapping.Children.Keys.OfType<YamlScalarNode>().All(k => k.Value != code.Value))
            {
                errors.Add(mapping, $"{what}: baseline has no count for party {code}");
            }
        }
    }
}
