#!/usr/bin/env python3
"""Independent geometric facts for examples/independent-check, used to work out expected-violations.md.

Not Truce code and not used by Truce. Method (different from Truce's projection + NetTopologySuite):
every position becomes local plane coordinates in km around the line's corner C (-100 E, 45 N) with
the WGS84 ellipsoid's radii of curvature -- north-south by the meridian radius M at the mid latitude,
east-west by N cos(lat) at the point's own latitude -- which is exact for distances along a meridian
and within 1e-4 relative for the few tens of km used here. Distances to the L-shaped line are then
point-to-segment distances in that plane; sides come from the coordinates (A holds x < 0 and y < 0).
Disk shares use the closed forms for a circle cut by a straight line and for two intersecting circles.
"""
import json, math, os

A, E2 = 6378137.0, 0.00669437999014
HERE = os.path.dirname(os.path.abspath(__file__))


def radii(lat):
    s = math.sin(math.radians(lat))
    w = 1 - E2 * s * s
    return A * (1 - E2) / w ** 1.5, A / math.sqrt(w)


def local(lon, lat):
    m, _ = radii((lat + 45.0) / 2)
    _, n = radii(lat)
    return math.radians(lon + 100.0) * n * math.cos(math.radians(lat)) / 1000, math.radians(lat - 45.0) * m / 1000


LINE = [local(-100.4, 45.0), local(-100.0, 45.0), local(-100.0, 44.7)]


def seg(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    t = max(0, min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    return math.hypot(px - ax - t * (bx - ax), py - ay - t * (by - ay))


def line_km(p):
    return min(seg(p, LINE[0], LINE[1]), seg(p, LINE[1], LINE[2]))


def side(p):
    return "A" if p[0] < 0 and p[1] < 0 else "B"


def cut_share(d, r):
    """Share of a disk of radius r beyond a straight line at distance d from its centre (d, r same unit)."""
    if d >= r:
        return 0.0
    return (r * r * math.acos(d / r) - d * math.sqrt(r * r - d * d)) / (math.pi * r * r)


def lens_share(d, r, big):
    """Share of a disk of radius r whose centre is d from the centre of a circle of radius big, inside that circle."""
    a = r * r * math.acos((d * d + r * r - big * big) / (2 * d * r)) + big * big * math.acos((d * d + big * big - r * r) / (2 * d * big))
    a -= 0.5 * math.sqrt((-d + r + big) * (d + r - big) * (d - r + big) * (d + r + big))
    return a / (math.pi * r * r)


sites = [(f["properties"]["name"], local(*f["geometry"]["coordinates"])) for f in json.load(open(os.path.join(HERE, "sites.geojson")))["features"]]
print(f"{'id':6} {'x km':>8} {'y km':>8} {'side':4} {'line km':>8} {'r m':>6}  nearest site")
for text in open(os.path.join(HERE, "observations.ndjson")):
    o = json.loads(text)
    p = local(o["lon"], o["lat"])
    name, s = min(sites, key=lambda site: math.dist(p, site[1]))
    print(f"{o['id']:6} {p[0]:8.3f} {p[1]:8.3f} {side(p):4} {line_km(p):8.3f} {o.get('uncertainty_m', 0):6}  {name} {math.dist(p, s):.3f} km")
for f in json.load(open(os.path.join(HERE, "observations.geojson")))["features"]:
    ring = [local(*c) for c in f["geometry"]["coordinates"][0]]
    ys = [y for _, y in ring]
    print(f"{f['properties']['id']:6} polygon x {min(x for x, _ in ring):.3f}..{max(x for x, _ in ring):.3f} y {min(ys):.3f}..{max(ys):.3f}; share with y <= 5 km: {max(0, min(1, (5 - min(ys)) / (max(ys) - min(ys)))):.4f}")

print()
obs = {o["id"]: o for o in map(json.loads, open(os.path.join(HERE, "observations.ndjson")))}
where = {k: local(o["lon"], o["lat"]) for k, o in obs.items()}
r_km = {k: o.get("uncertainty_m", 0) / 1000 for k, o in obs.items()}
print("ic-02 share of the disk within 5 km of the line :", round(1 - cut_share(5 - line_km(where["ic-02"]), r_km["ic-02"]), 4))
print("ic-15 share of the disk within 15 km of the line:", round(1 - cut_share(15 - line_km(where["ic-15"]), r_km["ic-15"]), 4))
print("ic-29 share of the disk within 20 km of the line:", round(1 - cut_share(20 - line_km(where["ic-29"]), r_km["ic-29"]), 4))
s3 = dict(sites)["S3 pumping station"]
print("ic-22 share of the disk within 2 km of S3       :", round(lens_share(math.dist(where["ic-22"], s3), r_km["ic-22"], 2.0), 4))
print("ic-31 share of the disk on A's side of the line :", round(cut_share(line_km(where["ic-31"]), r_km["ic-31"]), 4))
