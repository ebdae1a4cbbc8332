"""Build the ``minebelt.estimate/1`` document from the evaluations: sections, by country, totals, inputs, provenance.

Layer: pipeline. Figures of a section row, aggregates by defending country and in total (what a
section shares with earlier sections of a defending country counted once: belt km² by member
ISO code, front km as the union of km ranges per border side; :mod:`minebelt.geo.overlaps`), ``*_dist`` summaries under Monte Carlo, the
list of inputs (one per draw key), and the provenance block; every sampled figure is also kept
by its dotted path (``totals.mines``, ``by_country.POL.area_km2``) for the blocks and for
sensitivity. The document's fields are described in :mod:`minebelt.pipeline.result`.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import model
from .._version import __version__
from ..data.iso import country_name
from .aggregate import Aggregator, per_km, sum_arrays, times
from .evaluate import Drawer, evaluate_sections
from .sampled import Figures, summarise

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
    mc: Drawer | None,
    mc_inputs: dict[str, Input],
    samples: int | None,
    seed: int | None,
    keep_samples: bool = False,
) -> tuple[dict[str, Any], MutableMapping[str, np.ndarray]]:
    """The document (without the optional blocks) and its sampled figures by dotted path.

    ``mc``: the Monte Carlo draws (every input drawn), evaluated here, a piece of a large sample
    at a time (:mod:`.sampled`); ``keep_samples``: compute the stored sampled figures now (a
    block reads them), else when first read."""
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
            row["front"] = {
                "source": "stated",
                "length_km": length,
                "land_km": length,
                "water_km": None,
                "belt_behind": "stated length",
                "belt_front_km": length,
            }
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
    members = {c: [rs.index for rs in resolved if rs.section.country == c] for c in countries}
    water = [geoms[rs.index].water_km if rs.index in geoms else 0.0 for rs in resolved]
    aggregate = Aggregator(resolved, overlap, front_ov, water, point)

    by_country: dict[str, dict[str, Any]] = {}
    country_arrays: dict[str, dict[str, np.ndarray]] = {}
    for c in countries:
        arr = aggregate(point, members[c])
        country_arrays[c] = arr
        entry: dict[str, Any] = {"name": country_name(c), "sections": len(members[c])}
        entry.update({k: _num(v[0]) for k, v in arr.items()})
        by_country[c] = entry

    totals: dict[str, Any] = {}
    for k in (
        "length_km",
        "land_km",
        "water_km",
        "belt_front_km",
        "area_km2",
        "mines",
        "overlap_km2",
        "overlap_front_km",
    ):
        totals[k] = _num(sum(country_arrays[c][k][0] for c in countries))
    totals["mines_per_km_front"] = _num(model.mines_per_km_front(totals["mines"], totals["belt_front_km"]))
    totals["sections"] = len(sections)
    totals["countries"] = len(countries)

    sample_store: MutableMapping[str, np.ndarray]
    if mc is not None:

        def figures_of(drawer: Drawer) -> Figures:
            return sampled_figures(evaluate_sections(resolved, geoms, drawer), resolved, members, aggregate)

        labels, summaries, sample_store = summarise(mc, figures_of, keep=keep_samples)
        rows = dict(zip((rs.index for rs in resolved), sections, strict=True))
        for (where, key), summary in zip(labels, summaries, strict=True):
            target = totals if where == "totals" else rows[where] if isinstance(where, int) else by_country[where]
            target[key] = summary
    else:
        sample_store = {
            f"totals.{k}": np.array([totals[k] if totals[k] is not None else np.nan])
            for k in ("length_km", "land_km", "belt_front_km", "area_km2", "mines")
        }

    sha256 = scenario.sha256  # of a scenario built in code: a canonical dump of it, made once here
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "scenario": {
            "name": scenario.name,
            "sha256": sha256,
            "source": scenario.source,
            "file": scenario.path.name if scenario.path else None,
        },
        "sections": sections,
        "totals": totals,
        "by_country": by_country,
        "inputs": _inputs_block(resolved, mc_inputs if mc is not None else None),
        "provenance": _provenance(scenario, resolved, geoms, samples, seed, sha256),
    }
    return doc, sample_store


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
        e["draws"] = (
            "one per iteration, shared by all its sections" if e["shared"] else "one per iteration for this section"
        )
    return out


def _provenance(
    scenario: Scenario,
    resolved: list[ResolvedSection],
    geoms: dict[int, Any],
    samples: int | None,
    seed: int | None,
    sha256: str | None = None,
) -> dict[str, Any]:
    models = []
    for rs in resolved:
        m = rs.density_model
        if m is not None:
            models.append(
                f"{m.name}: {m.citation}" + (f" \u2014 \u201c{m.citation.quote}\u201d" if m.citation.quote else "")
            )
    models = list(dict.fromkeys(models))
    prov: dict[str, Any] = {
        "minebelt_version": __version__,
        "model_sources": models,
        "scenario_sha256": scenario.sha256 if sha256 is None else sha256,
        "samples": samples,
        "seed": seed,
        "method": (
            "point values: every input at its median"
            + (f"; Monte Carlo: {samples:,} samples, numpy PCG64 seeded with {seed}" if samples else "")
        ),
    }
    if geoms:
        from ..data.borders import data_info

        prov["data"] = data_info()
    return prov


def sampled_figures(
    ev: Evaluation, resolved: list[ResolvedSection], members: dict[str, list[int]], aggregate: Aggregator
) -> Figures:
    """The sampled figures of an evaluation: each section's, the totals', each country's (the
    labels name the section index, ``"totals"`` or the country, and the ``*_dist`` key), and
    those kept by dotted path."""
    labels: list[tuple[Any, str]] = []
    arrays: list[Any] = []
    store: dict[str, np.ndarray] = {}
    for rs in resolved:
        i = rs.index
        figures = {
            "length_km": ev.length_km[i],
            "depth_km": ev.depth_km[i],
            "area_km2": ev.area_km2[i],
            "density_per_km2": ev.density_per_km2[i],
            "mines": ev.mines[i],
            "mines_per_km_front": per_km(ev.mines[i], ev.belt_front_km[i]),
        }
        for k in SECTION_FIGURES:
            labels.append((i, f"{k}_dist"))
            arrays.append(figures[k])
        store[f"sections[{i}].mines"] = ev.mines[i]
    country = {c: aggregate(ev, m, sampled=True) for c, m in members.items()}
    total = {
        k: sum_arrays([country[c][k] for c in members]) for k in ("length_km", "land_km", "belt_front_km", "area_km2")
    }
    # every section's area times one shared density draw: the total is the total area times it
    # (as a country's, :meth:`.Aggregator.__call__`), else the countries' sum
    rho = aggregate.shared_density(ev, [i for m in members.values() for i in m]) if len(members) > 1 else None
    total["mines"] = (
        times(total["area_km2"], rho) if rho is not None else sum_arrays([country[c]["mines"] for c in members])
    )
    total["mines_per_km_front"] = model.mines_per_km_front(total["mines"], total["belt_front_km"])
    # summarized as the mines scaled by one front (as a country's), not a second pass
    per_front = {"mines_per_km_front": per_km(total["mines"], total["belt_front_km"])}
    for k in AGGREGATE_FIGURES:
        labels.append(("totals", f"{k}_dist"))
        arrays.append(per_front.get(k, total[k]))
    for c in members:
        for k in AGGREGATE_FIGURES:
            labels.append((c, f"{k}_dist"))
            arrays.append(country[c][k])
        for k in ("mines", "area_km2", "length_km", "land_km", "belt_front_km"):
            store[f"by_country.{c}.{k}"] = country[c][k]
    store.update({f"totals.{k}": v for k, v in total.items()})
    return labels, arrays, store
