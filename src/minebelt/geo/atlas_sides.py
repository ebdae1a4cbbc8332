"""Every side of every land border measured at one depth: the geometry of the atlas.

Layer: measure.

A *side* is one defender's belt behind its whole land border with one neighbour (``EST>RUS``:
Estonia's side of the Estonia-Russia border); every land border has two. :func:`measure_sides`
measures each side as ``minebelt estimate`` measures a whole-border section with the scenario
defaults (``along_water = "skip"``): it goes through :func:`minebelt.geo.sections.measure_sections`,
so a side in the bundled curves (:mod:`minebelt.data.border_belts`) is read from them (its area
exact at a node depth, within :data:`~minebelt.geo.curve.CURVE_REL_TOL` between nodes) and any
other is built from the lines in parallel threads. The people near each belt are those of
the exposure block (:func:`minebelt.geo.exposure.summarize_sides`: GeoNames places of 1,000
inhabitants or more, within 1, 5 and 10 km, the defender's side and the other side apart).

Results are cached per depth (:mod:`.atlas_cache`): in the process and on disk, so a second
atlas at the same depth costs no geometry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from .. import settings

if TYPE_CHECKING:
    from ..scenario import Scenario

Progress = Callable[[str, float], None]

#: Where a side's figures come from.
BUNDLED = "bundled curves"
LINES = "computed from the lines"


@dataclass(frozen=True)
class SideFigures:
    """One side measured at one depth.

    ``defender``/``neighbour``: ISO alpha-3; lengths in km (``length_km = land_km + water_km``;
    ``belt_front_km``: the km the belt is built behind, the land front); ``area_km2``: the belt;
    ``detached_km2``: the defender's land within the depth not attached to the front, left out;
    ``people``: ``{"defender_side" | "other_side": {"within_<r>km": {"places", "population"}}}``
    for r in :data:`minebelt.settings.EXPOSURE_RADII_KM`; ``source``: :data:`BUNDLED` or
    :data:`LINES`; ``note``: why a belt is empty, or ``""``.
    """

    defender: str
    neighbour: str
    length_km: float
    land_km: float
    water_km: float
    belt_front_km: float
    area_km2: float
    detached_km2: float
    people: dict[str, dict[str, dict[str, int]]]
    source: str
    note: str = ""

    @property
    def key(self) -> str:
        """``"EST>RUS"``."""
        return f"{self.defender}>{self.neighbour}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict[str, Any]) -> SideFigures:
        return SideFigures(**d)


def all_sides(countries: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """Every ``(defender, neighbour)`` of the bundled land borders, both ways, sorted; with
    ``countries``, only the sides whose defender or neighbour is one of them."""
    from ..data.borders import border_lengths

    keep = set(countries) if countries else None
    out = set()
    for r in border_lengths():
        a, b = r["a"], r["b"]
        if keep is None or a in keep or b in keep:
            out |= {(a, b), (b, a)}
    return sorted(out)


def side_scenario(sides: Sequence[tuple[str, str]], depth_km: float) -> Scenario:
    """The scenario whose sections are ``sides``, each a whole border at ``depth_km``, with the
    scenario defaults (rivers and lakes skipped); the density plays no part in the geometry."""
    from ..scenario import Defaults, Scenario, Section

    return Scenario(
        name="atlas",
        defaults=Defaults(depth_km=float(depth_km), density="korea-peak"),
        sections=[Section(name=f"{a}>{b}", country=a, border=b) for a, b in sides],
    )


def _people(dist: Any, defender: str, pl: Any) -> dict[str, dict[str, dict[str, int]]]:
    from .exposure import summarize_sides

    s = summarize_sides(dist, {defender}, pl, top=0)
    keys = [f"within_{r:g}km" for r in settings.EXPOSURE_RADII_KM]
    return {side: {k: dict(s[side][k]) for k in keys} for side in ("defender_side", "other_side")}


def _figures(a: str, b: str, g: Any, pl: Any) -> SideFigures:
    note = g.front.description.get("note", "")
    return SideFigures(
        defender=a,
        neighbour=b,
        length_km=float(g.length_km),
        land_km=float(g.land_km),
        water_km=float(g.water_km),
        belt_front_km=float(g.belt_front_km),
        area_km2=float(g.area_km2),
        detached_km2=float(g.detached_km2),
        people=_people(g.place_distances(pl), a, pl),
        source=BUNDLED if g.bundled is not None else LINES,
        note=str(note),
    )


def _with_total(progress: Any, total: int) -> Callable[[str, float], None]:
    """``progress(stage, fraction)``; a callback that takes a third argument also gets the
    number of sides the stage measures (a terminal shows "120/412 sides" and the time left)."""
    import inspect

    if progress is None:
        return lambda stage, frac: None
    try:
        params = list(inspect.signature(progress).parameters.values())
    except (TypeError, ValueError):
        params = []
    takes_total = len(params) >= 3 or any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in params)
    if not takes_total:
        return progress  # type: ignore[no-any-return]
    return lambda stage, frac: progress(stage, frac, total)


def _measure(
    sides: list[tuple[str, str]], depth_km: float, progress: Progress | None, belts: bool
) -> tuple[list[SideFigures], list[Any] | None]:
    """Measure ``sides`` (no cache): their figures and, with ``belts``, their belt polygons."""
    from ..data.places import places
    from ..scenario.resolve import resolve_scenario
    from .sections import measure_sections

    if not sides:
        return [], ([] if belts else None)
    sc = side_scenario(sides, depth_km)
    resolved = resolve_scenario(sc)
    tick = _with_total(progress, len(sides))
    tick("belts", 0.0)
    geoms = measure_sections(sc, resolved, progress=lambda f: tick("belts", f))
    pl = places()
    out: list[SideFigures] = []
    step = max(1, len(sides) // 50)
    for i, ((a, b), rs) in enumerate(zip(sides, resolved, strict=True)):
        out.append(_figures(a, b, geoms[rs.index], pl))
        if i % step == 0:
            tick("people", i / len(sides))
    tick("people", 1.0)
    polys = None
    if belts:
        polys = belt_polygons([geoms[rs.index] for rs in resolved], lambda f: tick("belt polygons", f))
    return out, polys


def belt_polygons(geoms: list[Any], progress: Callable[[float], None] | None = None) -> list[Any]:
    """The exact belt polygon (lon/lat) of each measured section, built in parallel threads
    (GEOS releases the GIL); None for an empty belt."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    def one(g: Any) -> Any:
        p = g.belt
        return None if p is None or p.is_empty else p

    done = 0
    out: list[Any] = []
    with ThreadPoolExecutor(max(1, min(len(geoms), os.cpu_count() or 1))) as pool:
        for p in pool.map(one, geoms):
            out.append(p)
            done += 1
            if progress and (done % 10 == 0 or done == len(geoms)):
                progress(done / len(geoms))
    return out


def measure_sides(
    depth_km: float,
    sides: Sequence[tuple[str, str]] | None = None,
    *,
    progress: Progress | None = None,
    use_cache: bool = True,
    belts: bool = False,
) -> tuple[list[SideFigures], list[Any] | None]:
    """Every side (or ``sides``) measured at ``depth_km`` (km, not validated here: see
    :mod:`minebelt.scenario.atlas_options`), in the order of ``sides``.

    Returns ``(figures, polygons)``: ``polygons`` is None unless ``belts`` (then one exact belt
    polygon per side, lon/lat, None for an empty belt: building them is the slow part of a
    GeoPackage). ``progress(stage, fraction)`` is called while measuring (stages ``"belts"``,
    ``"people"``, ``"belt polygons"``); a callback with a third parameter also gets the
    number of sides measured (sides read from the cache are not counted). With ``use_cache``, figures already measured at this
    depth on this data are read from the cache (:mod:`.atlas_cache`) and new ones are added
    to it.
    """
    from . import atlas_cache

    wanted = list(sides) if sides is not None else all_sides()
    cached = (
        {k: SideFigures.from_dict(v) for k, v in atlas_cache.read(depth_km).items()} if use_cache and not belts else {}
    )
    todo = [s for s in wanted if f"{s[0]}>{s[1]}" not in cached]
    new, polys = _measure(todo, depth_km, progress, belts) if todo else ([], None)
    if new and use_cache:
        atlas_cache.write(depth_km, {f.key: f.to_dict() for f in new})
    found = {**cached, **{f.key: f for f in new}}
    return [found[f"{a}>{b}"] for a, b in wanted], polys
