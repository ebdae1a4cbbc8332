"""The front of a section, computed once: border (or drawn line) ∩ stretch ∩ mask, as land and water.

Layer: measure.

A section's *front* is the line it defends:

* a border section: the bundled border between each defender and each neighbour
  (:mod:`minebelt.data.borders`), cut to the ``from_km``–``to_km`` stretch;
* a drawn section: the user's ``line``;

then clipped to the ``mask`` polygon when one is given. The front is kept as *runs*: connected
pieces of line, each ``land`` or ``water`` (a drawn line is split by the bundled inland water,
:mod:`minebelt.geo.line`), each carrying the km of front it stands for and, on a border, its
km range on that border's scale. The belt is built behind the *unmasked* runs
(``build_runs``) and masked afterwards, so masks that partition a border partition its belt. The belt is built behind the land runs (``along_water = "skip"``) or
behind all of them (``"include"``); that is the *belt front*. Every figure that depends on the
front reads this one object: ``length_km`` (= ``land_km`` + ``water_km``), ``belt_front_km``,
the belt polygon, per-km-of-front densities, ``mines_per_km_front`` and calibration.

Kilometres of a border are on the dataset's own km scale: the bundled ``start_km``/``end_km``
of every segment, measured by the data build on the full-resolution line from the border's
km 0 (``km0_rule``; not an official chainage). A stretch or a mask
that keeps a part of a stored (simplified) segment keeps that share of the segment's km,
the share measured geodesically on the stored line (see :mod:`minebelt.geo.measure`); the km
scale's functions are in :mod:`minebelt.geo.front_km` (importable from here too).

Errors are :class:`~minebelt.errors.InputError` naming the section: no shared border, a
stretch outside the border, a mask that misses the front.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError
from .front_km import segment_km as segment_km
from .front_km import stretch_bounds as stretch_bounds
from .front_km import substring_km as substring_km
from .measure import into_frame, vertex_km

LAND = "land"
WATER = "water"


@dataclass(frozen=True)
class Run:
    """A connected piece of front.

    ``coords``: (n, 2) lon/lat, densified, longitudes unwrapped (may run past ±180°);
    ``kind``: ``"land"`` or ``"water"``; ``km``: the km of front it stands for.
    """

    kind: str
    coords: np.ndarray
    km: float
    pair: str | None = None  #: "A-B" (sorted) of a border run; None on a drawn line
    member: str | None = None  #: the defender of ``pair`` (one code of a joint front)
    km_range: tuple[float, float] | None = None  #: from/to km on the pair's km scale


@dataclass
class Front:
    """A section's front as runs, with what was clipped (``description``).

    ``runs``: after stretch and mask (every length reads them); ``build_runs``: before the
    mask (the belt is built behind them and masked afterwards); empty means ``runs``.
    """

    runs: list[Run]
    along_water: str  #: "skip" or "include"
    description: dict[str, Any] = field(default_factory=dict)
    build_runs: list[Run] = field(default_factory=list)
    cuts: list[Any] = field(default_factory=list)  #: stretch ends inside a border (:mod:`.stretch_ends`)

    @property
    def land_km(self) -> float:
        return float(sum(r.km for r in self.runs if r.kind == LAND))

    @property
    def water_km(self) -> float:
        return float(sum(r.km for r in self.runs if r.kind == WATER))

    @property
    def length_km(self) -> float:
        return self.land_km + self.water_km

    def builds(self, run: Run) -> bool:
        """True when the belt is built behind ``run``."""
        return run.kind == LAND or self.along_water == "include"

    @property
    def belt_front_km(self) -> float:
        """Km of front the belt is built behind: ``land_km`` with ``skip``, ``length_km`` with ``include``."""
        return float(sum(r.km for r in self.runs if self.builds(r)))

    def line(self) -> Any:
        """All runs as one MultiLineString (frame longitudes)."""
        import shapely

        return shapely.MultiLineString([r.coords for r in self.runs if _has_length(r.coords)])

    def intervals(self) -> list[tuple[str, str, str, bool, float, float]]:
        """``(pair, member, kind, built, from_km, to_km)`` of every border run (after the mask):
        the km of front it covers, for counting overlapping sections once."""
        return [
            (r.pair, r.member or "", r.kind, self.builds(r), *r.km_range) for r in self.runs if r.pair and r.km_range
        ]

    def build_lines(self) -> list[np.ndarray]:
        """The unmasked runs the belt is built behind, consecutive ones joined (direction kept)."""
        import shapely

        keep = [r.coords for r in (self.build_runs or self.runs) if self.builds(r) and _has_length(r.coords)]
        if len(keep) <= 1:
            return keep
        merged = shapely.line_merge(shapely.MultiLineString(keep), directed=True)
        return [shapely.get_coordinates(p) for p in shapely.get_parts(merged) if len(shapely.get_coordinates(p)) >= 2]

    def summary(self) -> dict[str, Any]:
        """The ``front`` block of a section row: where the front comes from and what was clipped."""
        out = dict(self.description)
        out.update(
            {
                "length_km": round(self.length_km, 6),
                "land_km": round(self.land_km, 6),
                "water_km": round(self.water_km, 6),
                "belt_behind": (
                    "line"
                    if self.description.get("source") == "line"
                    else "land"
                    if self.along_water == "skip"
                    else "land and water"
                ),
                "belt_front_km": round(self.belt_front_km, 6),
                "runs": len(self.runs),
            }
        )
        return out


def _has_length(coords: np.ndarray) -> bool:
    return len(coords) >= 2 and bool(np.any(coords[1:] != coords[:-1]))


# ----------------------------------------------------------------------------- building


def _neighbours_hint(code: str) -> str:
    from ..data.borders import neighbours

    nb = sorted({n for m in code.split("+") for n in neighbours(m)})
    return f"{code}'s land neighbours: {', '.join(nb)}" if nb else f"{code} has no land border in the bundled data"


def _neighbour_error(where: str, c: str, b: str) -> InputError:
    return InputError(f"{where}: border: {c} and {b} share no land border ({_neighbours_hint(c)})")


def _joint_error(where: str, field_: str, value: str, member: str, other: str) -> InputError:
    """A member of a joint ``country``/``border`` (``A+B``) that borders none of the other side."""
    return InputError(
        f"{where}: {field_} = {value!r}: {member} shares no land border with {other} ({_neighbours_hint(member if field_ == 'country' else other)}); "
        f"remove it from the joint {field_} or give it a section of its own"
    )


def _chain(runs: list[Run]) -> list[Run]:
    """Runs with longitudes continuous from one run to the next (then centred on [-180, 180])."""
    out: list[Run] = []
    prev: float | None = None
    for r in runs:
        c = r.coords
        if prev is not None:
            c = c + np.array([360.0 * np.round((prev - c[0, 0]) / 360.0), 0.0])
        prev = float(c[-1, 0])
        out.append(Run(r.kind, c, r.km, r.pair, r.member, r.km_range))
    if out:
        lo = min(float(r.coords[:, 0].min()) for r in out)
        hi = max(float(r.coords[:, 0].max()) for r in out)
        k = np.round((lo + hi) / 2 / 360.0)
        if k:
            out = [Run(r.kind, r.coords - np.array([360.0 * k, 0.0]), r.km, r.pair, r.member, r.km_range) for r in out]
    return out


def runs_bounds(runs: list[Run]) -> tuple[float, float, float, float]:
    allc = np.vstack([r.coords for r in runs])
    return (float(allc[:, 0].min()), float(allc[:, 1].min()), float(allc[:, 0].max()), float(allc[:, 1].max()))


def clip_runs(runs: list[Run], mask: Any) -> list[Run]:
    """The parts of ``runs`` inside ``mask`` (standard lon/lat polygon); each keeps its share of
    km and, on a border, its km range (located geodesically along the run)."""
    import shapely

    if not runs:
        return []
    x0, y0, x1, y1 = runs_bounds(runs)
    m = into_frame(mask, (x0 - 1.0, max(y0 - 1.0, -90.0), x1 + 1.0, min(y1 + 1.0, 90.0)))
    shapely.prepare(m)
    out: list[Run] = []
    for r in runs:
        if not _has_length(r.coords):
            if shapely.contains_xy(m, *r.coords[0]):
                out.append(r)
            continue
        line = shapely.LineString(r.coords)
        if shapely.contains(m, line):
            out.append(r)
            continue
        inside = shapely.intersection(line, m)
        lines = [
            p for p in shapely.get_parts(shapely.get_parts(inside)) if p.geom_type == "LineString" and not p.is_empty
        ]
        if not lines:
            continue
        merged = shapely.line_merge(shapely.MultiLineString(lines), directed=True)
        geo_cum = vertex_km(r.coords)
        full = float(geo_cum[-1])
        if full <= 0:
            continue
        plan_cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(r.coords, axis=0).T))])
        for p in shapely.get_parts(merged):
            c = shapely.get_coordinates(p)
            if len(c) < 2:
                continue
            rng = None
            if r.km_range is not None:
                at = [
                    float(np.interp(shapely.line_locate_point(line, shapely.Point(q)), plan_cum, geo_cum))
                    for q in (c[0], c[-1])
                ]
                k0, k1 = r.km_range
                rng = (k0 + (k1 - k0) * min(at) / full, k0 + (k1 - k0) * max(at) / full)
            out.append(Run(r.kind, c, r.km * float(vertex_km(c)[-1]) / full, r.pair, r.member, rng))
    return out


def gaps(runs: list[Run], min_km: float = 0.05) -> list[dict[str, Any]]:
    """Where consecutive runs of one border pair do not meet on the ground (more than ``min_km``
    apart): ``{"pair", "at_km", "ground_km"}``: the km scale jumps there (a new part of the border)."""
    from .measure import _geod

    out = []
    for r0, r1 in zip(runs[:-1], runs[1:], strict=True):
        if r0.pair is None or r0.pair != r1.pair or not len(r0.coords) or not len(r1.coords):
            continue
        (x0, y0), (x1, y1) = r0.coords[-1], r1.coords[0]
        km = float(_geod().inv(x0, y0, x1, y1)[2]) / 1000.0
        if km > min_km:
            out.append(
                {"pair": r0.pair, "at_km": round(r0.km_range[1] if r0.km_range else 0.0, 3), "ground_km": round(km, 3)}
            )
    return out


def border_front(
    country: str,
    border: str,
    from_km: float | None,
    to_km: float | None,
    along_water: str,
    mask: Any,
    where: str,
) -> Front:
    """The front of a border section: every defender–neighbour border ∩ stretch ∩ mask."""
    from ..data.borders import pair_segments

    countries = country.split("+")
    neighbours = border.split("+")
    pairs = [(c, b) for c in countries for b in neighbours if pair_segments(c, b)]
    if not pairs:
        raise _neighbour_error(where, country, border)
    if len(countries) > 1 or len(neighbours) > 1:
        for b in neighbours:
            if not any(p[1] == b for p in pairs):
                raise _joint_error(where, "border", border, b, country)
        for c in countries:
            if not any(p[0] == c for p in pairs):
                raise _joint_error(where, "country", country, c, border)
    stretch = from_km is not None or to_km is not None
    if stretch and len(pairs) != 1:
        raise InputError(
            f"{where}: from_km/to_km: need a single defender and a single neighbour (a stretch of one border)"
        )
    runs: list[Run] = []
    border_km = 0.0
    desc: dict[str, Any] = {"source": "border", "pairs": ["-".join(sorted(p)) for p in pairs]}
    for c, b in pairs:
        segs = pair_segments(c, b)
        name = "-".join(sorted((c, b)))
        total = segs[-1].end_km
        border_km += total
        lo, hi = (0.0, total)
        if stretch:
            lo, hi = stretch_bounds(from_km, to_km, total, f"{c}-{b}", where)
            desc["stretch"] = {"from_km": lo, "to_km": hi}
            if to_km is not None and to_km != hi:
                desc["stretch"]["to_km_requested"] = float(to_km)
        pair_runs = []
        for seg in segs:
            a_ = max(lo, seg.start_km)
            b_ = min(hi, seg.end_km)
            if b_ <= a_:
                continue
            coords, cum_km = segment_km(seg)
            if a_ > seg.start_km or b_ < seg.end_km:
                coords = substring_km(coords, cum_km, a_, b_)
            if len(coords) < 2:
                coords = np.vstack([coords, coords]) if len(coords) else np.zeros((2, 2))
            # a segment the data simplification collapsed to a point keeps its km
            pair_runs.append(Run(seg.kind, coords, b_ - a_, name, c, (a_, b_)))
        pair_runs = _chain(pair_runs)
        if stretch and pair_runs:
            from .stretch_ends import cut_chord

            ends = [
                cut_chord(segs, lo, pair_runs[0].coords[0], segment_km),
                cut_chord(segs, hi, pair_runs[-1].coords[-1], segment_km),
            ]
            cuts = [c for c in ends if c is not None]
        runs += pair_runs
    desc["border_km"] = border_km
    stretch_km = float(sum(r.km for r in runs))
    desc["stretch_km"] = stretch_km
    jumps = gaps(runs)
    desc["contiguous"] = not jumps
    if jumps:
        desc["gaps"] = jumps
    build_runs = runs
    if mask is not None:
        runs = clip_runs(runs, mask)
        kept = float(sum(r.km for r in runs))
        if not runs or kept <= 0:
            what = f"km {desc['stretch']['from_km']:g}-{desc['stretch']['to_km']:g} of the " if stretch else "the "
            raise InputError(
                f"{where}: mask: does not overlap {what}{' + '.join(desc['pairs'])} border; the mask must cover part of the front"
            )
        desc["mask_clipped_km"] = stretch_km - kept
    else:
        desc["mask_clipped_km"] = 0.0
    return Front(
        runs=runs, along_water=along_water, description=desc, build_runs=build_runs, cuts=cuts if stretch else []
    )
