"""Which inputs explain the difference between two scenarios: one swap at a time.

Layer: pipeline (helper of :mod:`.compare`; the reasoning is in its docstring).

For a baseline ``a`` and a scenario ``b``, every input they set differently
(:func:`~.compare_inputs.differing_inputs`) is swapped alone into ``a``
(:func:`~.compare_inputs.swap`); the estimate of that hybrid, less ``a``'s, is the input's
*effect* on each headline figure of :data:`ATTRIBUTED`. The *interaction* is the
part of the difference the single effects leave: ``(b - a) - sum(effects)``, exactly zero when
the inputs act additively (two sections' lengths) and not when they multiply (a density and a
depth of the same belt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import settings
from ..errors import InputError
from .compare_inputs import differing_inputs, swap

if TYPE_CHECKING:
    from ..scenario import Scenario


#: Figures whose difference is explained input by input (when they differ).
ATTRIBUTED = ("totals.mines", "totals.area_km2", "cost.total", "production.years_to_fill", "clearance.calendar_years")


def value_at(doc: dict[str, Any], path: str) -> Any:
    """The value at a dotted path of an estimate document, or None when it is not there."""
    node: Any = doc
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _number(v: Any) -> float | None:
    import math

    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return float(v) if math.isfinite(v) else None


def _currency(doc: dict[str, Any], path: str) -> str | None:
    block = value_at(doc, path.split(".")[0])
    return block.get("currency") if isinstance(block, dict) else None


def _num(doc: dict[str, Any], path: str) -> float | None:
    return _number(value_at(doc, path))


def attributed_paths(doc_a: dict[str, Any], doc_b: dict[str, Any]) -> list[str]:
    """The figures of :data:`ATTRIBUTED` both documents have and that differ
    (money only in one currency)."""
    out = []
    for path in ATTRIBUTED:
        va, vb = _num(doc_a, path), _num(doc_b, path)
        if va is None or vb is None or va == vb:
            continue
        if path.startswith(("cost.", "clearance.cost")) and _currency(doc_a, path) != _currency(doc_b, path):
            continue
        out.append(path)
    return out


def attribute_differences(
    a: Scenario, b: Scenario, doc_a: dict[str, Any], doc_b: dict[str, Any], index: int
) -> dict[str, Any]:
    """The attribution entry of ``minebelt.compare/1`` for scenario ``index`` (``b``) against
    the baseline ``a``: one row per differing input with its effect and its share of the
    difference, largest effect on the first attributed figure first, and the interaction.

    An input whose swap makes no valid scenario (e.g. a clearance field that needs another
    one) gets effects of None and the one-line reason in ``not_estimated``."""
    from .estimate import estimate

    paths = attributed_paths(doc_a, doc_b)
    entry: dict[str, Any] = {"scenario": index, "baseline": 0, "figures": paths, "inputs": [], "interaction": {}}
    factors = differing_inputs(a, b)
    if not factors:
        entry["not_estimated"] = "the two scenarios set every input alike (only names or descriptions differ)"
        return entry
    if len(factors) > settings.COMPARE_FACTORS_MAX:
        entry["not_estimated"] = (
            f"{len(factors)} inputs differ, more than {settings.COMPARE_FACTORS_MAX} (COMPARE_FACTORS_MAX): "
            "compare scenarios that differ in fewer inputs to see what each one does"
        )
        entry["inputs"] = [{"input": f.key, "from": f.before, "to": f.after} for f in factors]
        return entry
    rows = []
    for f in factors:
        row: dict[str, Any] = {"input": f.key, "from": f.before, "to": f.after, "effects": {}, "share": {}}
        try:
            doc_h = estimate(swap(a, b, f), with_geometry=False).document if paths else None
        except InputError as e:
            row["effects"] = {p: None for p in paths}
            row["share"] = {p: None for p in paths}
            row["not_estimated"] = f"swapped alone it makes no valid scenario: {e}"
            rows.append(row)
            continue
        for p in paths:
            vh, va, vb = _num(doc_h, p) if doc_h else None, _num(doc_a, p), _num(doc_b, p)
            effect = None if vh is None or va is None else vh - va
            row["effects"][p] = effect
            diff = None if va is None or vb is None else vb - va
            row["share"][p] = None if effect is None or not diff else effect / diff
        rows.append(row)
    lead = paths[0] if paths else None
    if lead is not None:
        rows.sort(key=lambda r: -abs(r["effects"].get(lead) or 0.0))
    entry["inputs"] = rows
    for p in paths:
        va, vb = _num(doc_a, p), _num(doc_b, p)
        effects = [r["effects"].get(p) for r in rows]
        if va is None or vb is None or any(e is None for e in effects):
            entry["interaction"][p] = None
            continue
        rest = (vb - va) - sum(float(e) for e in effects)
        entry["interaction"][p] = 0.0 if abs(rest) <= 1e-9 * max(abs(va), abs(vb), 1.0) else rest
    return entry


__all__ = ["ATTRIBUTED", "attribute_differences", "attributed_paths", "value_at"]
