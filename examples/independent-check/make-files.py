#!/usr/bin/env python3
"""Writes the geometry and observation files of examples/independent-check from a layout in km.

The layout is given as offsets (x east, y north, km) from the corner C of an L-shaped contact line
at lon -100.0, lat 45.0. Offsets become longitude/latitude with the WGS84 ellipsoid's local radii
(meridian M at 45 deg for y, prime vertical N cos(lat) at the point's own latitude for x), rounded to
6 decimals (0.1 m). Edges along parallels are densified every 0.05 deg so that any reading of "a
straight edge" (geodesic, rhumb line, straight in a projection) agrees to well under a metre.
Not Truce code; run once, the outputs are committed.
"""
import json, math, os

A, E2 = 6378137.0, 0.00669437999014
HERE = os.path.dirname(os.path.abspath(__file__))
LON0, LAT0 = -100.0, 45.0


def m_radius(lat):
    s = math.sin(math.radians(lat))
    return A * (1 - E2) / (1 - E2 * s * s) ** 1.5


def n_radius(lat):
    s = math.sin(math.radians(lat))
    return A / math.sqrt(1 - E2 * s * s)


def at(x_km, y_km):
    lat = LAT0 + math.degrees(y_km * 1000 / m_radius(LAT0 + math.degrees(y_km * 500 / m_radius(LAT0))))
    lon = LON0 + math.degrees(x_km * 1000 / (n_radius(lat) * math.cos(math.radians(lat))))
    return [round(lon, 6), round(lat, 6)]


def dense(points):
    out = []
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        steps = max(1, round(abs(x2 - x1) / 0.05))
        out += [[round(x1 + (x2 - x1) * i / steps, 6), round(y1 + (y2 - y1) * i / steps, 6)] for i in range(steps)]
    return out + [list(points[-1])]


def write(name, value):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(json.dumps(value, separators=(",", ":")) + "\n")


def feature(geometry, **properties):
    return {"type": "Feature", "properties": properties, "geometry": geometry}


write("line.geojson", {"type": "FeatureCollection", "features": [feature(
    {"type": "LineString", "coordinates": dense([(-100.4, 45.0), (-100.0, 45.0), (-100.0, 44.7)])}, name="contact line (fictional)")]})
write("a-held.geojson", {"type": "FeatureCollection", "features": [feature(
    {"type": "Polygon", "coordinates": [dense([(-100.4, 44.7), (-100.0, 44.7), (-100.0, 45.0), (-100.4, 45.0), (-100.4, 44.7)])]}, name="held by A (fictional)")]})
write("b-held.geojson", {"type": "FeatureCollection", "features": [feature(
    {"type": "Polygon", "coordinates": [dense([(-100.0, 44.7), (-99.6, 44.7), (-99.6, 45.3), (-100.4, 45.3), (-100.4, 45.0), (-100.0, 45.0), (-100.0, 44.7)])]},
    name="held by B (fictional)")]})
write("sites.geojson", {"type": "FeatureCollection", "features": [
    feature({"type": "Point", "coordinates": at(25, 25)}, name="S1 dam"),
    feature({"type": "Point", "coordinates": at(-20, -20)}, name="S2 hospital"),
    feature({"type": "Point", "coordinates": at(-20, 20)}, name="S3 pumping station")]})

SRC = {"A1": ("A", 1), "A2": ("A", 2), "B1": ("B", 1), "B2": ("B", 2), "C2": ("C", 2), "C3": ("C", 3)}
rows = [
    # id, time (instant or (from, to)), x km, y km, r m, type, party, basis?, rating, count
    ("ic-01", "2026-06-02T03:00:00Z", 2, -10, 100, "fire.artillery", "B", True, "A1", None),
    ("ic-02", "2026-06-02T05:00:00Z", -10, 5, 1000, "fire.mortar", "A", False, "B2", None),
    ("ic-03", "2026-06-02T06:00:00Z", 20, -15, 0, "strike.drone", "A", True, "A1", None),
    ("ic-04", "2026-06-03T01:00:00Z", 3, 3, 500, "fire.artillery", "B", True, "C3", None),
    ("ic-05", "2026-06-03T02:00:00Z", 4, 4, 0, "fire.artillery", None, False, "A1", None),
    ("ic-06", ("2026-05-31T18:00:00Z", "2026-06-01T06:00:00Z"), -15, -2, 0, "fire.small-arms", "A", True, "A1", None),
    ("ic-07", ("2026-06-14T20:00:00Z", "2026-06-15T04:00:00Z"), 1, -20, 0, "fire.artillery", "B", True, "B2", None),
    ("ic-08", "2026-06-15T00:00:00Z", -5, 1, 0, "fire.artillery", "B", True, "A1", None),
    ("ic-09", "2026-06-01T00:00:00Z", -5, 1, 0, "fire.artillery", None, False, "B1", None),
    ("ic-10", "2026-05-20T12:00:00Z", -5, -1, 0, "fire.artillery", "A", True, "A1", None),
    ("ic-11", "2026-06-03T08:00:00Z", -10, -8, 0, "equipment.artillery-100mm-plus", "A", True, "B2", 4),
    ("ic-12", "2026-06-03T09:00:00Z", 8, -10, 0, "equipment.artillery-100mm-plus", "A", True, "A1", 2),
    ("ic-13", "2026-06-03T10:00:00Z", 18, -10, 0, "equipment.artillery-100mm-plus", "B", True, "A1", 3),
    ("ic-14", "2026-06-04T08:00:00Z", 10, -12, 0, "equipment.artillery-100mm-plus", None, False, "A2", 2),
    ("ic-15", "2026-06-04T09:00:00Z", 15, -15, 2000, "equipment.artillery-100mm-plus", "B", True, "A1", 1),
    ("ic-16", "2026-06-06T08:00:00Z", 12, 8, 0, "equipment.mlrs", "B", True, "B1", 2),
    ("ic-17", "2026-06-06T09:00:00Z", 12, -5, 0, "equipment.mlrs", "A", True, "A1", 2),
    ("ic-18", "2026-06-06T10:00:00Z", -10, -10, 0, "equipment.mlrs", "B", True, "A1", 2),
    ("ic-19", "2026-06-06T11:00:00Z", 25, -10, 0, "equipment.mlrs", None, False, "A1", 2),
    ("ic-20", "2026-06-07T10:00:00Z", 26, 25, 0, "strike.drone", "A", True, "B2", None),
    ("ic-21", "2026-06-03T12:00:00Z", -20, -20, 0, "fire.artillery", "B", True, "A1", None),
    ("ic-22", "2026-06-08T10:00:00Z", -18, 20, 300, "strike.loitering-munition", "B", False, "C2", None),
    ("ic-23", "2026-06-04T06:00:00Z", 10, -10, 0, "equipment.tank", "B", True, "A1", 7),
    ("ic-24", "2026-06-04T07:00:00Z", 5, 5, 0, "equipment.tank", "B", True, "B2", 5),
    ("ic-25", "2026-06-05T06:00:00Z", 10, 10, 0, "equipment.tank", "B", True, "A1", 8),
    ("ic-26", "2026-06-05T07:00:00Z", 12, -25, 0, "equipment.tank", "B", True, "B2", 6),
    ("ic-27", "2026-06-05T08:00:00Z", -10, -10, 0, "equipment.tank", "A", False, "B2", 11),
    ("ic-28", "2026-06-05T09:00:00Z", 0, -15, 0, "equipment.tank", None, False, "A1", 20),
    ("ic-29", "2026-06-06T06:00:00Z", 20, -10, 2000, "equipment.tank", "B", True, "A1", 13),
    ("ic-30", "2026-06-09T06:00:00Z", -10, 2, 200, "restriction.access-denied", None, False, "A1", None),
    ("ic-31", "2026-06-09T07:00:00Z", -10, 0.2, 500, "restriction.access-denied", None, False, "B1", None),
    ("ic-32", "2026-06-09T08:00:00Z", 2, -3, 0, "restriction.monitor-threatened", "A", True, "B2", None),
    ("ic-33", "2026-06-09T09:00:00Z", -10, 8, 0, "restriction.access-denied", None, False, "A1", None),
]
with open(os.path.join(HERE, "observations.ndjson"), "w") as f:
    for oid, time, x, y, r, kind, party, basis, rating, count in rows:
        lon, lat = at(x, y)
        o = {"id": oid}
        if isinstance(time, tuple):
            o["observed_from"], o["observed_to"] = time
        else:
            o["observed_at"] = time
        o.update({"lat": lat, "lon": lon})
        if r:
            o["uncertainty_m"] = r
        o["type"] = kind
        if count:
            o["count"] = count
        if party:
            o["attributed_to"] = party
        if basis:
            o["attribution_basis"] = "seen by patrol"
        rel, cred = SRC[rating]
        o["source"] = {"kind": "monitor", "id": "patrol-" + oid[-2:], "reliability": rel, "credibility": cred}
        f.write(json.dumps(o) + "\n")

polygons = [
    ("ic-p1", "2026-06-10T06:00:00Z", (-13, 1, -12, 2), "B"),
    ("ic-p2", "2026-06-10T07:00:00Z", (-12, 4, -11, 6), "A"),
    ("ic-p3", "2026-06-10T08:00:00Z", (-12, 7, -11, 8), "A"),
]
features = []
for oid, time, (x1, y1, x2, y2), party in polygons:
    ring = [at(x1, y1), at(x2, y1), at(x2, y2), at(x1, y2), at(x1, y1)]
    features.append(feature({"type": "Polygon", "coordinates": [ring]}, id=oid, observed_at=time, type="fire.artillery",
                            attributed_to=party, attribution_basis="crater field mapped", source={"kind": "uav", "reliability": "A", "credibility": 1}))
with open(os.path.join(HERE, "observations.geojson"), "w") as f:
    f.write(json.dumps({"type": "FeatureCollection", "features": features}, indent=1) + "\n")
