"""The whole atlas at 2 km: every side of every land border, in a cold process.

    python benchmarks/bench_atlas.py [--runs 3] [--no-peer]

Rows of the README's speed table (paired whole-process runs, medians of CPU = user + system;
``_paired.py``):

1. ``minebelt atlas --no-cache --json`` (every side measured: belt area, mines under every
   model, clearance years, people within 1/5/10 km), beside the interpreter alone (the floor)
   and, once, the peer: a plain GeoPandas script that builds only the 2 km belts of every side
   as GeoPandas' documentation recommends (vectorised: read the bundled border lines and
   territory, dissolve per border, project to an equal-area world CRS, buffer every side at
   once, intersect with the defender's territory element-wise, take the areas). Goal: a few
   seconds on the bundled curves (every side in ``data/border_belts.npz``); while the bundle is
   stale or partial, the sides outside it are built from the lines (a minute or more on two cores).
2. ``minebelt atlas --json`` a second time at the same depth: the figures come from the cache
   (``minebelt.geo.atlas_cache``). Goal: <= 1 CPU-s.

The peer's belts are printed beside minebelt's (total km²): a world equal-area projection
stretches a 2 km buffer east-west and squeezes it north-south away from the equator, so its
areas are off; the row compares time only.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _paired import ROOT, minebelt, paired, row  # noqa: E402

PEER = r"""
import json, sys
import geopandas as gpd, pandas as pd
path = sys.argv[1]
seg = gpd.read_file(path, layer="border_segments", engine="pyogrio")
land = seg[seg["kind"] == "land"].dissolve(by=["a", "b"]).reset_index()[["a", "b", "geometry"]]
sides = pd.concat([land.assign(defender=land["a"], neighbour=land["b"]), land.assign(defender=land["b"], neighbour=land["a"])], ignore_index=True)
sides = gpd.GeoDataFrame(sides, geometry="geometry", crs=4326).to_crs(6933)
terr = gpd.read_file(path, layer="territory", engine="pyogrio").dissolve(by="iso3").to_crs(6933)
own = gpd.GeoSeries(terr.geometry.reindex(sides["defender"]).values, crs=6933)
belts = sides.buffer(2000.0).intersection(own, align=False)
print(json.dumps({"sides": int(len(sides)), "area_km2": float(belts.area.sum() / 1e6)}))
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-peer", action="store_true", help="leave out the GeoPandas script")
    a = ap.parse_args(argv)
    mb = minebelt()
    cache = tempfile.mkdtemp(prefix="minebelt-bench-atlas-")
    env = {"MINEBELT_CACHE_DIR": cache}
    from minebelt.data import border_belts
    from minebelt.data.borders import gpkg_path

    stale = border_belts.stale_reason()
    print(f"bundled curves: {'current' if stale is None else stale}")
    out = json.loads(
        subprocess.run(
            [mb, "atlas", "--json"], capture_output=True, text=True, check=True, env={**os.environ, **env}, cwd=ROOT
        ).stdout
    )
    area = sum(r["belt_area_km2"] for r in out["borders"])
    print(f"{out['sides']} sides, {area:,.0f} km² of 2 km belts; {out['data']['curves']}")

    cold = [mb, "atlas", "--no-cache", "--json"]
    ra, rb, _ = paired(cold, [sys.executable, "-c", "pass"], a.runs, env=env)
    other = f"interpreter alone {rb.median():.3f} CPU-s"
    line = f"atlas, no cache: {ra.median():.2f} CPU-s ({ra.median('wall'):.1f} s wall, {ra.median('peak_mb'):.0f} MB); interpreter {rb.median():.3f} CPU-s"
    if not a.no_peer:
        peer = [sys.executable, "-c", PEER, str(gpkg_path())]
        p = json.loads(subprocess.run(peer, capture_output=True, text=True, check=True, cwd=ROOT).stdout)
        _, rp, _ = paired(peer, None, 1, warmup=0)
        other += (
            f"; GeoPandas, 2 km belts only, vectorised {rp.median():.1f} CPU-s ({p['area_km2']:,.0f} km² in EPSG:6933)"
        )
        line += f"; GeoPandas belts only {rp.median():.1f} CPU-s ({p['sides']} sides, {p['area_km2']:,.0f} km²)"
    print(line)
    warm = [mb, "atlas", "--json"]
    rw, _, _ = paired(warm, None, a.runs, env=env)
    print(f"atlas, figures cached at 2 km: {rw.median():.2f} CPU-s ({rw.median('peak_mb'):.0f} MB)")
    print()
    goal = "a few seconds on the bundled curves (≤ 5 CPU-s)"
    print(row(f"`minebelt atlas --json`: every side of every land border at 2 km ({out['sides']}), cold, no cache (`bench_atlas.py`)",
              f"{ra.median():.2f} CPU-s", other, goal, ra.median() <= 5))  # fmt: skip
    print(
        row(
            "the same at a depth already measured (cache)",
            f"{rw.median():.2f} CPU-s",
            f"interpreter alone {rb.median():.3f} CPU-s",
            "≤ 1 CPU-s",
            rw.median() <= 1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
