"""Build the ``minebelt.estimate/1`` document from the evaluations: sections, by country, totals, inputs, provenance.

Layer: pipeline. Figures of a section row, aggregates by defending country and in total (what a
section shares with earlier sections of a defending country counted once: belt km² by member
ISO code, front km as the union of km ranges per border side; :mod:`minebelt.geo.overlaps`), ``*_dist`` summaries under Monte Carlo, the
list of inputs (one per draw key), and the provenance block; every sampled figure is also kept
by its dotted path (``totals.mines``, ``by_country.POL.area_km2``) for the blocks and for
sensitivity. The document's fields are described in :mod:`minebelt.pipeline.result`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .. import model
from .._version import __version__
from ..data.iso import country_name
from ..uncertainty.summaries import summarize_many

if TYPE_CHECKING:
    from ..geo.sections import SectionGeometry
    from ..scenario import Scenario
    from ..scenario.quantities import Input
    from ..scenario.resolve import ResolvedSection
    from .evaluate import Evaluation

SCHEMA = "minebelt.estimate/1"

#: Figures of a section row that get a ``_dist`` companion under Monte Carlo.
SECTION_FIGURES = ("length_km", "depth_km", "area_km2", "density_per_km2", "mines", "mines_per_km_front")
AGGREGATE_FIGURES = ("length_km", "land_km", "area_km2", "mines", "mines_per_km_front")


def _num(x: Any) -> float | None:
    """A JSON-safe float (NaN becomes null)."""
    v = float(x)
    return None if not np.isfinite(v) else v


def build_document(
    scenario: Scenario,
    resolved: list[ResolvedSection],
    geoms: dict[int, SectionGeometry],
    point: Evaluation,
    mc: Evaluation | None,
    mc_inputs: dict[str, Input],
    samples: int | None,
    seed: int | None,
) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The document (without the optional blocks) and its sampled figures by dotted path."""
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

    # what each section shares with earlier sections of a defending country (geometry only):
    # belt km² at the point depth, front km as km ranges on each border side
    overlap = [0.0] * len(resolved)
    front_ov: dict[int, dict[str, float]] = {}
    if geoms:
        from ..geo.overlaps import front_overlaps
        from ..geo.sections import overlaps_with_earlier

        overlap = overlaps_with_earlier(resolved, geoms)
        front_ov = front_overlaps(resolved, geoms)
    for rs, row in zip(resolved, sections, strict=True):
        if rs.index in geoms:
            row["overlap_km2"] = overlap[rs.index]
            row["overlap_front_km"] = front_ov.get(rs.index, {}).get("length_km", 0.0)

    countries = list(dict.fromkeys(rs.section.country for rs in resolved))

    water = [geoms[rs.index].water_km if rs.index in geoms else 0.0 for rs in resolved]
    linear = {rs.index for rs in resolved if rs.density_kind != "areal"}

    def ov_km(i: int, key: str) -> float:
        return front_ov.get(i, {}).get(key, 0.0)

    def aggregate(ev: Evaluation, members: list[int], sampled: bool = False) -> dict[str, Any]:
        # front km already counted by an earlier section of a shared defender are left out
        length = _sum_arrays([ev.length_km[i] for i in members], minus=sum(ov_km(i, "length_km") for i in members))
        land = _sum_arrays([ev.land_km[i] for i in members], minus=sum(ov_km(i, "land_km") for i in members))
        built = _sum_arrays([ev.belt_front_km[i] for i in members], minus=sum(ov_km(i, "belt_front_km") for i in members))
        # remove each section's overlap with earlier sections, scaled to this draw's area and
        # valued at the section's own density: per km² of the shared area (areal models), per
        # km of the shared front (linear models)
        overlapping = [i for i in members if overlap[i] or ov_km(i, "belt_front_km")]
        ov = _sum_arrays([ev.area_km2[i] * _share(overlap[i], point.area_km2[i][0]) for i in overlapping], like=length)
        ov_mines = _sum_arrays(
            [
                ev.mines[i] * _share(ov_km(i, "belt_front_km"), point.belt_front_km[i][0])
                if i in linear
                else ev.area_km2[i] * _share(overlap[i], point.area_km2[i][0]) * np.nan_to_num(ev.density_per_km2[i])
                for i in overlapping
            ],
            like=length,
        )
        area = _difference(_sum_arrays([ev.area_km2[i] for i in members]), ov)
        mines = _difference(_sum_arrays([ev.mines[i] for i in members]), ov_mines)
        n = np.shape(length)
        return {
            "length_km": length,
            "land_km": land,
            "water_km": _const(float(sum(water[i] - ov_km(i, "length_km") + ov_km(i, "land_km") for i in members)), n),
            "belt_front_km": built,
            "area_km2": area,
            "mines": mines,
            "mines_per_km_front": _per_km(mines, built) if sampled else model.mines_per_km_front(mines, built),
            "overlap_km2": ov,
            "overlap_front_km": _const(float(sum(ov_km(i, "length_km") for i in members)), n),
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
            country_mc[c] = aggregate(mc, members, sampled=True)

    totals: dict[str, Any] = {}
    for k in ("length_km", "land_km", "water_km", "belt_front_km", "area_km2", "mines", "overlap_km2", "overlap_front_km"):
        totals[k] = _num(sum(country_arrays[c][k][0] for c in countries))
    totals["mines_per_km_front"] = _num(model.mines_per_km_front(totals["mines"], totals["belt_front_km"]))
    totals["sections"] = len(sections)
    totals["countries"] = len(countries)

    sample_store: dict[str, np.ndarray] = {}
    if mc is not None:
        jobs: list[tuple[dict[str, Any], str, Any]] = []  # (target, key, samples or (samples, factor))
        for rs, row in zip(resolved, sections, strict=True):
            i = rs.index
            arrays = {
                "length_km": mc.length_km[i],
                "depth_km": mc.depth_km[i],
                "area_km2": mc.area_km2[i],
                "density_per_km2": mc.density_per_km2[i],
                "mines": mc.mines[i],
                "mines_per_km_front": _per_km(mc.mines[i], mc.belt_front_km[i]),
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
        for (target, key, _), summary in zip(jobs, _summaries([a for _, _, a in jobs]), strict=True):
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
    return doc, sample_store


def _const(value: float, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` repeated to ``shape`` as a read-only broadcast view (no memory per sample)."""
    return np.broadcast_to(np.float64(value), shape)


def _is_const(a: Any) -> bool:
    a = np.asarray(a)
    return bool(a.ndim == 1 and a.size > 0 and a.strides[0] == 0)


def _sum_arrays(arrays: list[np.ndarray], like: np.ndarray | None = None, minus: float = 0.0) -> np.ndarray:
    """Element-wise sum of equal-length arrays (minus ``minus``), added in order.

    Same result as ``np.sum(arrays, axis=0) - minus`` without stacking them into a 2-D copy;
    arrays that are one value broadcast (a measured length) are added as that value, and a sum
    of such arrays stays one (a broadcast view). An empty list gives zeros shaped like ``like``.
    """
    if not arrays:
        return _const(0.0, np.shape(like) if like is not None else ())
    if all(_is_const(a) for a in arrays):
        total = float(np.asarray(arrays[0])[0])
        for a in arrays[1:]:
            total = total + float(np.asarray(a)[0])
        return _const(total - minus, np.shape(arrays[0]))
    if len(arrays) == 1 and not minus:
        return arrays[0]  # read, never written: no copy
    out = np.array(arrays[0], dtype=float)  # a writable copy (inputs may be broadcast views)
    for a in arrays[1:]:
        np.add(out, a, out=out)
    if minus:
        out -= minus
    return out


def _difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a - b``; ``a`` itself when ``b`` is all zeros (no overlap to remove)."""
    if _is_const(b) and float(np.asarray(b)[0]) == 0.0:
        return a
    diff: np.ndarray = a - b
    return diff


def _per_km(mines: np.ndarray, built: np.ndarray) -> Any:
    """Mines per km of front: ``(mines, 1 / built)`` to summarize by scaling when ``built`` is
    one positive value (a measured front), else the array."""
    if _is_const(built) and float(np.asarray(built)[0]) > 0:
        return (mines, 1.0 / float(np.asarray(built)[0]))
    return model.mines_per_km_front(mines, built)


def _summaries(jobs: list[Any]) -> list[dict[str, Any]]:
    """The ``*_dist`` summary of each array, or of ``array * factor`` for a pair (a positive
    factor scales every statistic)."""
    from ..uncertainty.summaries import scaled

    arrays = [j[0] if isinstance(j, tuple) else j for j in jobs]
    done = summarize_many(arrays)
    return [scaled(d, j[1]) if isinstance(j, tuple) else d for d, j in zip(done, jobs, strict=True)]


def _share(overlap_km2: float, area_km2: float) -> float:
    return overlap_km2 / area_km2 if area_km2 else 0.0


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
        from ..data.borders import data_info

        prov["data"] = data_info()
    return prov
