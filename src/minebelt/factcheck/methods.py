"""How a claim is recomputed, in words: the ``method`` of a verdict row.

Layer: outputs (fact-check).
"""

from __future__ import annotations

from typing import Any


def method(spec: Any) -> str:
    """How a claim is recomputed, in words ("" when the spec is malformed: its error says why)."""
    try:
        return method_text(spec)
    except (TypeError, KeyError, AttributeError, ValueError):
        return ""


def method_text(spec: Any) -> str:
    if not isinstance(spec, dict):
        return ""
    if "unverifiable" in spec:
        return "not recomputable"
    if "expr" in spec:
        refs = ", ".join(
            f"{k} = {v if isinstance(v, str) else method_text(v)}" for k, v in spec.get("refs", {}).items()
        )
        return f"{spec['expr']} where {refs}" if refs else str(spec["expr"])
    if "range" in spec:
        return " .. ".join(method_text(s) for s in spec["range"])
    if "scenario" in spec:
        mc = f" ({spec['samples']} samples)" if spec.get("samples") else ""
        where = spec.get("section") or ("" if "." in str(spec.get("field", "")) else "totals")
        return f"{spec['scenario']}: {spec.get('scenario_name', '(first scenario)')} / {where + ' / ' if where else ''}{spec.get('field', '')}{mc}"
    if "date" in spec:
        return f"sourced date {spec['date']}"
    if "members" in spec:
        return f"members of {spec.get('of')} among {', '.join(spec['members'])}"
    return ""
