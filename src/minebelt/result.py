"""The result of :func:`minebelt.estimate`: JSON document, pandas / geopandas views, HTML summary.

The JSON document (``schema = "minebelt.estimate/1"``) is a contract other tools read::

    {"schema": "minebelt.estimate/1",
     "scenario": {"name", "sha256"},
     "sections": [{"name", "country", "border", "length_km", "depth_km", "area_km2",
                   "density_per_km2", "mines", "mines_per_km_front", "length_source",
                   "land_km", "water_km", "belt_front_km", "front": {...}, ...}],
     "totals": {"length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", ...},
     "by_country": {"POL": {"length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", ...}},
     "provenance": {"minebelt_version", "model_sources", ...}}

The front (see :mod:`minebelt.front`): ``length_km`` = ``land_km`` + ``water_km`` of the border
or line after stretch and mask; ``belt_front_km`` = the km the belt is built behind (``land_km``
with ``along_water = "skip"``, ``length_km`` with ``"include"``); ``mines_per_km_front`` =
mines / ``belt_front_km``. A section with a stated length has ``land_km`` = ``belt_front_km`` =
its length and ``water_km`` = null (not measured); in ``by_country`` and ``totals``
``water_km`` sums the measured water only (stated sections add 0).

With Monte Carlo every figure ``f`` gets a companion ``f_dist = {"mean", "p05", "p50",
"p95"}``. Optional blocks (``calibration``, ``production``, ``cost``, ``clearance``,
``exposure``) appear when the scenario has what they need.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from . import model
from ._version import __version__
from .data.iso import country_name
from .uncertainty.summaries import summarize_many

if TYPE_CHECKING:
    import geopandas
    import pandas

    from .core import Evaluation
    from .geo.sections import SectionGeometry
    from .scenario import Scenario
    from .scenario.quantities import Input
    from .scenario.resolve import ResolvedSection

SCHEMA = "minebelt.estimate/1"

#: Figures of a section row that get a ``_dist`` companion under Monte Carlo.
SECTION_FIGURES = ("length_km", "depth_km", "area_km2", "density_per_km2", "mines", "mines_per_km_front")
AGGREGATE_FIGURES = ("length_km", "land_km", "area_km2", "mines", "mines_per_km_front")


def _num(x: Any) -> float | None:
    """A JSON-safe float (NaN becomes null)."""
    v = float(x)
    return None if not np.isfinite(v) else v


@dataclass
class EstimateResult:
    """Everything one estimate produced. Use :meth:`to_json`, :meth:`to_frame`,
    :meth:`to_geodataframe`; in a notebook the result shows itself as a summary table."""

    scenario: Scenario
    document: dict[str, Any]
    belts: list[Any] = field(default_factory=list)
    border_lines: list[Any] = field(default_factory=list)
    samples: dict[str, np.ndarray] = field(default_factory=dict)

    # ---------------------------------------------------------------- building
    @classmethod
    def build(
        cls,
        scenario: Scenario,
        resolved: list[ResolvedSection],
        geoms: dict[int, SectionGeometry],
        point: Evaluation,
        mc: Evaluation | None,
        mc_inputs: dict[str, Input],
        samples: int | None,
        seed: int | None,
        keep_geometry: bool = True,
    ) -> EstimateResult:
        sections: list[dict[str, Any]] = []
        for rs in resolved:
            i = rs.index
            s = rs.section
            row: dict[str, Any] = {
                "name": s.name,
                "country": s.country,
                "border": s.border,
                "length_km": _num(point.length_km[i][0]),
                "depth_km": _num(point.depth_km[i][0]),
                "area_km2": _num(point.area_km2[i][0]),
                "density_per_km2": _num(point.density_per_km2[i][0]),
                "mines": _num(point.mines[i][0]),
                "mines_per_km_front": _num(model.mines_per_km_front(point.mines[i], point.belt_front_km[i])[0]),
                "length_source": "stated" if rs.length is not None else "measured",
                "density_model": rs.density_model.name if rs.density_model else None,
                "density_kind": rs.density_kind,
            }
            g = geoms.get(i)
            if g is not None:
                row.update(g.properties())
                row["along_water"] = rs.along_water
            else:
                length = _num(point.length_km[i][0])
                row["water_km"] = None
                row["land_km"] = length
                row["belt_front_km"] = length
                row["front"] = {"source": "stated", "length_km": length, "land_km": length, "water_km": None, "belt_behind": "stated length", "belt_front_km": length}
            sections.append(row)

        # overlaps between belts of the same country (geometry only), at the point depth
        overlap = [0.0] * len(resolved)
        if geoms:
            from .geo.sections import overlaps_with_earlier

            overlap = overlaps_with_earlier(resolved, geoms)
        for rs, row in zip(resolved, sections):
            if rs.index in geoms:
                row["overlap_km2"] = overlap[rs.index]

        countries = list(dict.fromkeys(rs.section.country for rs in resolved))

        water = [geoms[rs.index].water_km if rs.index in geoms else 0.0 for rs in resolved]

        def aggregate(ev: Evaluation, members: list[int]) -> dict[str, np.ndarray]:
            length = _sum_arrays([ev.length_km[i] for i in members])
            land = _sum_arrays([ev.land_km[i] for i in members])
            built = _sum_arrays([ev.belt_front_km[i] for i in members])
            area_sum = _sum_arrays([ev.area_km2[i] for i in members])
            mines_sum = _sum_arrays([ev.mines[i] for i in members])
            # remove each section's overlap with earlier sections of the same country, scaled to
            # this draw's area and valued at the section's own areal density
            overlapping = [i for i in members if overlap[i]]
            ov = _sum_arrays([ev.area_km2[i] * _share(overlap[i], point.area_km2[i][0]) for i in overlapping], like=length)
            ov_mines = _sum_arrays(
                [ev.area_km2[i] * _share(overlap[i], point.area_km2[i][0]) * np.nan_to_num(ev.density_per_km2[i]) for i in overlapping],
                like=length,
            )
            area = area_sum - ov
            mines = mines_sum - ov_mines
            return {
                "length_km": length,
                "land_km": land,
                "water_km": np.full(np.shape(length), float(sum(water[i] for i in members))),
                "belt_front_km": built,
                "area_km2": area,
                "mines": mines,
                "mines_per_km_front": model.mines_per_km_front(mines, built),
                "overlap_km2": ov,
            }

        by_country: dict[str, dict[str, Any]] = {}
        country_arrays: dict[str, dict[str, np.ndarray]] = {}
        country_mc: dict[str, dict[str, np.ndarray]] = {}
        for c in countries:
            members = [rs.index for rs in resolved if rs.section.country == c]
            arr = aggregate(point, members)
            country_arrays[c] = arr
            entry: dict[str, Any] = {"name": country_name(c), "sections": len(members)}
            entry.update({k: _num(v[0]) for k, v in arr.items()})
            by_country[c] = entry
            if mc is not None:
                country_mc[c] = aggregate(mc, members)

        totals: dict[str, Any] = {}
        for k in ("length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", "overlap_km2"):
            totals[k] = _num(sum(country_arrays[c][k][0] for c in countries))
        totals["mines_per_km_front"] = _num(model.mines_per_km_front(totals["mines"], totals["belt_front_km"]))
        totals["sections"] = len(sections)
        totals["countries"] = len(countries)

        sample_store: dict[str, np.ndarray] = {}
        if mc is not None:
            jobs: list[tuple[dict[str, Any], str, np.ndarray]] = []  # (target, key, samples)
            for rs, row in zip(resolved, sections):
                i = rs.index
                arrays = {
                    "length_km": mc.length_km[i],
                    "depth_km": mc.depth_km[i],
                    "area_km2": mc.area_km2[i],
                    "density_per_km2": mc.density_per_km2[i],
                    "mines": mc.mines[i],
                    "mines_per_km_front": model.mines_per_km_front(mc.mines[i], mc.belt_front_km[i]),
                }
                for k in SECTION_FIGURES:
                    jobs.append((row, f"{k}_dist", arrays[k]))
                sample_store[f"sections[{i}].mines"] = mc.mines[i]
            total_mc = {k: _sum_arrays([country_mc[c][k] for c in countries]) for k in ("length_km", "land_km", "belt_front_km", "area_km2", "mines")}
            total_mc["mines_per_km_front"] = model.mines_per_km_front(total_mc["mines"], total_mc["belt_front_km"])
            for k in AGGREGATE_FIGURES:
                jobs.append((totals, f"{k}_dist", total_mc[k]))
            for c in countries:
                for k in AGGREGATE_FIGURES:
                    jobs.append((by_country[c], f"{k}_dist", country_mc[c][k]))
                for k in ("mines", "area_km2", "length_km", "land_km", "belt_front_km"):
                    sample_store[f"by_country.{c}.{k}"] = country_mc[c][k]
            sample_store.update({f"totals.{k}": v for k, v in total_mc.items()})
            for (target, key, _), summary in zip(jobs, summarize_many([a for _, _, a in jobs])):
                target[key] = summary
        else:
            sample_store.update({f"totals.{k}": np.array([totals[k] if totals[k] is not None else np.nan]) for k in ("length_km", "land_km", "belt_front_km", "area_km2", "mines")})

        doc: dict[str, Any] = {
            "schema": SCHEMA,
            "scenario": {
                "name": scenario.name,
                "sha256": scenario.sha256,
                "source": scenario.source,
                "file": scenario.path.name if scenario.path else None,
            },
            "sections": sections,
            "totals": totals,
            "by_country": by_country,
            "inputs": _inputs_block(resolved, mc_inputs if mc is not None else None),
            "provenance": _provenance(scenario, resolved, geoms, samples, seed),
        }
        result = cls(scenario=scenario, document=doc, samples=sample_store)
        if geoms and keep_geometry:
            result.belts = [geoms[rs.index].belt if rs.index in geoms else None for rs in resolved]
            result.border_lines = [geoms[rs.index].line if rs.index in geoms else None for rs in resolved]
        from .blocks import add_blocks

        add_blocks(result, resolved, geoms, point, mc, seed)
        return result

    # ---------------------------------------------------------------- views
    @property
    def sections(self) -> list[dict[str, Any]]:
        return self.document["sections"]

    @property
    def totals(self) -> dict[str, Any]:
        return self.document["totals"]

    @property
    def by_country(self) -> dict[str, dict[str, Any]]:
        return self.document["by_country"]

    def to_dict(self) -> dict[str, Any]:
        """The ``minebelt.estimate/1`` document as plain Python objects (a copy: changing it
        leaves the result as it was). Same content as :meth:`to_json`."""
        return json.loads(self.to_json(indent=None))

    def to_json(self, indent: int | None = 2) -> str:
        """The ``minebelt.estimate/1`` document as JSON text (deterministic)."""
        return json.dumps(self.document, indent=indent, ensure_ascii=False, allow_nan=False)

    def to_frame(self) -> pandas.DataFrame:
        """One row per section (pandas): the point figures as columns, and with Monte Carlo
        samples each figure's ``_mean``, ``_p05``, ``_p50`` and ``_p95`` right after it
        (e.g. ``mines``, ``mines_mean``, ``mines_p05``, ``mines_p50``, ``mines_p95``)."""
        import pandas as pd

        return pd.DataFrame([_flat_row(r) for r in self.sections])

    def countries_frame(self) -> pandas.DataFrame:
        """One row per defending country (pandas), with ``_p05``/``_p95``... columns like
        :meth:`to_frame`."""
        import pandas as pd

        return pd.DataFrame([{"country": c, **_flat_row(r)} for c, r in self.by_country.items()])

    def to_geodataframe(self) -> geopandas.GeoDataFrame:
        """Sections with their belt polygons (EPSG:4326); stated-length sections have no geometry."""
        import geopandas as gpd

        df = self.to_frame()
        geoms = self.belts or [None] * len(df)
        return gpd.GeoDataFrame(df, geometry=list(geoms), crs="EPSG:4326")

    def _repr_html_(self) -> str:
        """A notebook summary: the totals (with 90 % intervals under Monte Carlo) and one
        row per section."""
        t = self.totals
        mc = any(isinstance(r.get("mines_dist"), dict) for r in self.sections)

        def rng(d: Any) -> str:
            return f"{_fmt_mines(d['p05'])} \u2013 {_fmt_mines(d['p95'])}" if isinstance(d, dict) else ""

        right = "style='text-align:right'"
        rows = "".join(
            f"<tr><td>{html.escape(str(r['name']))}</td><td>{html.escape(str(r['country']))}</td><td>{html.escape(str(r['border'] or ''))}</td>"
            f"<td {right}>{_fmt(r['length_km'])}</td><td {right}>{_fmt(r['area_km2'])}</td>"
            f"<td {right}>{_fmt_mines(r['mines'])}</td>" + (f"<td {right}>{rng(r.get('mines_dist'))}</td>" if mc else "") + "</tr>"
            for r in self.sections
        )
        head = "<th>section</th><th>country</th><th>border</th><th>length km</th><th>area km&sup2;</th><th>mines</th>" + ("<th>mines, 90 % interval</th>" if mc else "")
        total_rng = f" (90 % interval {rng(t.get('mines_dist'))})" if mc and t.get("mines_dist") else ""
        return (
            f"<div><b>{html.escape(self.scenario.name)}</b> &mdash; {_fmt_mines(t['mines'])} mines{total_rng}, "
            f"{_fmt(t['area_km2'])} km&sup2;, {_fmt(t['length_km'])} km of front"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )

    def __repr__(self) -> str:
        t = self.totals
        return f"<EstimateResult {self.scenario.name!r}: {_fmt_mines(t['mines'])} mines, {len(self.sections)} sections>"


def _flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A document row for a table: scalars and lists as they are; each ``f_dist`` block as
    ``f_mean``, ``f_p05``, ``f_p50``, ``f_p95`` right after ``f``; other dicts left out."""
    out: dict[str, Any] = {}
    for k, v in row.items():
        if not isinstance(v, dict):
            out[k] = v
            d = row.get(f"{k}_dist")
            if isinstance(d, dict):
                for stat in ("mean", "p05", "p50", "p95"):
                    out[f"{k}_{stat}"] = d.get(stat)
    return out


def _sum_arrays(arrays: list[np.ndarray], like: np.ndarray | None = None) -> np.ndarray:
    """Element-wise sum of equal-length arrays, added in order into one new array.

    Same result as ``np.sum(arrays, axis=0)`` without stacking them into a 2-D copy first.
    An empty list gives zeros shaped like ``like``.
    """
    if not arrays:
        return np.zeros(np.shape(like), dtype=float)
    out = np.array(arrays[0], dtype=float)  # a writable copy (inputs may be broadcast views)
    for a in arrays[1:]:
        np.add(out, a, out=out)
    return out


def _share(overlap_km2: float, area_km2: float) -> float:
    return overlap_km2 / area_km2 if area_km2 else 0.0


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:,.0f}"


def _fmt_mines(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x / 1e6:,.2f} M" if abs(x) >= 1e5 else f"{x:,.0f}"


def _inputs_block(resolved: list[ResolvedSection], mc_inputs: dict[str, Input] | None) -> list[dict[str, Any]]:
    """Every distinct input (one draw each) and which sections use it."""
    seen: dict[str, dict[str, Any]] = {}
    for rs in resolved:
        for role, inp in (("length_km", rs.length), ("depth_km", rs.depth), ("density", rs.density)):
            if inp is None:
                continue
            e = seen.setdefault(
                inp.key,
                {
                    "key": inp.key,
                    "role": role,
                    "value": inp.dist.describe(),
                    "unit": inp.unit,
                    "median": inp.dist.median,
                    "uncertain": inp.uncertain,
                    "shared": inp.shared,
                    "sections": [],
                },
            )
            e["sections"].append(rs.section.name)
    out = list(seen.values())
    for e in out:
        e["draws"] = "one per iteration, shared by all its sections" if e["shared"] else "one per iteration for this section"
    return out


def _provenance(
    scenario: Scenario, resolved: list[ResolvedSection], geoms: dict[int, Any], samples: int | None, seed: int | None
) -> dict[str, Any]:
    models = []
    for rs in resolved:
        m = rs.density_model
        if m is not None:
            models.append(f"{m.name}: {m.citation}" + (f" \u2014 \u201c{m.citation.quote}\u201d" if m.citation.quote else ""))
    models = list(dict.fromkeys(models))
    prov: dict[str, Any] = {
        "minebelt_version": __version__,
        "model_sources": models,
        "scenario_sha256": scenario.sha256,
        "samples": samples,
        "seed": seed,
        "method": (
            "point values: every input at its median"
            + (f"; Monte Carlo: {samples} samples, numpy PCG64 seeded with {seed}" if samples else "")
        ),
    }
    if geoms:
        from .data.borders import data_info

        prov["data"] = data_info()
    return prov
