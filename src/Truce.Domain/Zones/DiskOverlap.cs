using NetTopologySuite.Geometries;

namespace Truce.Domain.Zones;

/// <summary>
/// The exact area in common between a circle and a polygon, in the plane (metres): the signed sum,
/// over the polygon's edges AB, of the area in common between the circle and the triangle (centre,
/// A, B) — a triangle where the edge runs inside the circle, a circular sector where it runs outside.
/// No polygonisation of the circle, O(number of edges).
/// </summary>
internal static class DiskOverlap
{
    public static double Area(double cx, double cy, double radius, Geometry polygonal)
    {
        var total = 0.0;
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            if (polygonal.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty)
            {
                continue;
            }

            total += Math.Abs(Ring(cx, cy, radius, polygon.ExteriorRing.CoordinateSequence));
            foreach (var hole in polygon.InteriorRings)
            {
                total -= Math.Abs(Ring(cx, cy, radius, hole.CoordinateSequence));
            }
        }

        return Math.Max(0, total);
    }

    private static double Ring(double cx, double cy, double r, CoordinateSequence ring)
    {
        var sum = 0.0;
        for (var i = 1; i < ring.Count; i++)
        {
            sum += Edge(ring.GetX(i - 1) - cx, ring.GetY(i - 1) - cy, ring.GetX(i) - cx, ring.GetY(i) - cy, r);
        }

        return sum;
    }

    /// <summary>Signed area in common between the circle of radius r at the origin and the triangle (origin, A, B).</summary>
    private static double Edge(double ax, double ay, double bx, double by, double r)
    {
        var dx = bx - ax;
        var dy = by - ay;
        var a = (dx * dx) + (dy * dy);
        if (a == 0)
        {
            return 0;
        }

        // Points of AB at parameters t where |A + t (B - A)| = r.
        var b = (ax * dx) + (ay * dy);
        var c = (ax * ax) + (ay * ay) - (r * r);
        var discriminant = (b * b) - (a * c);
        if (discriminant <= 0)
        {
            return Sector(ax, ay, bx, by, r);
        }

        var root = Math.Sqrt(discriminant);
        var t1 = Math.Clamp((-b - root) / a, 0, 1);
        var t2 = Math.Clamp((-b + root) / a, 0, 1);
        double px = ax + (t1 * dx), py = ay + (t1 * dy);
        double qx = ax + (t2 * dx), qy = ay + (t2 * dy);
        return Sector(ax, ay, px, py, r) + (((px * qy) - (py * qx)) / 2) + Sector(qx, qy, bx, by, r);
    }

    private static double Sector(double ax, double ay, double bx, double by, double r)
    {
        if ((ax == bx && ay == by) || (ax == 0 && ay == 0) || (bx == 0 && by == 0))
        {
            return 0;
        }

        var angle = Math.Atan2((ax * by) - (ay * bx), (ax * bx) + (ay * by));
        return r * r * angle / 2;
    }
}
