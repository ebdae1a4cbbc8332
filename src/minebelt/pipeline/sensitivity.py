"""Which inputs drive an output: a tornado table and Sobol indices (SALib).

Every uncertain input (one per draw key, so a shared ``[defaults]`` value is one input) —
those of the sections and those of the production, cost and clearance blocks — is varied
through its own quantile function. The output is any sampled figure of the estimate, named
by its dotted path: ``totals.mines`` (default), ``by_country.POL.mines``,
``clearance.calendar_years``, ``cost.total``, ``production.years_to_fill``, ...

Layer: pipeline: the binding of the estimate to the sampling and analysis of
:mod:`minebelt.uncertainty.sensitivity` (which takes a model function).

Tornado: the output with one input at its p05 and at its p95, all others at their medians.
Sobol: first-order (S1) and total (ST) indices by Saltelli sampling of the inputs' quantiles
(SALib's design, evaluated here column by column and analysed by ``SALib.analyze.sobol``; the
result equals SALib's sample-then-evaluate path up to rounding).

Two ways to evaluate the design's N x (inputs + 2) rows:

- ``totals.mines`` (the default) is a sum of per-section terms (each section's mines less its
  overlap with earlier belts of its country), and a section depends on at most three inputs
  (length, depth, density). A row of the design that differs from A in input k differs only
  in the sections that use k, so its total is ``total(A)`` plus those sections' changes: work
  N x (2 x sections + section-input links) and memory N x inputs, linear in the inputs.
- Any other output runs the whole estimate vectorised over the rows, like a Monte Carlo run
  of N x (inputs + 2) samples, so rows x sections is capped by ``settings.SAMPLE_SECTIONS_MAX``.

Caps: ``settings.SENSITIVITY_RUNS_MAX`` model runs, N x (inputs + 2), for either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .. import settings
from .._version import __version__
from ..cancel import checkpoint
from ..errors import InputError, suggest
from ..i18n import in_english
from ..scenario.blocks import block_inputs, extras_inputs
from ..scenario.resolve import resolve_scenario
from ..uncertainty.sensitivity import ConstantOutput, analyse
from .estimate import assemble, measure
from .evaluate import Drawer, evaluate_sections

if TYPE_CHECKING:
    from ..scenario import Scenario
    from ..scenario.quantities import Input
    from ..scenario.resolve import ResolvedSection

DEFAULT_OUTPUT = "totals.mines"


def all_inputs(scenario: Scenario) -> list[Input]:
    """Every input of the scenario (sections, then blocks), one per draw key."""
    seen: dict[str, Input] = {}
    for rs in resolve_scenario(scenario):
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None:
                seen.setdefault(inp.key, inp)
    for _, inp in block_inputs(extras_inputs(scenario)):
        seen.setdefault(inp.key, inp)
    return list(seen.values())


def uncertain_inputs(scenario: Scenario) -> list[Input]:
    """The inputs written as distributions."""
    return [i for i in all_inputs(scenario) if i.uncertain]


class SensitivityTooLarge(InputError):
    """The analysis asked for would exceed a cap of :mod:`minebelt.settings`."""


def check_size(
    scenario: Scenario, n_inputs: int, n_base: int, n_sections: int = 0, output: str = DEFAULT_OUTPUT
) -> None:
    """Refuse an analysis beyond the caps (one line naming the cap and what to change).

    ``SENSITIVITY_RUNS_MAX`` bounds the model runs N x (inputs + 2); for outputs other than
    the total mines (whole-estimate evaluation), ``SAMPLE_SECTIONS_MAX`` bounds runs x sections.
    """
    runs = n_base * (n_inputs + 2)
    if runs > settings.SENSITIVITY_RUNS_MAX:
        most = settings.SENSITIVITY_RUNS_MAX // n_base - 2
        raise SensitivityTooLarge(
            f"{scenario.label}: sensitivity: {n_inputs:,} uncertain inputs x N = {n_base:,} is {runs:,} model runs, more than "
            f"{settings.SENSITIVITY_RUNS_MAX:,} (SENSITIVITY_RUNS_MAX); at this N at most {max(most, 0):,} inputs: share values "
            "through [defaults] or [parameters] (one draw for many sections), or use a smaller --samples"
        )
    if output != DEFAULT_OUTPUT and runs * max(n_sections, 1) > settings.SAMPLE_SECTIONS_MAX:
        raise SensitivityTooLarge(
            f"{scenario.label}: sensitivity of {output}: {runs:,} model runs x {n_sections:,} sections is more than "
            f"{settings.SAMPLE_SECTIONS_MAX:,} (SAMPLE_SECTIONS_MAX); use a smaller --samples, fewer uncertain inputs, "
            f"or the output {DEFAULT_OUTPUT}"
        )


def _measure(scenario: Scenario) -> tuple[list[ResolvedSection], dict[int, Any]]:
    resolved = resolve_scenario(scenario)
    return resolved, measure(scenario, resolved)


def unknown_output(label: str, output: str, known: list[str]) -> str:
    """One short line for an ``--output`` that is not a sampled figure: the closest path, if
    any, and the top-level groups (the full list runs to hundreds of paths)."""
    groups = sorted({k.split(".", 1)[0] for k in known}, key=lambda g: (g != "totals", g))
    hint = suggest(output, known)
    shown = ", ".join(f"{g}.<country>.*" if g == "by_country" else f"{g}.*" for g in groups)
    return f"{label}: --output {output!r}: not a sampled figure of this scenario{hint} (figures: {shown})"


class _WholeEstimate:
    """Runs the whole estimate with given input columns; geometry is measured once."""

    def __init__(self, scenario: Scenario, resolved: list[ResolvedSection], geoms: dict[int, Any]) -> None:
        self.scenario = scenario
        self.resolved = resolved
        self.geoms = geoms
        self.inputs = all_inputs(scenario)
        self.point = evaluate_sections(self.resolved, self.geoms, Drawer(1, None))

    def __call__(self, values: dict[str, np.ndarray], n: int, output: str) -> np.ndarray:
        drawer = Drawer(n, None)
        for inp in self.inputs:
            arr = values.get(inp.key)
            drawer.draws[inp.key] = np.full(n, inp.dist.median) if arr is None else np.asarray(arr, dtype=float)
            drawer.inputs[inp.key] = inp
        result = assemble(
            self.scenario, self.resolved, self.geoms, self.point, drawer, drawer.inputs, n, 0, keep_geometry=False
        )
        label = self.scenario.label
        if output not in result.samples:
            raise InputError(
                unknown_output(label, output, [k for k in result.samples if not k.startswith("sections[")])
            )
        y = np.asarray(result.samples[output], dtype=float)
        if not np.all(np.isfinite(y)):
            raise InputError(
                f"{label}: --output {output!r}: not estimated for this scenario (see the block's 'not estimated' note)"
            )
        return y


class _SectionSum:
    """The total mines as a sum of per-section terms, each evaluated on its own inputs.

    A section's term is its mines less its overlap with earlier belts of the same country, the
    overlap taken as the same share of the section's area in every draw (as the estimate's
    totals do, :func:`minebelt.pipeline.document.build_document`).
    """

    def __init__(self, resolved: list[ResolvedSection], geoms: dict[int, Any]) -> None:
        self.resolved = resolved
        self.geoms = geoms
        self.keep = np.ones(len(resolved))
        if geoms:
            from ..geo.sections import overlaps_with_earlier

            point = evaluate_sections(resolved, geoms, Drawer(1, None))
            for pos, (_rs, ov) in enumerate(zip(resolved, overlaps_with_earlier(resolved, geoms), strict=True)):
                area = float(point.area_km2[pos][0])
                if ov and area:
                    self.keep[pos] = 1.0 - ov / area
        self.users: dict[str, list[int]] = {}  # input key -> positions of the sections using it
        for pos, _rs in enumerate(resolved):
            for key in self.keys_of(pos):
                if pos not in self.users.setdefault(key, []):
                    self.users[key].append(pos)

    def keys_of(self, pos: int) -> list[str]:
        rs = self.resolved[pos]
        return [inp.key for inp in (rs.length, rs.depth, rs.density) if inp is not None]

    def term(self, pos: int, values: dict[str, np.ndarray], n: int) -> np.ndarray:
        """Section ``pos``'s term with ``values`` for some of its inputs (others at their medians)."""
        drawer = Drawer(n, None)
        for key in self.keys_of(pos):
            if key in values:
                drawer.draws[key] = values[key]
        mines = evaluate_sections([self.resolved[pos]], self.geoms, drawer).mines[0]
        return np.broadcast_to(mines * self.keep[pos], (n,))


def _section_sum_runs(
    model: _SectionSum, inputs: list[Input], seq: np.ndarray
) -> tuple[float, list[tuple[float, float]], np.ndarray]:
    """(base, tornado ends, design outputs of shape (N, inputs + 2)) of the total mines."""
    n_sections = len(model.resolved)
    d = len(inputs)
    base_terms = np.array([float(model.term(pos, {}, 1)[0]) for pos in range(n_sections)])
    base = float(np.sum(base_terms))
    ends = []
    for inp in inputs:
        pair = []
        for q in (0.05, 0.95):
            terms = base_terms.copy()
            for pos in model.users.get(inp.key, []):
                terms[pos] = float(model.term(pos, {inp.key: np.array([inp.dist.quantile(q)])}, 1)[0])
            pair.append(float(np.sum(terms)))
        ends.append((pair[0], pair[1]))
    checkpoint()

    column = {inp.key: j for j, inp in enumerate(inputs)}
    n = len(seq)

    def values(pos: int, matrix: str, swap: str | None = None) -> dict[str, np.ndarray]:
        out = {}
        for key in model.keys_of(pos):
            j = column.get(key)
            if j is not None:
                use_b = matrix == "B" or key == swap
                out[key] = inputs[j].dist.ppf(seq[:, j + d] if use_b else seq[:, j])
        return out

    f_a = [model.term(pos, values(pos, "A"), n) for pos in range(n_sections)]
    y = np.empty((n, d + 2))
    y[:, 0] = np.sum(f_a, axis=0) if n_sections else 0.0
    y[:, d + 1] = (
        np.sum([model.term(pos, values(pos, "B"), n) for pos in range(n_sections)], axis=0) if n_sections else 0.0
    )
    for j, inp in enumerate(inputs):
        change = np.zeros(n)
        for pos in model.users.get(inp.key, []):
            change += model.term(pos, values(pos, "A", swap=inp.key), n) - f_a[pos]
        y[:, 1 + j] = y[:, 0] + change
        checkpoint()
    return base, ends, y


def _whole_estimate_runs(
    run: _WholeEstimate, inputs: list[Input], seq: np.ndarray, output: str
) -> tuple[float, list[tuple[float, float]], np.ndarray]:
    """(base, tornado ends, design outputs of shape (N, inputs + 2)) of any sampled output."""
    d = len(inputs)
    base = float(run({}, 1, output)[0])
    cols = {inp.key: np.full(2 * d, inp.dist.median) for inp in inputs}
    for j, inp in enumerate(inputs):
        cols[inp.key][2 * j] = inp.dist.quantile(0.05)
        cols[inp.key][2 * j + 1] = inp.dist.quantile(0.95)
    flat = run(cols, 2 * d, output)
    ends = [(float(flat[2 * j]), float(flat[2 * j + 1])) for j in range(d)]
    checkpoint()
    n = len(seq)
    values = {}
    for j, inp in enumerate(inputs):
        a, b = inp.dist.ppf(seq[:, j]), inp.dist.ppf(seq[:, j + d])
        rows = np.repeat(a[:, None], d + 2, axis=1)  # row blocks A, AB_1..AB_d, B (SALib's order)
        rows[:, 1 + j] = b
        rows[:, d + 1] = b
        values[inp.key] = rows.reshape(-1)
    y = run(values, n * (d + 2), output).reshape(n, d + 2)
    checkpoint()
    return base, ends, y


@in_english
def sensitivity(
    scenario: Scenario, n_base: int = settings.SENSITIVITY_SAMPLES, seed: int = 0, output: str = DEFAULT_OUTPUT
) -> dict[str, Any]:
    """Tornado and Sobol indices of ``output`` (a dotted path) with respect to each uncertain input.

    Returns the ``minebelt.sensitivity/1`` document. Raises :class:`InputError` when the
    scenario has no uncertain input, when ``output`` is not a sampled figure of the scenario or
    does not depend on any uncertain input, or when the analysis exceeds the caps
    (:func:`check_size`).
    """
    inputs = uncertain_inputs(scenario)
    if not inputs:
        raise InputError(
            f'{scenario.label}: no uncertain input: write a distribution (e.g. depth_km = "1.5 to 2.5") to analyse sensitivity'
        )
    d = len(inputs)
    check_size(scenario, d, n_base, len(scenario.sections), output)
    resolved, geoms = _measure(scenario)
    if output == DEFAULT_OUTPUT:
        section_sum = _SectionSum(resolved, geoms)

        def run(seq: np.ndarray) -> tuple[float, list[tuple[float, float]], np.ndarray]:
            return _section_sum_runs(section_sum, inputs, seq)
    else:
        whole = _WholeEstimate(scenario, resolved, geoms)

        def run(seq: np.ndarray) -> tuple[float, list[tuple[float, float]], np.ndarray]:
            return _whole_estimate_runs(whole, inputs, seq, output)

    try:
        result = analyse([i.key for i in inputs], [i.dist for i in inputs], run, n_base, seed)
    except ConstantOutput:
        raise InputError(f"{scenario.label}: --output {output!r}: does not depend on any uncertain input") from None
    units = {i.key: i.unit for i in inputs}
    for row in result.tornado:
        row["unit"] = units[row["input"]]
    return {
        "schema": "minebelt.sensitivity/1",
        "scenario": {"name": scenario.name, "sha256": scenario.sha256},
        "output": output,
        "median": result.base,
        "median_total": result.base,
        "tornado": result.tornado,
        "sobol": result.sobol,
        "method": (
            f"output {output}; tornado: p05/p95 of one input, others at medians; Sobol: SALib Saltelli sampling, "
            f"N={n_base}, {result.runs} model runs, seed {seed}"
        ),
        "provenance": {"minebelt_version": __version__, "seed": seed},
    }


@in_english
def sensitivity_of_file(
    scenarios: list[Scenario], n_base: int = settings.SENSITIVITY_SAMPLES, seed: int = 0, output: str = DEFAULT_OUTPUT
) -> list[dict[str, Any]]:
    """One ``minebelt.sensitivity/1`` document per scenario of a file, in file order.

    In a file of several scenarios, a scenario whose ``output`` moves with no uncertain input
    (a stated capacity, no distribution at all) gets a document with ``not_estimated`` giving
    the reason, instead of stopping the analysis of the others. Raises the first scenario's
    :class:`InputError` when no scenario can be analysed (and always for a single scenario),
    and :class:`SensitivityTooLarge` beyond the caps.
    """
    docs: list[dict[str, Any]] = []
    first: InputError | None = None
    for scenario in scenarios:
        try:
            docs.append(sensitivity(scenario, n_base=n_base, seed=seed, output=output))
        except SensitivityTooLarge:
            raise
        except InputError as exc:
            first = first or exc
            reason = "; ".join(line.removeprefix(f"{scenario.label}: ") for line in exc.lines)
            docs.append(
                {
                    "schema": "minebelt.sensitivity/1",
                    "scenario": {"name": scenario.name, "sha256": scenario.sha256},
                    "output": output,
                    "not_estimated": reason,
                    "provenance": {"minebelt_version": __version__, "seed": seed},
                }
            )
    if first is not None and all("not_estimated" in d for d in docs):
        raise first
    return docs


# ----------------------------------------------------------------------------- the report's choice
# The report ranks the inputs of the first headline figure that the scenario's uncertain inputs
# actually move: the number of mines, else the clearance time, the build cost, the production
# time. A scenario whose only uncertain input is, say, the clearance capacity (the Korean DMZ
# back-test) then shows what drives the clearance time instead of failing on the mine count.

#: Headline figures, in the order the report tries them.
REPORT_OUTPUTS = ("totals.mines", "clearance.calendar_years", "cost.total", "production.years_to_fill")


@in_english
def report_sensitivity(scenario: Scenario, n_base: int = 1024, seed: int = 0) -> dict[str, Any] | None:
    """The ``minebelt.sensitivity/1`` document of the first of :data:`REPORT_OUTPUTS` that
    depends on an uncertain input (``output`` names it), or None when there is none.

    Raises :class:`SensitivityTooLarge` beyond the analysis caps."""
    if not uncertain_inputs(scenario):
        return None
    for output in REPORT_OUTPUTS:
        try:
            return sensitivity(scenario, n_base=n_base, seed=seed, output=output)
        except SensitivityTooLarge:  # beyond the caps: the caller says the report goes without it
            raise
        except InputError:  # not a figure of this scenario, or no uncertain input moves it
            continue
    return None
