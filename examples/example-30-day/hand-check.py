#!/usr/bin/env python3
"""Independent geometric facts for examples/example-30-day, used to work out expected-violations.md by hand.

Not Truce code and not used by Truce: great-circle (haversine) distances on a sphere of radius
6371.0088 km, point-to-segment distance by the cross-track/along-track formulas, and ray casting in
longitude/latitude for which side of the line a point lies on. It prints one row per observation;
the expected violations were then worked out from these rows and the rules of DESIGN.md section 5.
"""
import json, math, os

R = 6371.0088
HERE = os.path.dirname(os.path.abspath(__file__))


def load(name):
    with open(os.path.join(HERE, name)) as f:
        return json.load(f)


def hav(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * R * math.asin(math.sqrt(h))


def bearing(a, b):
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    y = math.sin(lon2 - lon1) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(lon2 - lon1)
    return math.atan2(y, x)


def segment_distance(p, a, b):
    d13 = hav(a, p) / R
    t13, t12 = bearing(a, p), bearing(a, b)
    xt = math.asin(math.sin(d13) * math.sin(t13 - t12))
    at = math.acos(max(-1, min(1, math.cos(d13) / math.cos(xt))))
    if math.cos(t13 - t12) < 0 or at * R > hav(a, b):
        return min(hav(p, a), hav(p, b))
    return abs(xt) * R


def line_distance(p, coords):
    return min(segment_distance(p, coords[i], coords[i + 1]) for i in range(len(coords) - 1))


def in_ring(p, ring):
    x, y, inside = p[0], p[1], False
    for i in range(len(ring) - 1):
        (x1, y1), (x2, y2) = ring[i][:2], ring[i + 1][:2]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def in_area(p, geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return any(in_ring(p, poly[0]) and not any(in_ring(p, hole) for hole in poly[1:]) for poly in polygons)


line = load("contact-line-illustrative.geojson")["features"][0]["geometry"]["coordinates"]
ru = load("ru-held-illustrative.geojson")["features"][0]["geometry"]
ua = load("ua-held-illustrative.geojson")["features"][0]["geometry"]
sites = [(f["properties"]["name"], f["geometry"]["coordinates"]) for f in load("energy-sites.geojson")["features"]]

print("obs  type                              line_km  side  nearest_site                        site_km")
with open(os.path.join(HERE, "observations.ndjson")) as f:
    for row in f:
        o = json.loads(row)
        p = (o["lon"], o["lat"])
        side = "RU" if in_area(p, ru) else "UA" if in_area(p, ua) else "-"
        name, site_km = min(((n, hav(p, c)) for n, c in sites), key=lambda s: s[1])
        print(f"{int(o['id'][-3:]):3d}  {o['type']:32s} {line_distance(p, line):7.2f}  {side:4s}  {name:34s} {site_km:7.2f}")
