"""Reader of the bundled belt curves of every land border side (``data/border_belts.npz``).

Layer: data. Built by ``scripts/build_border_belts.py`` from the bundled ``borders.gpkg`` with
minebelt's own geometry: for each side of every land border (defender ``A`` against
neighbour ``B``, the whole border, no mask) and each ``along_water`` that gives a different
belt, the front's figures and runs (no coordinates), and at every node depth of the file
(``nodes_km``): the exact belt area and detached land (km²), the distance (km) from every
populated place that comes within 10 km of the belt at the deepest node, and the km² shared
with each other side of the same defender whose belt it meets. ``minebelt.geo.sections`` reads
a whole-border section from here without building a polygon.

A file built from other border data is *stale*: its ``borders_sha256`` (the SHA-256 of the
``borders.gpkg`` it was built from) must equal the installed file's, else :func:`bundle`
returns None and every section is computed from the lines; likewise for ``places.npz``
(``places_xy_sha256``: :func:`places_xy_sha256`, the places' order, positions and countries,
which the distances were measured on; a column added to the places, such as a name in another
script, keeps the bundle). A run reads both hashes from what the builds recorded (the border
file's beside it: :func:`gpkg_sha256`; the places' in their meta: :func:`places_xy_sha256`),
tested equal to the files'; :func:`stale_reason` hashes the border file itself.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from . import borders

FILE = "border_belts.npz"
SCHEMA = "minebelt.border_belts/1"


@cache
def _sha256(path: str, size: int, mtime_ns: int) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, computed once per process for each (path, size, modification time)."""
    st = path.stat()
    return _sha256(str(path), st.st_size, st.st_mtime_ns)


def gpkg_sha256(path: Path) -> str:
    """SHA-256 of a ``borders.gpkg``: the one its build recorded beside it (``gpkg_sha256`` in
    ``borders_meta.json``, with ``gpkg_bytes``) when the file has the recorded size, else the
    file's own (:func:`file_sha256`, about 40 ms for the bundled 26 MB). A test holds the
    bundled record equal to the file's hash, so a file replaced without its record fails there."""
    try:
        rec = json.loads((path.parent / "borders_meta.json").read_text(encoding="utf-8"))
        recorded, size = rec.get("gpkg_sha256"), rec.get("gpkg_bytes")
    except (OSError, ValueError):
        recorded = size = None
    if isinstance(recorded, str) and size == path.stat().st_size:
        return recorded
    return file_sha256(path)


#: ``minebelt/geo`` modules whose code decides a belt's geometry. A bundle measured on belts
#: records their hash (:func:`geo_code_sha256`) with the modules of its own stage, so that a
#: change to one of them shows the bundle as stale.
BELT_CODE = ("belt.py", "front.py", "measure.py", "projection.py", "stretch_ends.py", "zone.py", "zone_parts.py")


def geo_code_sha256(names: tuple[str, ...], seed: bytes = b"") -> str:
    """SHA-256 over ``seed`` then each ``minebelt/geo`` module of ``names`` (name, NUL, bytes),
    in sorted order so the hash does not depend on how a caller lists them."""
    h = hashlib.sha256(seed)
    geo = Path(__file__).resolve().parents[1] / "geo"
    for name in sorted(set(names)):
        h.update(name.encode() + b"\0" + (geo / name).read_bytes())
    return h.hexdigest()


#: What the places file records of its own columns in its meta (``scripts/build_places.py``):
#: the SHA-256 over these columns' bytes, in this order.
PLACES_RECORDS = {"xy_sha256": ("lon", "lat", "country"), "admin1_sha256": ("admin1",)}


def places_columns_sha256(path: Path, record: str) -> str:
    """SHA-256 over the columns of ``PLACES_RECORDS[record]`` of the places file at ``path``,
    computed from the columns themselves (what its build records)."""
    h = hashlib.sha256()
    with np.load(path) as z:
        for k in PLACES_RECORDS[record]:
            h.update(np.ascontiguousarray(z[k]).tobytes())
    return h.hexdigest()


@cache
def _places_sha256(path: str, size: int, mtime_ns: int, record: str) -> str:
    with np.load(path) as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8")) if "meta" in z.files else {}
    got = meta.get(record)
    return got if isinstance(got, str) else places_columns_sha256(Path(path), record)


def _places_record(path: Path | None, record: str) -> str:
    p = path or places_path()
    st = p.stat()
    return _places_sha256(str(p), st.st_size, st.st_mtime_ns, record)


def places_xy_sha256(path: Path | None = None) -> str:
    """SHA-256 of the places' ``lon``, ``lat`` (float64) and ``country`` (``<U3``) columns in
    file order: what the bundle's place indices and distances depend on (names, populations and
    other columns are read from the places file itself). The value the places file records in
    its meta (``xy_sha256``; a test holds it equal to the columns'), else the columns hashed."""
    return _places_record(path, "xy_sha256")


def places_admin1_sha256(path: Path | None = None) -> str:
    """SHA-256 of the places' ``admin1`` column (region codes), as :func:`places_xy_sha256`."""
    return _places_record(path, "admin1_sha256")


@dataclass(frozen=True)
class Side:
    """One side of a land border in the bundle: ``front`` (description and runs: kind, km, pair,
    member, from_km, to_km), ``bbox`` (lon/lat of the front), ``rows``: the curve row of each
    ``along_water``."""

    defender: str
    neighbour: str
    front: dict[str, Any]
    bbox: tuple[float, float, float, float]
    rows: dict[str, int]


class Bundle:
    """The open bundle: node depths, per-row curves, place distances and pair overlaps."""

    def __init__(self, path: Path, meta: dict[str, Any]) -> None:
        self.path = path
        self.meta = meta
        self.nodes = np.asarray(meta["nodes_km"], dtype=float)
        self._z = np.load(path)
        self._keys = {k: i for i, k in enumerate(meta["sides"])}
        self._cache: dict[str, np.ndarray] = {}
        self._sides: dict[str, Side | None] = {}

    def _arr(self, name: str) -> np.ndarray:
        a = self._cache.get(name)
        if a is None:
            a = self._cache[name] = self._z[name]
        return a

    def side(self, defender: str, neighbour: str) -> Side | None:
        """The bundled side ``defender`` against ``neighbour``, or None."""
        key = f"{defender}>{neighbour}"
        if key in self._sides:
            return self._sides[key]
        i = self._keys.get(key)
        out = None
        if i is not None:
            off = self._arr("front_offsets")
            blob = self._arr("front_json")
            rec = json.loads(bytes(blob[off[i] : off[i + 1]]).decode("utf-8"))
            out = Side(defender, neighbour, rec["front"], tuple(rec["bbox"]), rec["rows"])
        self._sides[key] = out
        return out

    def areas(self, row: int) -> np.ndarray:
        """Belt area (km²) at every node depth."""
        return self._arr("area_km2")[row]

    def detached(self, row: int) -> np.ndarray:
        """Detached land (km²) at every node depth."""
        return self._arr("detached_km2")[row]

    def places(self, row: int) -> tuple[np.ndarray, np.ndarray]:
        """``(place index, distance km at every node)`` of the places near the row's belts."""
        off = self._arr("place_offsets")
        a, b = off[row], off[row + 1]
        return self._arr("place_index")[a:b], self._arr("place_km")[a:b]

    def pair(self, row_a: int, row_b: int) -> np.ndarray | None:
        """km² shared by two rows' belts at every node depth (None: they never meet)."""
        key = (min(row_a, row_b), max(row_a, row_b))
        index = self._cache.get("_pairs")
        if index is None:
            rows = self._arr("pair_rows")
            index = self._cache["_pairs"] = {(int(a), int(b)): i for i, (a, b) in enumerate(rows)}  # type: ignore[assignment]
        i = index.get(key)  # type: ignore[union-attr]
        return None if i is None else self._arr("pair_km2")[i]


def bundle_path() -> Path:
    return borders.data_dir() / FILE


def places_path() -> Path:
    """The bundled places (the exposure tables were measured on them)."""
    from importlib.resources import files

    return Path(str(files("minebelt").joinpath("data/places.npz")))


@cache
def _open(path: str, gpkg: str) -> Bundle | None:
    p = Path(path)
    if not p.exists() or not Path(gpkg).exists():
        return None
    with np.load(p) as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
    if meta.get("schema") != SCHEMA or meta.get("borders_sha256") != gpkg_sha256(Path(gpkg)):
        return None
    if meta.get("places_xy_sha256") != places_xy_sha256():
        return None
    return Bundle(p, meta)


def bundle() -> Bundle | None:
    """The bundled curves, or None when the file is missing or was built from other border data."""
    return _open(str(bundle_path()), str(borders.gpkg_path()))


def stale_reason() -> str | None:
    """Why the bundle is not used (missing, other schema, other border data), or None."""
    p = bundle_path()
    if not p.exists():
        return f"{FILE} is missing"
    with np.load(p) as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
    if meta.get("schema") != SCHEMA:
        return f"{FILE} has schema {meta.get('schema')!r}, not {SCHEMA!r}"
    want = file_sha256(borders.gpkg_path())
    if meta.get("borders_sha256") != want:
        return f"{FILE} was built from borders.gpkg {meta.get('borders_sha256', '?')[:12]}..., installed {want[:12]}...: rebuild it (python scripts/build_border_belts.py)"
    if meta.get("places_xy_sha256") != places_xy_sha256():
        return f"{FILE} was built from another places.npz: rebuild it (python scripts/build_border_belts.py)"
    return None


def expected_sides() -> dict[str, tuple[str, ...]]:
    """Every side of every land border of the installed data, ``"A>B"`` for defender ``A`` and
    neighbour ``B`` (both directions of each pair), with the ``along_water`` rows it needs:
    ``("skip",)``, and ``("skip", "include")`` when the border has water (km > 0)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in borders.border_lengths():
        rows = ("skip", "include") if r["water_km"] > 0.0 else ("skip",)
        out[f"{r['a']}>{r['b']}"] = out[f"{r['b']}>{r['a']}"] = rows
    return out


def partial_defenders(path: Path | None = None) -> list[str] | None:
    """The defenders a partial bundle was built for (``build_border_belts.py --only``), or None
    for a build of every defender (or no file)."""
    p = bundle_path() if path is None else path
    if not p.exists():
        return None
    with np.load(p) as z:
        only = json.loads(bytes(z["meta"]).decode("utf-8")).get("only")
    return None if only is None else list(only)


def missing_sides(path: Path | None = None, defenders: list[str] | None = None) -> list[str]:
    """What the bundle file (default: the installed one) lacks against the installed border
    data: ``"A>B"`` for a side not in it, ``"A>B include"`` for a side without the row of an
    ``along_water`` it needs; empty when it is complete. Every side when the file is missing.
    ``defenders``: only the sides of these defenders are wanted (a partial build's own check).
    Completeness only: whether the file was built from these data is :func:`stale_reason`."""
    want = expected_sides()
    if defenders is not None:
        want = {k: v for k, v in want.items() if k.split(">")[0] in set(defenders)}
    p = bundle_path() if path is None else path
    if not p.exists():
        return sorted(want)
    with np.load(p) as z:
        meta = json.loads(bytes(z["meta"]).decode("utf-8"))
        keys = list(meta.get("sides", []))
        offsets, blob = z["front_offsets"], z["front_json"]
        have: dict[str, set[str]] = {}
        for i, key in enumerate(keys):
            if key in want:
                have[key] = set(json.loads(bytes(blob[offsets[i] : offsets[i + 1]]).decode("utf-8"))["rows"])
    out = []
    for key, rows in sorted(want.items()):
        if key not in have:
            out.append(key)
        else:
            out += [f"{key} {aw}" for aw in rows if aw not in have[key]]
    return out


def clear() -> None:
    """Forget the open bundle and the file hashes (tests that swap the data)."""
    _open.cache_clear()
    _sha256.cache_clear()
    _places_sha256.cache_clear()
