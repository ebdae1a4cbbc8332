"""The world atlas of border belts: :func:`atlas` ranks every side of every land border.

Layer: pipeline. One row per side (a defender's belt behind its whole land border with one
neighbour) at one depth: the side's geometry from :func:`minebelt.geo.atlas_sides.measure_sides`
(the bundled curves where the side is bundled, the lines elsewhere; cached per depth), then
the pure model functions of :mod:`minebelt.model` at the point values ``minebelt estimate``
uses for a whole-border section with the scenario defaults:

- mines under every named density model (``minebelt models``): belt area x an areal density,
  or the km of front the belt is built behind x a linear density;
- clearance years at one stated workforce for every side (``deminers``, or a preset of
  :data:`minebelt.model.clearance_workforce.WORKFORCE_PRESETS`, by default Ukraine's certified
  operators): the clearance block's effort model (mines / mines per deminer-year + cleared m² /
  m² per deminer-year, the productivities fitted on historical clearances, the default land
  release and unrecorded allowance), resolved by :mod:`minebelt.scenario.clearance_inputs`
  exactly as for a scenario whose ``[clearance]`` states that workforce;
- people within 1, 5 and 10 km of the belt, the defender's side and the other side apart.

A row therefore equals :func:`minebelt.estimate` of a one-section scenario for that side at
that depth with that workforce (``tests/unit/pipeline/test_atlas.py``). The result is a passive
:class:`~.atlas_result.Atlas`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from .. import model, settings
from .atlas_result import Atlas

Progress = Callable[[str, float], None]


def clearance_point(deminers: float | None, workforce: str | None) -> dict[str, Any]:
    """The clearance inputs at their point values for a stated workforce (``deminers``) or a
    preset (``workforce``), resolved as a scenario's ``[clearance]`` block would be, with what
    the output states about them."""
    from ..model import clearance_workforce as wf
    from ..model.clearance_history import CONDITIONS
    from ..scenario import Clearance, Defaults, Scenario, Section
    from ..scenario.blocks import extras_inputs

    block = Clearance(deminers=deminers) if deminers is not None else Clearance(workforce=workforce)
    sc = Scenario(
        name="atlas",
        defaults=Defaults(depth_km=2.0, density="korea-peak"),
        sections=[Section(name="side", country="EST", border="RUS")],
        clearance=block,
    )
    k = extras_inputs(sc)["clearance"]
    cap = k["capacity"]
    preset = cap.get("preset")
    shares = k["land_release"]["shares"]
    out: dict[str, Any] = {
        "deminers": float(cap["deminers"].dist.median),
        "workforce": preset.key if preset is not None else None,
        "programme": preset.programme if preset is not None else None,
        "scope": preset.scope if preset is not None else "stated",
        "year": preset.year if preset is not None else None,
        "minefield_condition": cap["condition"]["key"],
        "minefield_condition_text": CONDITIONS[cap["condition"]["key"]],
        "mines_per_deminer_year": float(cap["mines_per_deminer_year"].dist.median),
        "m2_per_deminer_year": float(cap["m2_per_deminer_year"].dist.median),
        "land_release": k["land_release"]["name"],
        "land_release_shares": dict(shares),
        "unrecorded_allowance": float(k["unrecorded_allowance"].dist.median),
        "productivity_source": wf.PRODUCTIVITY_SOURCE,
        "sources": [str(c) for c in preset.citations] if preset is not None else [],
    }
    return out


def _mines(kind: str, value: float, area: np.ndarray, front: np.ndarray) -> np.ndarray:
    if kind == "areal":
        return model.mines_from_areal_density(area, value)
    return model.mines_from_linear_density(front, value)


def side_rows(figures: Sequence[Any], clearance: dict[str, Any]) -> list[dict[str, Any]]:
    """One atlas row per measured side (:class:`~minebelt.geo.atlas_sides.SideFigures`):
    names, lengths, area, mines and clearance years under every density model, people near."""
    from ..data.iso import country_name
    from ..model.densities import DENSITY_MODELS

    area = np.array([f.area_km2 for f in figures], dtype=float)
    front = np.array([f.belt_front_km for f in figures], dtype=float)
    sh = clearance["land_release_shares"]
    cleared_km2 = model.land_release(
        area, clearance["unrecorded_allowance"], sh["cancelled_nts"], sh["reduced_ts"], sh["cleared"]
    )["cleared_km2"]
    mines: dict[str, np.ndarray] = {}
    years: dict[str, np.ndarray] = {}
    for name, m in DENSITY_MODELS.items():
        mines[name] = _mines(m.kind, m.value, area, front)
        effort = model.deminer_years(
            mines[name],
            cleared_km2 * model.M2_PER_KM2,
            clearance["mines_per_deminer_year"],
            clearance["m2_per_deminer_year"],
        )
        years[name] = model.years_with_workforce(effort, clearance["deminers"])
    rows = []
    for i, f in enumerate(figures):
        rows.append(
            {
                "rank": None,
                "defender": f.defender,
                "defender_name": country_name(f.defender),
                "neighbour": f.neighbour,
                "neighbour_name": country_name(f.neighbour),
                "length_km": f.length_km,
                "land_km": f.land_km,
                "water_km": f.water_km,
                "belt_front_km": f.belt_front_km,
                "belt_area_km2": f.area_km2,
                "detached_km2": f.detached_km2,
                "mines": {name: float(v[i]) for name, v in mines.items()},
                "clearance_years": {name: _finite(v[i]) for name, v in years.items()},
                "people": f.people,
                "source": f.source,
                "note": f.note,
            }
        )
    return rows


def _finite(x: float) -> float | None:
    x = float(x)
    return x if np.isfinite(x) else None


def sort_value(row: dict[str, Any], key: str, density_model: str) -> Any:
    """The value a row is ordered by under ``key`` (:data:`~minebelt.scenario.atlas_options.SORT_KEYS`)."""
    if key == "mines":
        return row["mines"][density_model]
    if key == "years":
        return row["clearance_years"][density_model] or 0.0
    if key == "people":
        return row["people"]["defender_side"]["within_5km"]["population"]
    field = {"area": "belt_area_km2", "length": "length_km", "land": "land_km", "water": "water_km"}[key]
    return row[field]


def ranked(rows: list[dict[str, Any]], key: str, density_model: str) -> list[dict[str, Any]]:
    """``rows`` ordered by ``key`` (numbers largest first, ties by defender then neighbour;
    ``defender``/``neighbour``: by ISO code) and numbered from 1 (``rank``)."""
    if key == "defender":
        out = sorted(rows, key=lambda r: (r["defender"], r["neighbour"]))
    elif key == "neighbour":
        out = sorted(rows, key=lambda r: (r["neighbour"], r["defender"]))
    else:
        out = sorted(rows, key=lambda r: (-sort_value(r, key, density_model), r["defender"], r["neighbour"]))
    return [{**r, "rank": i + 1} for i, r in enumerate(out)]


def atlas(
    depth_km: float = settings.ATLAS_DEPTH_KM,
    *,
    deminers: float | None = None,
    workforce: str | None = None,
    model: str = "korea-peak",
    sort: str = "mines",
    top: int | None = None,
    countries: Sequence[str] | str | None = None,
    belts: bool = False,
    use_cache: bool = True,
    progress: Progress | None = None,
    names: dict[str, str] | None = None,
) -> Atlas:
    """Every side of every land border at ``depth_km``, ranked.

    Parameters
    ----------
    depth_km:
        Belt depth, km, in (0, 50]; default 2 (the seed article's belt).
    deminers, workforce:
        The workforce of the clearance years: a number of deminers, or a preset key
        (``minebelt.model.clearance_workforce.WORKFORCE_PRESETS``); default ``"ukraine-2024"``
        (4,021 deminers) for every side, so that the years compare.
    model:
        The density model (``minebelt models``) of the terminal's mines and years columns, the
        ``mines`` and ``years`` sort keys and the map; every row holds every model.
    sort, top:
        Order (:data:`minebelt.scenario.atlas_options.SORT_KEYS`; default ``"mines"``) and how
        many rows to keep (None: all).
    countries:
        ISO alpha-3 codes: only the sides of their borders (either side). None: the world.
    belts:
        Also build every side's exact belt polygon (for a GeoPackage; slow).
    use_cache:
        Read and add to the per-depth cache (:mod:`minebelt.geo.atlas_cache`).
    progress:
        Optional callback ``(stage, fraction_done)``.
    names:
        How the caller names the arguments in error messages (``{"depth_km": "--depth"}``).

    Returns
    -------
    Atlas
        The passive result: ``rows``, ``to_dict()`` (``minebelt.atlas/1``), ``to_frame()``.

    Raises
    ------
    InputError
        For an option outside its range, naming it and what is allowed.
    """
    from ..geo.atlas_sides import all_sides, measure_sides
    from ..scenario.atlas_options import atlas_options

    opts = atlas_options(
        depth_km,
        deminers=deminers,
        workforce=workforce,
        model=model,
        sort=sort,
        top=top,
        countries=countries,
        names=names,
    )
    sides = all_sides(opts.countries)
    figures, polys = measure_sides(opts.depth_km, sides, progress=progress, use_cache=use_cache, belts=belts)
    clearance = clearance_point(opts.deminers, opts.workforce)
    rows = side_rows(figures, clearance)
    if polys is not None:
        for r, p in zip(rows, polys, strict=True):
            r["_belt"] = p
    rows = ranked(rows, opts.sort, opts.model)
    kept = rows if opts.top is None else rows[: opts.top]
    geoms = [r.pop("_belt", None) for r in kept] if polys is not None else None
    for r in rows[len(kept) :]:
        r.pop("_belt", None)
    return Atlas(options=opts, rows=kept, sides=len(rows), clearance=clearance, belts=geoms, all_rows=rows)
