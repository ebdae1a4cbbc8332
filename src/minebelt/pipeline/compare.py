"""Scenarios side by side: :func:`compare` and its passive :class:`Comparison`.

Layer: pipeline. Each scenario runs through :func:`minebelt.pipeline.estimate.estimate` once;
the headline figures of every estimate (totals, per country, calibration, cost, production,
clearance, exposure) are set side by side with their differences and ratios against the
first scenario, the *baseline*.

Which inputs explain a difference: the inputs the two scenarios set differently
(:func:`minebelt.pipeline.compare_inputs.differing_inputs`: a named density model, a stated
length against a measured one, a set of fronts, a block's field) are swapped **one at a
time** into the baseline, and each swap's estimate gives that input's effect on every
headline figure; what the single swaps do not add up to is the *interaction* (a product such
as length x depth x density changes by more than the sum of its parts). This is a two-level
one-at-a-time design, not the Sobol analysis of :mod:`.sensitivity`: that machinery ranks
inputs by how much their *uncertainty* moves one scenario's figure, given as distributions;
two scenarios differ by discrete choices (a model name, a list of fronts), which have no
distribution to sample. With one differing input the effect is the whole difference; with
several, the effects and the interaction add up to it exactly. Swaps run at point values
(every distribution at its median), like the figures compared.

The document (``schema = "minebelt.compare/1"``) is a contract other tools read::

    {"schema": "minebelt.compare/1",
     "baseline": 0,
     "scenarios": [{"label": "A", "name", "file", "sha256"}],
     "figures": [{"path": "totals.mines", "label", "unit", "currency"?, "values": [...],
                  "difference": [null, ...], "ratio": [null, ...], "p05"?, "p95"?}],
     "by_country": [{"country": "POL", "name": "Poland", "figures": [same shape]}],
     "attribution": [{"scenario": 1, "baseline": 0, "inputs": [{"input", "from", "to",
                      "effects": {path: number | null}, "share": {path: number | null}}],
                      "interaction": {path: number}, "not_estimated"?: "why"}],
     "notes": [...],
     "method": "...",
     "provenance": {"minebelt_version", "samples", "seed"}}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import settings
from .._version import __version__
from ..errors import InputError
from .compare_attribution import ATTRIBUTED, _currency, _number, attribute_differences, value_at

if TYPE_CHECKING:
    from ..scenario import Scenario
    from .result import EstimateResult

SCHEMA = "minebelt.compare/1"

#: Headline figures compared: (dotted path in the estimate document, label, unit).
FIGURES: tuple[tuple[str, str, str], ...] = (
    ("totals.length_km", "border or line length", "km"),
    ("totals.belt_front_km", "front the belt is laid behind", "km"),
    ("totals.area_km2", "belt area", "km\u00b2"),
    ("totals.mines", "mines", "mines"),
    ("totals.mines_per_km_front", "mines per km of front", "mines/km"),
    (
        "calibration.scenario.ratio_to_densest_per_km_front",
        "mines per km of front, x the densest recorded barrier",
        "x",
    ),
    ("cost.total", "build cost (costed parts)", "money"),
    ("production.years_to_fill", "years to produce the mines", "years"),
    ("production.year_complete", "last mine produced", "year"),
    ("clearance.calendar_years", "clearance time", "years"),
    ("clearance.cost", "clearance cost", "money"),
    (
        "exposure.total.defender_side.within_5km.population",
        "people within 5 km of the belt, defender's side",
        "people",
    ),
    (
        "exposure.total.other_side.within_5km.population",
        "people within 5 km of the belt, across the border (counted apart)",
        "people",
    ),
    # both sides together, kept under its path for tools that read it; estimate counts the sides apart
    ("exposure.total.within_5km.population", "people within 5 km of the belt, both sides", "people"),
)
#: Figures of each defending country.
COUNTRY_FIGURES: tuple[tuple[str, str, str], ...] = (
    ("belt_front_km", "front", "km"),
    ("area_km2", "belt area", "km\u00b2"),
    ("mines", "mines", "mines"),
)

Progress = Callable[[str, float], None]


def figure_row(
    docs: Sequence[dict[str, Any]], path: str, label: str, unit: str, baseline: int = 0
) -> dict[str, Any] | None:
    """One compared figure: its value in each document, difference and ratio against the
    baseline (None where either is missing, or the currencies differ); None when no
    document has the figure."""
    values = [_number(value_at(d, path)) for d in docs]
    if all(v is None for v in values):
        return None
    row: dict[str, Any] = {"path": path, "label": label, "unit": unit, "values": values}
    comparable = True
    if unit == "money":
        currencies = [_currency(d, path) for d in docs]
        known = {c for c, v in zip(currencies, values, strict=True) if v is not None}
        row["currency"] = known.pop() if len(known) == 1 else None
        comparable = row["currency"] is not None
        if not comparable:
            row["currencies"] = currencies
    base = values[baseline]
    row["difference"] = [
        None if i == baseline or v is None or base is None or not comparable else v - base for i, v in enumerate(values)
    ]
    row["ratio"] = [
        None if i == baseline or v is None or not base or not comparable else v / base for i, v in enumerate(values)
    ]
    head, _, last = path.rpartition(".")
    dists = [value_at(d, f"{head}.{last}_dist" if head else f"{last}_dist") for d in docs]
    if any(isinstance(x, dict) for x in dists):
        row["p05"] = [_number(x.get("p05")) if isinstance(x, dict) else None for x in dists]
        row["p95"] = [_number(x.get("p95")) if isinstance(x, dict) else None for x in dists]
    return row


def _country_rows(docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    codes: list[str] = []
    names: dict[str, str] = {}
    for d in docs:
        for code, row in (d.get("by_country") or {}).items():
            if code not in names:
                codes.append(code)
                names[code] = str(row.get("name") or code)
    out = []
    for code in codes:
        rows = [figure_row(docs, f"by_country.{code}.{p}", label, unit) for p, label, unit in COUNTRY_FIGURES]
        out.append({"country": code, "name": names[code], "figures": [r for r in rows if r is not None]})
    return out


@dataclass
class Comparison:
    """Scenarios compared: the ``minebelt.compare/1`` document and the estimates behind it.

    Passive, like :class:`~minebelt.pipeline.result.EstimateResult`: :func:`compare` builds it;
    :meth:`to_dict` and :meth:`to_json` are views of its document."""

    scenarios: list[Scenario]
    results: list[EstimateResult]
    document: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The ``minebelt.compare/1`` document as plain Python objects (a copy)."""
        doc: dict[str, Any] = json.loads(self.to_json(indent=None))
        return doc

    def to_json(self, indent: int | None = 2) -> str:
        """The ``minebelt.compare/1`` document as JSON text (deterministic)."""
        return json.dumps(self.document, indent=indent, ensure_ascii=False, allow_nan=False)

    @property
    def figures(self) -> list[dict[str, Any]]:
        figures: list[dict[str, Any]] = self.document["figures"]
        return figures

    def __repr__(self) -> str:
        names = "; ".join(s.name for s in self.scenarios)
        return f"<Comparison of {len(self.scenarios)} scenarios: {names}>"


def scenario_labels(n: int) -> list[str]:
    """Column labels A, B, C, ... (the baseline is A)."""
    return [chr(ord("A") + i) for i in range(n)]


def compare(
    scenarios: Sequence[Scenario],
    samples: int | None = None,
    seed: int | None = None,
    *,
    attribute: bool = True,
    progress: Progress | None = None,
) -> Comparison:
    """Estimate each scenario and set them side by side against the first (the baseline).

    Parameters
    ----------
    scenarios:
        Two to ``settings.COMPARE_SCENARIOS_MAX`` scenarios (e.g. every scenario of one file,
        or of several: :func:`minebelt.load_scenarios`).
    samples, seed:
        Monte Carlo sample size and seed for every estimate (each figure then carries its
        90 % interval, ``p05``/``p95``); ``None``: point values.
    attribute:
        Explain the differences input by input (one estimate per differing input and
        scenario: :mod:`minebelt.pipeline.compare_inputs`).

    Returns
    -------
    Comparison

    Raises
    ------
    InputError
        For fewer than two or more than ``COMPARE_SCENARIOS_MAX`` scenarios, and for any
        scenario the estimate refuses.
    """
    from .estimate import estimate

    scenarios = list(scenarios)
    if len(scenarios) < 2:
        raise InputError(
            f"compare needs at least two scenarios, got {len(scenarios)}: give a second file, or a file of several [[scenarios]]"
        )
    if len(scenarios) > settings.COMPARE_SCENARIOS_MAX:
        raise InputError(
            f"compare: {len(scenarios)} scenarios, more than {settings.COMPARE_SCENARIOS_MAX} (COMPARE_SCENARIOS_MAX)"
        )
    tick = progress or (lambda stage, frac: None)
    results = []
    for i, sc in enumerate(scenarios):
        tick("estimates", i / len(scenarios))
        results.append(estimate(sc, samples=samples, seed=seed, with_geometry=False))
    tick("estimates", 1.0)
    docs = [r.document for r in results]
    labels = scenario_labels(len(scenarios))
    figures = [row for p, label, unit in FIGURES if (row := figure_row(docs, p, label, unit)) is not None]
    notes = _notes(scenarios, figures)
    attribution = []
    if attribute:
        for k in range(1, len(scenarios)):
            tick("attribution", (k - 1) / (len(scenarios) - 1))
            attribution.append(attribute_differences(scenarios[0], scenarios[k], docs[0], docs[k], k))
        tick("attribution", 1.0)
    doc = {
        "schema": SCHEMA,
        "baseline": 0,
        "scenarios": [
            {"label": lab, "name": sc.name, "file": sc.path.name if sc.path else None, "sha256": sc.sha256}
            for lab, sc in zip(labels, scenarios, strict=True)
        ],
        "figures": figures,
        "by_country": _country_rows(docs),
        "attribution": attribution,
        "notes": notes,
        "method": (
            "each scenario estimated once; difference = scenario - baseline (A), ratio = scenario / baseline; "
            "inputs that differ swapped one at a time into the baseline (point values), the rest of the difference "
            "is their interaction"
        ),
        "provenance": {"minebelt_version": __version__, "samples": samples, "seed": seed if samples else None},
    }
    return Comparison(scenarios=scenarios, results=results, document=doc)


def _notes(scenarios: Sequence[Scenario], figures: list[dict[str, Any]]) -> list[str]:
    """What a reader must know to read the differences: money in different currencies,
    figures one scenario does not estimate."""
    labels = scenario_labels(len(scenarios))
    notes = []
    for row in figures:
        if row["unit"] == "money" and row.get("currency") is None and "currencies" in row:
            cur = ", ".join(f"{lab} {c or '-'}" for lab, c in zip(labels, row["currencies"], strict=True))
            notes.append(f"{row['label']}: not compared, the currencies differ ({cur})")
        missing = [lab for lab, v in zip(labels, row["values"], strict=True) if v is None]
        if missing and row["path"] not in ("calibration.scenario.ratio_to_densest_per_km_front",):
            notes.append(f"{row['label']}: not estimated for {', '.join(missing)} (not a figure of that estimate)")
    return notes


__all__ = [
    "ATTRIBUTED",
    "COUNTRY_FIGURES",
    "FIGURES",
    "SCHEMA",
    "Comparison",
    "compare",
    "figure_row",
    "scenario_labels",
    "value_at",
]
