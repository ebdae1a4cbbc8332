#!/usr/bin/env python3
"""Build ``src/minebelt/data/border_belts.npz``: the belt curves of every side of every land border.

    python scripts/build_border_belts.py                 # every side (about an hour on 2 cores)
    python scripts/build_border_belts.py --workers 4
    python scripts/build_border_belts.py --check         # is the bundled file current and complete? (exit 1 if not)

Run it after any change to ``borders.gpkg`` (``scripts/build_borders.py``), ``places.npz``
(``scripts/build_places.py``) or the belt geometry (``minebelt.geo``): the file records the
SHA-256 of the border data and of the places' positions it was built from, and minebelt ignores it (computing
every belt from the lines) when they differ from the installed files; the suite fails until
it is rebuilt, and while a side of the border data is missing from the file (a build with
``--only``): ``tests/unit/data/test_border_belts_bundle.py``.

For each defender ``A`` and neighbour ``B`` sharing a land border, and each ``along_water``
("skip", and "include" when the border has water runs), it builds the front with
:func:`minebelt.geo.front.border_front` and the exact belt with
:func:`minebelt.geo.belt.belt_polygon` at every node depth of
:data:`minebelt.geo.curve.DEPTH_NODES_KM`, and records: the area and detached land (km²,
geodesic), the distance from every populated place within 10 km of the deepest belt
(:func:`minebelt.geo.exposure.place_distances`, up to 60 km, never increasing with depth),
and the km² each belt shares with every other belt of the same defender it meets. The front
is recorded as its description and runs (kind, km, border pair, member, km range) without
coordinates (:func:`minebelt.geo.front_source.front_record`). Nothing is downloaded: the inputs
are the bundled files.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from minebelt.data.border_belts import BELT_CODE, geo_code_sha256

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "minebelt" / "data" / "border_belts.npz"
#: ``minebelt/geo`` modules whose code decides the bundle: the belt's and the exposure's.
GEOMETRY_SOURCES = (*BELT_CODE, "exposure.py")
#: Places farther than this from a belt at every node are not recorded (km): the largest
#: exposure radius.
NEAR_KM = 10.0
#: Distances are recorded up to this (km), so a place can be followed between two nodes.
FAR_KM = 60.0


def geometry_sha256() -> str:
    """SHA-256 over the node depths and the ``minebelt/geo`` modules of :data:`GEOMETRY_SOURCES`."""
    from minebelt.geo.curve import DEPTH_NODES_KM

    return geo_code_sha256(GEOMETRY_SOURCES, repr(tuple(DEPTH_NODES_KM)).encode())


def settings_record() -> dict[str, Any]:
    from minebelt import settings

    names = (
        "BUFFER_CHUNK_KM",
        "BUFFER_QUAD_SEGS",
        "END_CHORD_KM",
        "DETACHED_TOLERANCE_KM",
        "DENSIFY_DEG",
        "BUFFER_DENSIFY_DEG",
        "TERRITORY_MARGIN_KM",
        "EXPOSURE_RADII_KM",
    )
    return {n: getattr(settings, n) for n in names}


def defender_job(code: str) -> dict[str, Any]:
    """Every side of ``code``'s land borders: front records, node curves, places, pair overlaps."""
    import shapely

    from minebelt.data.borders import neighbours
    from minebelt.data.places import places
    from minebelt.geo.belt import belt_polygon, defender_land
    from minebelt.geo.curve import DEPTH_NODES_KM
    from minebelt.geo.exposure import place_distances
    from minebelt.geo.front import border_front
    from minebelt.geo.front_source import front_record
    from minebelt.geo.measure import geodesic_area_km2

    t0 = time.process_time()
    pl = places()
    nodes = np.asarray(DEPTH_NODES_KM)
    land = defender_land(code, near_line=True)
    sides, rows, polys = [], [], []
    for nb in neighbours(code):
        fronts = {aw: border_front(code, nb, None, None, aw, None, f"{code}>{nb}") for aw in ("skip", "include")}
        if not any(r.kind == "water" for r in fronts["skip"].runs):
            fronts = {"skip": fronts["skip"]}  # no water: "include" builds the same belt
        rec = front_record(fronts["skip"])
        rec["has_lines"] = {}
        side_rows = {}
        for aw, f in fronts.items():
            lines = f.build_lines()
            rec["has_lines"][aw] = bool(lines)
            areas, detached, belts, dist = [], [], [], {}
            for k, d in enumerate(nodes):
                b = belt_polygon(lines, float(d), None, land, None, f.cuts)
                areas.append(b.area_km2)
                detached.append(b.detached_km2)
                belts.append(b.polygon)
                pd_ = place_distances(b.polygon, pl, FAR_KM)
                for i, km in zip(pd_.index.tolist(), pd_.distance_km.tolist(), strict=True):
                    dist.setdefault(i, np.full(len(nodes), np.inf))[k] = km
            near = sorted(i for i, v in dist.items() if v[-1] <= NEAR_KM)
            km = np.minimum.accumulate(np.array([dist[i] for i in near]).reshape(len(near), len(nodes)), axis=1)
            side_rows[aw] = len(rows)
            rows.append({"area_km2": areas, "detached_km2": detached, "place_index": near, "place_km": km})
            polys.append((nb, aw, belts))
        allc = np.vstack([r.coords for r in fronts["skip"].runs if len(r.coords)])
        bbox = [float(allc[:, 0].min()), float(allc[:, 1].min()), float(allc[:, 0].max()), float(allc[:, 1].max())]
        sides.append({"key": f"{code}>{nb}", "front": rec, "bbox": bbox, "rows": side_rows})
    pairs = []
    for x in range(len(polys)):
        for y in range(x):
            if polys[x][0] == polys[y][0]:
                continue  # the same side with another along_water: never both in one overlap lookup
            deepest = shapely.intersection(polys[x][2][-1], polys[y][2][-1])
            if deepest.is_empty or geodesic_area_km2(deepest) <= 0.0:
                continue
            shared = [
                geodesic_area_km2(shapely.intersection(a, b)) for a, b in zip(polys[x][2], polys[y][2], strict=False)
            ]
            pairs.append({"rows": (y, x), "km2": shared})
    return {"code": code, "sides": sides, "rows": rows, "pairs": pairs, "cpu_s": time.process_time() - t0}


def cache_dir(root: Path) -> Path:
    """Where finished defenders are kept, per border data and geometry code (a rerun resumes)."""
    from minebelt.data.border_belts import file_sha256, places_xy_sha256
    from minebelt.data.borders import gpkg_path

    key = f"{file_sha256(gpkg_path())[:12]}-{places_xy_sha256()[:8]}-{geometry_sha256()[:12]}"
    d = root / key
    d.mkdir(parents=True, exist_ok=True)
    return d


def build(codes: list[str], workers: int, cache: Path) -> list[dict[str, Any]]:
    """Every defender's result, from ``cache`` or computed (and kept there) in ``workers`` processes."""
    todo = [c for c in codes if not (cache / f"{c}.pkl").exists()]
    print(f"{len(codes) - len(todo)} of {len(codes)} defenders already built in {cache}", flush=True)
    with ProcessPoolExecutor(workers) as ex:
        for i, r in enumerate(ex.map(defender_job, todo)):
            print(
                f"[{i + 1}/{len(todo)}] {r['code']}: {len(r['sides'])} sides, {len(r['rows'])} rows, {len(r['pairs'])} pairs, {r['cpu_s']:.1f} CPU-s",
                flush=True,
            )
            tmp = cache / f"{r['code']}.tmp"
            tmp.write_bytes(pickle.dumps(r))
            tmp.replace(cache / f"{r['code']}.pkl")
    return [pickle.loads((cache / f"{c}.pkl").read_bytes()) for c in codes]


def assemble(results: list[dict[str, Any]], only: list[str] | None = None) -> dict[str, Any]:
    """The arrays of the npz file from the per-defender results (rows renumbered globally);
    ``only``: the defenders of a partial build (``--only``), recorded in the meta."""
    from minebelt.data.border_belts import SCHEMA, file_sha256, places_xy_sha256
    from minebelt.data.borders import gpkg_path, meta
    from minebelt.geo.curve import DEPTH_NODES_KM

    sides, rows, pairs = [], [], []
    for r in sorted(results, key=lambda r: r["code"]):
        base = len(rows)
        rows += r["rows"]
        for s in r["sides"]:
            s = dict(s)
            s["rows"] = {aw: base + i for aw, i in s["rows"].items()}
            sides.append(s)
        pairs += [{"rows": (base + p["rows"][0], base + p["rows"][1]), "km2": p["km2"]} for p in r["pairs"]]
    sides.sort(key=lambda s: s["key"])
    blobs = [json.dumps({k: s[k] for k in ("front", "bbox", "rows")}, separators=(",", ":")).encode() for s in sides]
    offsets = np.concatenate([[0], np.cumsum([len(b) for b in blobs])]).astype(np.int64)
    k = len(DEPTH_NODES_KM)
    place_counts = [len(r["place_index"]) for r in rows]
    from importlib.resources import files

    places_path = Path(str(files("minebelt").joinpath("data/places.npz")))
    head = {
        "schema": SCHEMA,
        "borders_sha256": file_sha256(gpkg_path()),
        "borders_data_version": meta().get("data_version"),
        "places_xy_sha256": places_xy_sha256(places_path),
        "geometry_sha256": geometry_sha256(),
        "settings": settings_record(),
        "nodes_km": list(DEPTH_NODES_KM),
        "near_km": NEAR_KM,
        "far_km": FAR_KM,
        "built_by": "scripts/build_border_belts.py",
        "sides": [s["key"] for s in sides],
        "only": None if only is None else sorted(only),
    }
    return {
        "meta": np.frombuffer(json.dumps(head).encode(), dtype=np.uint8),
        "front_json": np.frombuffer(b"".join(blobs), dtype=np.uint8),
        "front_offsets": offsets,
        "area_km2": np.array([r["area_km2"] for r in rows], dtype=float).reshape(len(rows), k),
        "detached_km2": np.array([r["detached_km2"] for r in rows], dtype=float).reshape(len(rows), k),
        "place_offsets": np.concatenate([[0], np.cumsum(place_counts)]).astype(np.int64),
        "place_index": np.concatenate([np.asarray(r["place_index"], dtype=np.int32) for r in rows])
        if rows
        else np.zeros(0, np.int32),
        # float32: under 4 mm at 60 km, far below the 0.1 km the distances are shown at, and half the
        # file (most of it is these distances; the areas stay float64, exact to the bit)
        "place_km": np.vstack([np.asarray(r["place_km"], dtype=np.float32).reshape(-1, k) for r in rows])
        if rows
        else np.zeros((0, k), np.float32),
        "pair_rows": np.array([p["rows"] for p in pairs], dtype=np.int32).reshape(-1, 2),
        "pair_km2": np.array([p["km2"] for p in pairs], dtype=float).reshape(-1, k),
    }


def check() -> int:
    """Exit status 0 when the bundled file matches the installed data and geometry code."""
    from minebelt.data import border_belts

    why = border_belts.stale_reason()
    if why is None:
        with np.load(OUT) as z:
            head = json.loads(bytes(z["meta"]).decode())
        if head.get("geometry_sha256") != geometry_sha256():
            why = "the belt geometry code changed since it was built"
        elif head.get("settings") != json.loads(json.dumps(settings_record())):
            why = "the geometry settings changed since it was built"
    if why is not None:
        print(f"{OUT.relative_to(ROOT)}: stale: {why}")
        return 1
    only = border_belts.partial_defenders(OUT)
    if only is not None:
        own = border_belts.missing_sides(OUT, only)
        print(
            f"{OUT.relative_to(ROOT)}: partial: built for {len(only)} defenders ({', '.join(only)})"
            + (f", of whose sides {len(own)} are missing" if own else ", each of their sides complete")
            + ": rebuild without --only"
        )
        return 1
    missing = border_belts.missing_sides(OUT)
    n = len(border_belts.expected_sides())
    if missing:
        print(
            f"{OUT.relative_to(ROOT)}: incomplete: {len(missing)} of {n} sides of the border data missing or without "
            f"a row they need ({', '.join(missing[:8])}{', ...' if len(missing) > 8 else ''}): rebuild without --only"
        )
        return 1
    print(f"{OUT.relative_to(ROOT)}: current and complete ({n} sides)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--only",
        help="comma-separated defender codes: build these first and write a file of them alone (the rest of the world follows in a later run)",
    )
    ap.add_argument("--check", action="store_true", help="only say whether the bundled file is current")
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path.home() / ".cache" / "minebelt-build" / "border_belts",
        help="finished defenders are kept here: an interrupted build resumes",
    )
    a = ap.parse_args(argv)
    if a.check:
        return check()
    from minebelt.data.borders import border_lengths

    codes = sorted({r["a"] for r in border_lengths()} | {r["b"] for r in border_lengths()})
    if a.only:
        codes = [c for c in codes if c in set(a.only.upper().split(","))]
    # the longest jobs first, so the pool does not end on one
    size = {c: sum(r["length_km"] for r in border_lengths() if c in (r["a"], r["b"])) for c in codes}
    codes.sort(key=lambda c: -size[c])
    t0 = time.time()
    arrays = assemble(build(codes, a.workers, cache_dir(a.cache)), codes if a.only else None)
    tmp = a.out.with_suffix(".tmp.npz")
    # stored, not deflated: a cold estimate reads the place distances (about 20 ms of zlib
    # when deflated); a wheel is a zip archive and deflates them for the download
    np.savez(tmp, **arrays)
    tmp.replace(a.out)
    print(
        f"wrote {a.out} ({a.out.stat().st_size / 1e6:.1f} MB, {len(arrays['front_offsets']) - 1} sides, {len(arrays['area_km2'])} rows, "
        f"{len(arrays['place_index'])} place rows, {len(arrays['pair_rows'])} pairs) in {time.time() - t0:.0f} s"
    )
    from minebelt.data.border_belts import missing_sides

    missing = missing_sides(a.out, codes if a.only else None)
    if a.only and not missing:
        print(
            f"PARTIAL: built for {len(codes)} defenders ({', '.join(sorted(codes))}), each of their sides complete; "
            "--check fails and the suite skips the world's completeness until a full build (without --only)",
            flush=True,
        )
    elif missing:
        print(
            f"PARTIAL: {len(missing)} sides missing ({', '.join(missing[:8])}{', ...' if len(missing) > 8 else ''}); "
            "--check and the suite fail until a full build (without --only)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
