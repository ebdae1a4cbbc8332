"""Where a section's front comes from: the bundled curves of a whole border side, or the lines.

Layer: measure. :func:`bundled_front` reads a whole-border section (no stretch, no mask, one
defender, one neighbour) from :mod:`minebelt.data.border_belts`; :func:`live_front` builds any
other from the border data or the user's line (:mod:`.front`, :mod:`.line`). Both give a
:class:`~.front_belts.FrontBelts`. :func:`front_record` is the inverse of the bundled reading
(used by ``scripts/build_border_belts.py``), so the two describe a front the same way.
:func:`read_geometry` reads a drawn ``line`` or ``mask`` through the checked loader of
:mod:`minebelt.scenario.geojson` (a degenerate shape is refused, never made valid).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from ..errors import InputError
from .front import Front, Run
from .front_belts import BundledRow, FrontBelts, LiveFront

if TYPE_CHECKING:
    from ..scenario import Scenario
    from ..scenario.resolve import ResolvedSection

_NO_COORDS = np.empty((0, 2))


def front_record(front: Front) -> dict[str, Any]:
    """A whole-border front as JSON: its description and its runs without coordinates."""
    return {
        "description": front.description,
        "runs": [[r.kind, r.km, r.pair, r.member, *(r.km_range or (None, None))] for r in front.runs],
    }


def front_from_record(rec: dict[str, Any], along_water: str) -> Front:
    """The :class:`Front` of a bundled side (runs without coordinates: figures only)."""
    runs = [
        Run(kind, _NO_COORDS, km, pair, member, None if a is None else (a, b))
        for kind, km, pair, member, a, b in rec["runs"]
    ]
    return Front(runs=runs, along_water=along_water, description=dict(rec["description"]))


def is_whole_border(rs: ResolvedSection) -> bool:
    """A section the bundle can answer: a whole border between one defender and one neighbour."""
    s = rs.section
    return (
        s.line is None
        and s.mask is None
        and s.from_km is None
        and s.to_km is None
        and s.border is not None
        and "+" not in s.country
        and "+" not in s.border
    )


def bundled_front(rs: ResolvedSection) -> FrontBelts | None:
    """The section's front from the bundled curves, or None (not a whole border, no bundle,
    a stale bundle, or a side the bundle does not hold)."""
    if not is_whole_border(rs):
        return None
    from ..data.border_belts import bundle

    b = bundle()
    if b is None:
        return None
    s = rs.section
    side = b.side(s.country.upper(), str(s.border).upper())
    if side is None or rs.along_water not in side.rows:
        return None
    row = side.rows[rs.along_water]
    front = front_from_record(side.front, rs.along_water)
    country, border, aw = s.country, str(s.border), rs.along_water

    def live() -> LiveFront:
        from .belt import defender_land
        from .front import border_front

        f = border_front(country, border, None, None, aw, None, f"{country}>{border}")
        return LiveFront(f, f.build_lines(), None, defender_land(country, near_line=True), None, f.cuts)

    fb = FrontBelts(front, live, BundledRow(b, row), has_lines=bool(side.front["has_lines"][aw]))
    fb.bbox = side.bbox
    return fb


class Drawn(NamedTuple):
    """A section's drawn ``line`` and ``mask`` (shapely, lon/lat), each None when not given."""

    line: Any
    mask: Any


def read_geometry(value: Any, base: Path, where: str, field: str) -> Any:
    """A section's ``line`` (one LineString) or ``mask`` (Polygon or MultiPolygon) as a shapely
    geometry (EPSG:4326), from a file path or an object.

    The file (regular, size-capped), the structure, the CRS, the vertex cap and the shape (a
    line with a length whose parts join, a valid polygon) are checked by
    :func:`minebelt.scenario.geojson.load_geojson`: a degenerate geometry is refused there,
    never made valid into a different shape here.
    """
    import shapely

    from ..scenario.geojson import LINE_TYPES, MASK_TYPES, load_geojson

    doc = load_geojson(value, base, where, LINE_TYPES if field == "line" else MASK_TYPES)
    try:
        return shapely.from_geojson(json.dumps(doc))
    except Exception:  # shapely raises GEOSException for malformed input
        raise InputError(f"{where}: invalid GeoJSON geometry") from None


def live_front(sc: Scenario, rs: ResolvedSection, where: str, drawn: Drawn | None = None) -> FrontBelts:
    """The section's front built from the border data or its drawn line (raises
    :class:`InputError` naming the section for a front that cannot be built). ``drawn``: the
    section's line and mask already read by :func:`read_geometry`, else read here."""
    from .belt import defender_land
    from .front import border_front
    from .line import line_front

    s = rs.section
    if drawn is None:
        drawn = Drawn(
            read_geometry(s.line, sc.base_dir, f"{where}: line", "line") if s.line is not None else None,
            read_geometry(s.mask, sc.base_dir, f"{where}: mask", "mask") if s.mask is not None else None,
        )
    mask = drawn.mask
    if s.line is not None:
        line = drawn.line
        front = line_front(line, mask, where, rs.along_water)
        land = defender_land(s.country, near_line=False)
        side = s.side
    else:
        front = border_front(s.country, s.border or "", s.from_km, s.to_km, rs.along_water, mask, where)
        land = defender_land(s.country, near_line=True)
        side = None
    lf = LiveFront(front, front.build_lines(), side, land, mask, front.cuts)
    fb = FrontBelts(front, lambda: lf)
    coords = [r.coords for r in front.runs if len(r.coords)]
    if coords:
        allc = np.vstack(coords)
        fb.bbox = (float(allc[:, 0].min()), float(allc[:, 1].min()), float(allc[:, 0].max()), float(allc[:, 1].max()))
    return fb


def depth_notes(
    front: Front, s: Any, depth: float, area_km2: float, detached_km2: float, has_lines: bool, where: str
) -> None:
    """Notes (and errors) of a front at the point depth, in ``front.description``.

    Raises :class:`InputError` for a drawn line with none of the defender's land on its side,
    and for a mask that covers none of it.
    """
    if front.belt_front_km <= 0.0 and front.along_water == "skip":
        # the (masked) front runs only along rivers and lakes: no belt is built behind it
        front.description["note"] = (
            'the front runs only along rivers and lakes and along_water = "skip": no belt behind it, 0 mines'
        )
        front.description["warning"] = (
            f'{s.name}: the front runs only along water and along_water = "skip": no belt, 0 mines (set along_water = "include" to build one)'
        )
    elif has_lines and area_km2 <= 0.0:
        if s.line is not None:
            raise InputError(
                f"{where}: line: none of {s.country}'s land lies within {depth:g} km on the {s.side} side of the line "
                "(left/right as seen walking from its first point to its last; check 'side', the line's direction and 'country')"
            )
        if s.mask is not None:
            raise InputError(
                f"{where}: mask: covers none of {s.country}'s land within {depth:g} km of the front; the belt would be empty"
            )
        # a whole border with no land of the defender next to it: a quirk of the bundled data
        # (e.g. a causeway border); reported, not refused
        front.description["note"] = (
            f"none of {s.country}'s land lies within {depth:g} km of this front in the bundled data"
        )
    if detached_km2 > 0.0:
        front.description["detached_km2"] = detached_km2
