#!/usr/bin/env python3
"""Build ``src/minebelt/data/border_belts.npz``: the belt curves of every side of every land border.

    python scripts/build_border_belts.py                 # every side (~2.7 CPU-hours: 1.4 h on 2 idle cores)
    python scripts/build_border_belts.py --workers 4
    python scripts/build_border_belts.py --build-dir DIR --out FILE   # a world build outside the repository
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

Each finished defender is written to the build directory (``--build-dir``, one subdirectory per
border data, places and geometry code) as one checkpoint file; a run reads those already there
(``--no-resume``: builds them again), so an interrupted build resumes, and the file is assembled
from them at the end. A progress bar (km of border done, time left) is drawn on a terminal; each
defender's line also gives the time left, for a build in the background.
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


def near_places(belts: list[Any], pl: Any) -> tuple[list[int], np.ndarray]:
    """``(place indices, km)`` of the places within ``NEAR_KM`` of the deepest of ``belts`` (one
    polygon per node depth, shallow to deep), sorted, with their distance at every node
    (``FAR_KM`` and beyond: inf) made non-increasing with depth: shape ``(places, nodes)``.

    The same numbers as measuring every place within ``FAR_KM`` of every belt: the deepest belt
    decides which places are kept, so the shallower belts are measured from those alone, and a
    place inside a belt (0 km) is not measured again (every deeper distance becomes 0).
    """
    from minebelt.data.places import Places
    from minebelt.geo.exposure import place_distances

    k = len(belts)
    last = place_distances(belts[-1], pl, FAR_KM)
    keep = last.distance_km <= NEAR_KM
    order = np.argsort(last.index[keep], kind="stable")
    near = last.index[keep][order]
    raw = np.full((len(near), k), np.inf)
    raw[:, -1] = last.distance_km[keep][order]
    inside = np.zeros(len(near), bool)
    for j in range(k - 1):
        todo = np.flatnonzero(~inside)
        if len(todo) == 0:
            break
        sub = Places(lon=pl.lon[near[todo]], lat=pl.lat[near[todo]])
        pd_ = place_distances(belts[j], sub, FAR_KM)
        raw[todo[pd_.index], j] = pd_.distance_km
        inside |= raw[:, j] == 0.0
    return near.tolist(), np.minimum.accumulate(raw, axis=1)


def defender_job(code: str) -> dict[str, Any]:
    """Every side of ``code``'s land borders: front records, node curves, places, pair overlaps."""
    import shapely

    from minebelt.data.borders import neighbours
    from minebelt.data.places import places
    from minebelt.geo.belt import belt_polygon, defender_land
    from minebelt.geo.curve import DEPTH_NODES_KM
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
            found = [belt_polygon(lines, float(d), None, land, None, f.cuts) for d in nodes]
            areas = [b.area_km2 for b in found]
            detached = [b.detached_km2 for b in found]
            belts = [b.polygon for b in found]
            near, km = near_places(belts, pl)
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


def shard(cache: Path, code: str) -> Path:
    """The checkpoint file of one finished defender in the build directory ``cache``."""
    return cache / f"{code}.pkl"


def build(
    codes: list[str], workers: int, cache: Path, weight: dict[str, float], resume: bool = True
) -> list[dict[str, Any]]:
    """Every defender's result, computed in ``workers`` processes and kept in ``cache`` (one
    checkpoint file a defender, written when it is done); ``resume``: the defenders already
    there are read, not built again. ``weight``: the km of land border of each defender, for
    the progress bar's estimate of the time left (CPU time grows with the border's length)."""
    from concurrent.futures import as_completed

    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    done = [c for c in codes if shard(cache, c).exists()]
    todo = [c for c in codes if c not in done] if resume else list(codes)
    if done and resume:
        print(f"{len(done)} of {len(codes)} defenders already built in {cache}: resumed", flush=True)
    elif done:
        print(
            f"{len(done)} of {len(codes)} defenders already built in {cache}: built again (--resume keeps them)",
            flush=True,
        )
    columns = (
        TextColumn("{task.description}"),
        BarColumn(bar_width=20),
        TextColumn("{task.completed:,.0f}/{task.total:,.0f} km"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    cpu, km, t0 = 0.0, 0.0, time.time()
    total = sum(weight[c] for c in todo)
    if todo:
        with Progress(*columns) as bar, ProcessPoolExecutor(workers) as ex:
            task = bar.add_task(f"0/{len(todo)} defenders", total=total or 1.0)
            jobs = {ex.submit(defender_job, c): c for c in todo}
            for i, fut in enumerate(as_completed(jobs)):
                r = fut.result()
                tmp = cache / f"{r['code']}.tmp"
                tmp.write_bytes(pickle.dumps(r))
                tmp.replace(shard(cache, r["code"]))
                cpu += r["cpu_s"]
                km += weight[jobs[fut]]
                # also in the log of a build in the background, where the bar is not drawn
                left = (time.time() - t0) * (total - km) / km if km else 0.0
                bar.console.print(
                    f"{r['code']}: {len(r['sides'])} sides, {r['cpu_s']:.0f} CPU-s; {km:,.0f}/{total:,.0f} km, "
                    f"~{int(left // 3600)}h{int(left % 3600 // 60):02d}m left",
                    highlight=False,
                )
                bar.update(task, advance=weight[jobs[fut]], description=f"{i + 1}/{len(todo)} defenders")
        print(f"built {len(todo)} defenders in {cpu:.0f} CPU-s", flush=True)
    return [pickle.loads(shard(cache, c).read_bytes()) for c in codes]


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
        "--build-dir",
        "--cache",
        dest="cache",
        type=Path,
        default=Path.home() / ".cache" / "minebelt-build" / "border_belts",
        help="one checkpoint file per finished defender is kept here (in a subdirectory per border "
        "data, places and geometry code)",
    )
    ap.add_argument(
        "--resume",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="read the defenders already built in the build directory instead of building them again (default)",
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
    arrays = assemble(build(codes, a.workers, cache_dir(a.cache), size, a.resume), codes if a.only else None)
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
