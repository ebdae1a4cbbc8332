"""Reader of the bundled border data (``data/borders.gpkg``, built by ``scripts/build_borders.py``).

Layer: data. Figures computed from the lines (geodesic latitudes) are in :mod:`minebelt.geo.borders`.

Layers (EPSG:4326): ``border_segments`` (every land border as runs of ``land`` or
``water``, with km positions from the border's km-0 point), ``territory`` (each country's land
near its land borders), ``inland_water`` (lakes and large rivers near borders, GSHHG lakes of
10 km² or more everywhere), ``outlines``
(simplified countries, for maps and drawn lines far from borders), ``overlaps`` (overlapping claims in the
source and how they were resolved). Source: OpenStreetMap via the ``@geo-maps`` npm packages, ODbL 1.0; see
``data/borders_meta.json`` and ``docs/data.md``.

Reads go through :mod:`pyogrio`'s raw reader (no pandas) and are cached per process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, overload

import numpy as np

from ..errors import DataMissingError, InputError

#: A part of a border shorter than this (km) is listed as a *fragment* by ``minebelt borders``:
#: 81 of the 320 parts of multi-part borders in data 2026-11-29 were under 1 km (56 under
#: 0.5 km), mostly where the line meets the coast or crosses a lake; they stay in the data and
#: in every length.
FRAGMENT_KM = 1.0


def data_dir() -> Path:
    return Path(str(files("minebelt").joinpath("data")))


def gpkg_path() -> Path:
    return data_dir() / "borders.gpkg"


def installed() -> bool:
    """True when the bundled border data (``borders.gpkg`` and its build record) is installed."""
    return gpkg_path().exists() and (data_dir() / "borders_meta.json").exists()


@cache
def meta() -> dict[str, Any]:
    """The build record of the bundled border data."""
    p = data_dir() / "borders_meta.json"
    if not p.exists():
        raise DataMissingError("bundled border data is missing (data/borders_meta.json); reinstall minebelt")
    return json.loads(p.read_text(encoding="utf-8"))


def data_info() -> dict[str, Any]:
    """Source, version, licence and attribution, for every output that used the geometry."""
    m = meta()
    return {
        "source": m.get("source"),
        "version": m.get("data_version"),
        "license": m.get("license"),
        "attribution": m.get("attribution"),
        "overlap_rule": m.get("overlap_rule"),
        "km0_rule": m.get("km0_rule"),
    }


# geometry=True (the default) always gives the geometries; geometry=False gives None
@overload
def _read(
    layer: str, where: str | None = None, columns: list[str] | None = None, geometry: Literal[True] = True
) -> tuple[dict[str, np.ndarray], np.ndarray]: ...
@overload
def _read(
    layer: str, where: str | None = None, columns: list[str] | None = None, *, geometry: Literal[False]
) -> tuple[dict[str, np.ndarray], None]: ...
def _read(
    layer: str, where: str | None = None, columns: list[str] | None = None, geometry: bool = True
) -> tuple[dict[str, np.ndarray], np.ndarray | None]:
    from pyogrio.raw import read

    path = gpkg_path()
    if not path.exists():
        raise DataMissingError(f"bundled border data is missing ({path.name}); reinstall minebelt")
    meta_, _fids, geoms, fields = read(path, layer=layer, where=where, columns=columns, read_geometry=geometry)
    cols = {name: np.asarray(arr) for name, arr in zip(meta_["fields"], fields, strict=True)}
    if geometry:
        import shapely

        return cols, shapely.from_wkb(geoms)
    return cols, None


@dataclass(frozen=True)
class Segment:
    a: str
    b: str
    part: int
    seq: int
    kind: str
    start_km: float
    end_km: float
    length_km: float
    geometry: Any  # shapely LineString


@cache
def segments_table() -> dict[str, np.ndarray]:
    """Every border segment's attributes (no geometry): a, b, part, seq, kind, start_km, end_km, length_km."""
    cols, _ = _read("border_segments", geometry=False)
    return cols


@cache
def segment_lines() -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Every border segment's ``a``, ``b`` and ``kind`` with its line (lon/lat), read once (for world maps)."""
    cols, geoms = _read("border_segments", columns=["a", "b", "kind"])
    assert geoms is not None
    return cols, geoms


def _q(code: str) -> str:
    if not (len(code) == 3 and code.isalpha()):
        raise InputError(f"country code {code!r} must be ISO 3166-1 alpha-3")
    return code.upper()


def _grouped(cols: dict[str, np.ndarray], keys: tuple[str, ...]) -> dict[tuple[str, ...], np.ndarray]:
    """Row indices (in file order) of each distinct value of the columns ``keys``."""
    out: dict[tuple[str, ...], list[int]] = {}
    for i, k in enumerate(zip(*(cols[c].tolist() for c in keys), strict=True)):
        out.setdefault(tuple(str(v) for v in k), []).append(i)
    return {k: np.asarray(v, dtype=np.intp) for k, v in out.items()}


@cache
def _segments_by_pair() -> tuple[dict[str, np.ndarray], np.ndarray, dict[tuple[str, ...], np.ndarray]]:
    """Every segment with its line, read once, and the rows of each border pair: one read of
    the layer (about 40 ms) instead of one filtered read per border (about 5 ms each: a run
    over many borders reads hundreds)."""
    cols, geoms = _read("border_segments")
    return cols, geoms, _grouped(cols, ("a", "b"))


@cache
def _pair_segments(a: str, b: str) -> tuple[Segment, ...]:
    all_cols, all_geoms, rows = _segments_by_pair()
    sel = rows.get((a, b), np.empty(0, dtype=np.intp))
    cols = {k: v[sel] for k, v in all_cols.items()}
    geoms = all_geoms[sel]
    order = np.argsort(cols["seq"], kind="stable")
    return tuple(
        Segment(
            a=str(cols["a"][i]),
            b=str(cols["b"][i]),
            part=int(cols["part"][i]),
            seq=int(cols["seq"][i]),
            kind=str(cols["kind"][i]),
            start_km=float(cols["start_km"][i]),
            end_km=float(cols["end_km"][i]),
            length_km=float(cols["length_km"][i]),
            geometry=geoms[i],
        )
        for i in order
    )


def pair_segments(x: str, y: str) -> tuple[Segment, ...]:
    """The segments of the land border between ``x`` and ``y`` (any order), in km order."""
    a, b = sorted((_q(x), _q(y)))
    return _pair_segments(a, b)


def neighbours(code: str) -> list[str]:
    """Countries sharing a land border with ``code``, alphabetically."""
    t = segments_table()
    code = _q(code)
    out = set(t["b"][t["a"] == code].tolist()) | set(t["a"][t["b"] == code].tolist())
    return sorted(out)


@cache
def border_lengths() -> list[dict[str, Any]]:
    """One row per land border (a < b): a, b, length_km, land_km, water_km, parts (count),
    fragments (parts shorter than :data:`FRAGMENT_KM`), fragments_km and parts_km: each
    connected part with its km range on the border's km scale,
    ``{"part", "from_km", "to_km", "length_km", "land_km", "water_km", "gap_km", "fragment"}``.
    Parts follow each other on the scale (part 1 starts where part 0 ends); ``gap_km`` is the
    distance on the ground (geodesic) from the previous part's end to this part's start (None
    for part 0): the km scale jumps there."""
    t = segments_table()
    ends = _part_ends()
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    order = np.lexsort((t["seq"], t["b"], t["a"]))
    for i in order:
        a, b, kind, length, part = (
            str(t["a"][i]),
            str(t["b"][i]),
            str(t["kind"][i]),
            float(t["length_km"][i]),
            int(t["part"][i]),
        )
        r = rows.setdefault(
            (a, b), {"a": a, "b": b, "length_km": 0.0, "land_km": 0.0, "water_km": 0.0, "parts": 0, "parts_km": {}}
        )
        r["length_km"] += length
        r["land_km" if kind == "land" else "water_km"] += length
        r["parts"] = max(r["parts"], part + 1)
        p = r["parts_km"].setdefault(
            part,
            {
                "part": part,
                "from_km": float(t["start_km"][i]),
                "to_km": float(t["end_km"][i]),
                "length_km": 0.0,
                "land_km": 0.0,
                "water_km": 0.0,
            },
        )
        p["from_km"] = min(p["from_km"], float(t["start_km"][i]))
        p["to_km"] = max(p["to_km"], float(t["end_km"][i]))
        p["length_km"] += length
        p["land_km" if kind == "land" else "water_km"] += length
    out = []
    for k in sorted(rows):
        r = rows[k]
        r["parts_km"] = [r["parts_km"][p] for p in sorted(r["parts_km"])]
        prev = None
        for p in r["parts_km"]:
            first, last = ends.get((k[0], k[1], p["part"]), (None, None))
            p["gap_km"] = None if prev is None or first is None else _ground_km(prev, first)
            p["fragment"] = p["length_km"] < FRAGMENT_KM
            prev = last
        frags = [p for p in r["parts_km"] if p["fragment"]]
        r["fragments"] = len(frags)
        r["fragments_km"] = float(sum(p["length_km"] for p in frags))
        out.append(r)
    return out


@cache
def _part_ends() -> dict[tuple[str, str, int], tuple[Any, Any]]:
    """(first vertex, last vertex) of every part of every border, in km order."""
    import shapely

    cols, geoms = _read("border_segments", columns=["a", "b", "part", "seq"])
    order = np.lexsort((cols["seq"], cols["b"], cols["a"]))
    out: dict[tuple[str, str, int], tuple[Any, Any]] = {}
    for i in order:
        key = (str(cols["a"][i]), str(cols["b"][i]), int(cols["part"][i]))
        c = shapely.get_coordinates(geoms[i])
        if not len(c):
            continue
        first = out.get(key, (c[0], None))[0]
        out[key] = (first, c[-1])
    return out


def _ground_km(p: Any, q: Any) -> float:
    from pyproj import Geod

    return float(Geod(ellps="WGS84").inv(p[0], p[1], q[0], q[1])[2]) / 1000.0


def border_row(x: str, y: str) -> dict[str, Any] | None:
    a, b = sorted((_q(x), _q(y)))
    return next((r for r in border_lengths() if r["a"] == a and r["b"] == b), None)


@cache
def _territories() -> tuple[dict[str, np.ndarray], np.ndarray, dict[tuple[str, ...], np.ndarray]]:
    """The territory layer read once, and the rows of each country (in file order)."""
    cols, geoms = _read("territory", columns=["iso3"])
    return cols, geoms, _grouped(cols, ("iso3",))


@cache
def territory(code: str) -> Any:
    """The country's land within the data's margin of its land borders (shapely geometry)."""
    import shapely

    _cols, all_geoms, rows = _territories()
    geoms = all_geoms[rows.get((_q(code),), np.empty(0, dtype=np.intp))]
    if len(geoms) == 0:
        raise InputError(f"{code}: no land-border territory in the bundled data (the country has no land border)")
    geom = shapely.union_all(geoms)
    shapely.prepare(geom)
    return geom


@cache
def outlines() -> tuple[np.ndarray, np.ndarray]:
    """(iso3 codes, simplified outline geometries) of every country, for maps."""
    cols, geoms = _read("outlines")
    return cols["iso3"], geoms


def outline(code: str) -> Any:
    import shapely

    codes, geoms = outlines()
    sel = geoms[codes == _q(code)]
    if len(sel) == 0:
        raise InputError(f"{code}: not in the bundled country outlines")
    return shapely.union_all(sel)


@cache
def _inland_water() -> tuple[np.ndarray, Any]:
    """All inland water polygons and an STRtree over them (read once per process)."""
    import shapely

    _, geoms = _read("inland_water")
    return geoms, shapely.STRtree(geoms)


@lru_cache(maxsize=256)  # bounded: a long-running server sees a new box for every new depth
def inland_water_near(bounds: tuple[float, float, float, float]) -> Any:
    """Union of the bundled inland water polygons intersecting ``bounds`` (or None)."""
    import shapely

    geoms, tree = _inland_water()
    if len(geoms) == 0:
        return None
    hits = geoms[tree.query(shapely.box(*bounds))]
    if len(hits) == 0:
        return None
    geom = shapely.union_all(hits)
    shapely.prepare(geom)
    return geom


def inland_water_meeting(geom: Any) -> Any:
    """Union of the bundled inland water polygons that intersect ``geom`` (standard
    longitudes), or None: a belt's zone meets far fewer lakes than its bounding box holds (a
    long diagonal border's box, thousands), and only those change the belt."""
    import shapely

    geoms, tree = _inland_water()
    if len(geoms) == 0:
        return None
    idx = tree.query(shapely.box(*geom.bounds))
    shapely.prepare(geom)
    hits = geoms[idx[shapely.intersects(geom, geoms[idx])]]
    if len(hits) == 0:
        return None
    out = shapely.union_all(hits)
    shapely.prepare(out)
    return out


@cache
def overlaps_table() -> list[dict[str, Any]]:
    """Overlapping claims found in the source and how they were resolved."""
    cols, _ = _read("overlaps", geometry=False)
    keys = list(cols)
    n = len(cols[keys[0]]) if keys else 0
    return [{k: (cols[k][i].item() if hasattr(cols[k][i], "item") else cols[k][i]) for k in keys} for i in range(n)]
