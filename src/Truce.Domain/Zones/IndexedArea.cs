using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Truce.Domain.Zones;

/// <summary>
/// A polygonal area in metres prepared for many queries: the area cut into small pieces (a quadtree
/// split until each piece has few vertices) in an STR-tree, so that locating a point or clipping a
/// disk touches only the pieces near it, and the boundary's segments in another STR-tree.
/// Safe for concurrent queries once constructed.
/// </summary>
/// <remarks>
/// The fraction of an uncertainty disk inside the area is computed exactly where it is trivially
/// 0 or 1 — no boundary segment is closer to the centre than the radius, so the centre's side
/// decides (the fast path that almost every observation takes) — and otherwise exactly, as the
/// circle's overlap with the nearby pieces (<see cref="DiskOverlap"/>). A disk the boundary cuts
/// never counts as wholly inside: its share is capped just below 1.
/// </remarks>
internal sealed class IndexedArea
{
    /// <summary>Largest fraction reported for a disk the boundary actually cuts.</summary>
    internal const double PartialCeiling = 0.9999;

    private const int PieceVertices = 64;
    private const int MaxSplitDepth = 14;

    private readonly STRtree<LineSegment> _segments = new();
    private readonly STRtree<Geometry> _pieces = new();
    private readonly GeometryFactory _factory;

    public IndexedArea(Geometry area)
    {
        if (area.Dimension != Dimension.Surface && !area.IsEmpty)
        {
            throw new ArgumentException("an indexed area needs polygons", nameof(area));
        }

        Area = area;
        _factory = area.Factory;
        foreach (var ring in Rings(area))
        {
            var points = ring.Coordinates;
            for (var i = 1; i < points.Length; i++)
            {
                var segment = new LineSegment(points[i - 1], points[i]);
                _segments.Insert(new Envelope(segment.P0, segment.P1), segment);
            }
        }

        if (!area.IsEmpty)
        {
            Split(area, area.EnvelopeInternal, 0);
        }

        // The indexes build lazily on first use; build them now so concurrent queries only read.
        _segments.Build();
        _pieces.Build();
    }

    public Geometry Area { get; }

    public Envelope Envelope => Area.EnvelopeInternal;

    /// <summary>True when the point lies inside or on the boundary.</summary>
    /// <remarks>
    /// Located in the small pieces rather than the whole area: a long east-west zone (a buffer of the
    /// front) makes an interval index visit hundreds of segments per point, a piece only a few dozen.
    /// </remarks>
    public bool Covers(double x, double y)
    {
        var point = new Coordinate(x, y);
        foreach (var piece in _pieces.Query(new Envelope(point)))
        {
            if (SimplePointInAreaLocator.Locate(point, piece) != Location.Exterior)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Distance in metres from the point to the boundary: positive inside, negative outside.</summary>
    public double SignedDistanceM(double x, double y)
    {
        if (Area.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        var centre = new Coordinate(x, y);
        var distance = double.PositiveInfinity;

        // Widen the search box until it holds a segment; the nearest segment then lies within the
        // distance to the nearest one found, so one more query at that radius settles it.
        for (var reach = 1_000.0; double.IsPositiveInfinity(distance); reach *= 4)
        {
            distance = NearestSegment(centre, reach);
            if (reach > 4e7)
            {
                break;
            }
        }

        distance = NearestSegment(centre, distance);
        return Covers(x, y) ? distance : -distance;
    }

    /// <summary>Fraction in [0, 1] of the disk of <paramref name="radiusM"/> metres around (x, y) inside the area.</summary>
    public double DiskFraction(double x, double y, double radiusM)
    {
        if (Area.IsEmpty)
        {
            return 0;
        }

        var inside = Covers(x, y);
        if (radiusM <= 0 || !BoundaryCuts(x, y, radiusM))
        {
            return inside ? 1 : 0;
        }

        var covered = 0.0;
        foreach (var piece in _pieces.Query(new Envelope(x - radiusM, x + radiusM, y - radiusM, y + radiusM)))
        {
            covered += DiskOverlap.Area(x, y, radiusM, piece);
        }

        return Math.Clamp(covered / (Math.PI * radiusM * radiusM), 0, PartialCeiling);
    }

    /// <summary>Fraction in [0, 1] of a polygonal footprint (metres) inside the area.</summary>
    public double FootprintFraction(Geometry footprint)
    {
        if (Area.IsEmpty || footprint.Area <= 0 || !footprint.EnvelopeInternal.Intersects(Envelope))
        {
            return 0;
        }

        var covered = 0.0;
        foreach (var piece in _pieces.Query(footprint.EnvelopeInternal))
        {
            covered += footprint.Intersection(piece).Area;
        }

        var fraction = covered / footprint.Area;
        return fraction >= 1 - 1e-12 ? 1 : Math.Clamp(fraction, 0, 1);
    }

    /// <summary>True when some boundary segment passes strictly closer than the radius to the centre.</summary>
    private bool BoundaryCuts(double x, double y, double radiusM)
    {
        var centre = new Coordinate(x, y);
        foreach (var segment in _segments.Query(new Envelope(x - radiusM, x + radiusM, y - radiusM, y + radiusM)))
        {
            if (segment.Distance(centre) < radiusM)
            {
                return true;
            }
        }

        return false;
    }

    private double NearestSegment(Coordinate centre, double reach)
    {
        var nearest = double.PositiveInfinity;
        foreach (var segment in _segments.Query(new Envelope(centre.X - reach, centre.X + reach, centre.Y - reach, centre.Y + reach)))
        {
            nearest = Math.Min(nearest, segment.Distance(centre));
        }

        return nearest;
    }

    private void Split(Geometry piece, Envelope box, int depth)
    {
        if (piece.IsEmpty)
        {
            return;
        }

        if (piece.NumPoints <= PieceVertices || depth >= MaxSplitDepth)
        {
            _pieces.Insert(piece.EnvelopeInternal, piece);
            return;
        }

        var midX = (box.MinX + box.MaxX) / 2;
        var midY = (box.MinY + box.MaxY) / 2;
        Envelope[] quarters =
        [
            new(box.MinX, midX, box.MinY, midY),
            new(midX, box.MaxX, box.MinY, midY),
            new(box.MinX, midX, midY, box.MaxY),
            new(midX, box.MaxX, midY, box.MaxY),
        ];
        foreach (var quarter in quarters)
        {
            var clipped = piece.Intersection(_factory.ToGeometry(quarter));
            var polygons = Polygonal(clipped);
            if (polygons is not null)
            {
                Split(polygons, quarter, depth + 1);
            }
        }
    }

    /// <summary>The polygonal part of an overlay result (clipping can leave stray lines or points on the cut).</summary>
    private Geometry? Polygonal(Geometry geometry)
    {
        if (geometry is Polygon or MultiPolygon)
        {
            return geometry.IsEmpty ? null : geometry;
        }

        var polygons = Enumerable.Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty)
            .ToArray();
        return polygons.Length == 0 ? null : _factory.CreateMultiPolygon(polygons);
    }

    private static IEnumerable<LineString> Rings(Geometry area)
    {
        for (var i = 0; i < area.NumGeometries; i++)
        {
            if (area.GetGeometryN(i) is Polygon polygon)
            {
                yield return polygon.ExteriorRing;
                foreach (var hole in polygon.InteriorRings)
                {
                    yield return hole;
                }
            }
        }
    }
}
