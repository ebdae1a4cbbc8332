"""Checking claims: one verdict row per claim, and the ``minebelt.factcheck/1`` document of a file.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError
from .checker import Checker, Unverifiable
from .claims import load_claims
from .verdict import BOUNDS, explain, fmt_stated, fmt_value, judge, normalize_qualifier

SCHEMA = "minebelt.factcheck/1"


def _stated(raw: Any, where: str) -> Any:
    if isinstance(raw, bool):
        raise InputError(f"{where}: stated must be a number, a [low, high] pair or a date string")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise InputError(f"{where}: stated must be a finite number, got {raw}")
        return float(raw)
    if isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in raw):
        if not raw[0] <= raw[1]:
            raise InputError(f"{where}: stated range {raw} is inverted")
        return (float(raw[0]), float(raw[1]))
    if isinstance(raw, str):
        return raw
    raise InputError(f"{where}: stated must be a number, a [low, high] pair or a date string, got {raw!r}")


def _tolerance(raw: Any, where: str, high: float | None = 1.0) -> float:
    """A tolerance: a finite number >= 0 (a relative one at most ``high``)."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw) or raw < 0 or (high is not None and raw > high):
        allowed = f"[0, {high:g}]" if high is not None else ">= 0"
        raise InputError(f"{where}: must be a number in {allowed}, got {raw!r}")
    return float(raw)


def _context(checker: Checker, claim: dict[str, Any], unit: str, where: str) -> str:
    """``context = {label = ref}``: side figures that explain a difference, as one sentence."""
    ctx = claim.get("context")
    if not ctx:
        return ""
    if not isinstance(ctx, dict):
        raise InputError(f"{where}: context must be a table of label = ref")
    parts = []
    for label, ref in ctx.items():
        try:
            v = checker.ref(ref, f"{where}: context.{label}")
        except Unverifiable:
            return ""
        ref_unit = "km" if isinstance(ref, str) and ref.startswith("border:") and ref.endswith("_km") else unit
        parts.append(f"{label} {fmt_value(v, ref_unit)}")
    return "Measured: " + "; ".join(parts) + "."


def check_claim(checker: Checker, claim: dict[str, Any]) -> dict[str, Any]:
    """The verdict row of one claim (``minebelt.factcheck/1`` item)."""
    cid = claim["id"]
    where = f"{checker.path}: claims {cid!r}"
    unit = str(claim.get("unit", ""))
    qualifier = normalize_qualifier(claim.get("qualifier", "about"))
    stated = _stated(claim.get("stated"), f"{where}: stated")
    note = " ".join(x for x in (str(claim.get("note", "")).strip(), _context(checker, claim, unit, where)) if x)
    stated_text = fmt_stated(stated, unit)
    try:
        computed = checker.value(cid)
    except Unverifiable as e:
        computed = None
        reason = str(e)
    row: dict[str, Any] = {
        "id": cid,
        "source": claim.get("source"),
        "quote": claim["quote"],
        "stated": list(stated) if isinstance(stated, tuple) else stated,
        "qualifier": qualifier,
        "unit": unit,
        "computed": list(computed) if isinstance(computed, tuple) else computed,
        "stated_text": (qualifier.replace("-", " ") + " " if qualifier in (*BOUNDS, "after", "before") else "") + stated_text,
        "computed_text": "\u2014" if computed is None else fmt_stated(computed, unit),
        "method": _method(claim.get("compute", {})),
    }
    if claim.get("part_of"):
        row["part_of"] = str(claim["part_of"])
    spread = getattr(computed, "spread", None)
    if spread is not None:
        row["computed_range"] = list(spread)
    if computed is None:
        row["verdict"] = "unverifiable"
        row["explanation"] = " ".join(x for x in (reason, note) if x)
        return row
    if isinstance(stated, str) or isinstance(computed, str):
        if not (isinstance(stated, str) and isinstance(computed, str)):
            raise InputError(f"{where}: a date claim needs a date string on both sides")
        if qualifier == "after":
            ok = computed > stated
        elif qualifier == "before":
            ok = computed < stated
        else:
            ok = computed.startswith(stated)
        row["verdict"] = "holds" if ok else "does-not-hold"
        row["explanation"] = " ".join(x for x in (f"Sourced date {computed} vs stated {row['stated_text']}.", note) if x)
        return row
    if claim.get("selection"):
        row["verdict"] = "unverifiable"
        row["explanation"] = " ".join(
            x for x in (f"The stated figure is a choice of stretches; for context minebelt measures {row['computed_text']}.", note) if x
        )
        return row
    rel_tol = _tolerance(claim.get("tolerance", settings.HOLDS_REL_TOL), f"{where}: tolerance")
    abs_tol = claim.get("abs_tolerance")
    j = judge(stated, computed, qualifier, rel_tol, None if abs_tol is None else _tolerance(abs_tol, f"{where}: abs_tolerance", None), spread)
    row["verdict"] = j.verdict
    row["deviation"] = None if j.deviation is None or not math.isfinite(j.deviation) else round(j.deviation, 6)
    row["explanation"] = " ".join(x for x in (explain(j, row["stated_text"], row["computed_text"], qualifier), note) if x)
    return row


def _error_row(claim: dict[str, Any], message: str) -> dict[str, Any]:
    """The row of a claim that cannot be evaluated as written (a typo, an unreachable field)."""
    raw = claim.get("stated")
    return {
        "id": claim["id"],
        "source": claim.get("source"),
        "quote": claim["quote"],
        "stated": raw if isinstance(raw, (int, float, str, list)) and not isinstance(raw, bool) else None,
        "qualifier": str(claim.get("qualifier", "about")),
        "unit": str(claim.get("unit", "")),
        "computed": None,
        "stated_text": str(raw),
        "computed_text": "\u2014",
        "method": _method(claim.get("compute", {})),
        "verdict": "error",
        "error": message,
        "explanation": f"Not evaluated: {message}",
        **({"part_of": str(claim["part_of"])} if claim.get("part_of") else {}),
    }


def _method(spec: Any) -> str:
    """How a claim is recomputed, in words ("" when the spec is malformed: its error says why)."""
    try:
        return _method_text(spec)
    except (TypeError, KeyError, AttributeError, ValueError):
        return ""


def _method_text(spec: Any) -> str:
    if not isinstance(spec, dict):
        return ""
    if "unverifiable" in spec:
        return "not recomputable"
    if "expr" in spec:
        refs = ", ".join(f"{k} = {v if isinstance(v, str) else _method_text(v)}" for k, v in spec.get("refs", {}).items())
        return f"{spec['expr']} where {refs}" if refs else str(spec["expr"])
    if "range" in spec:
        return " .. ".join(_method_text(s) for s in spec["range"])
    if "scenario" in spec:
        mc = f" ({spec['samples']} samples)" if spec.get("samples") else ""
        where = spec.get("section") or ("" if "." in str(spec.get("field", "")) else "totals")
        return f"{spec['scenario']}: {spec.get('scenario_name', '(first scenario)')} / {where + ' / ' if where else ''}{spec.get('field', '')}{mc}"
    if "date" in spec:
        return f"sourced date {spec['date']}"
    if "members" in spec:
        return f"members of {spec.get('of')} among {', '.join(spec['members'])}"
    return ""


def check_rows(checker: Checker, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The verdict row of every claim; a claim that cannot be evaluated as written gets the
    verdict ``error`` (with ``error``, the one-line reason) and the others are still checked."""
    rows = []
    for c in claims:
        try:
            rows.append(check_claim(checker, c))
        except InputError as e:
            rows.append(_error_row(c, str(e)))
    return rows


def check_file(path: str | Path) -> dict[str, Any]:
    """Fact-check every claim of a claims file: the ``minebelt.factcheck/1`` document."""
    p = Path(path)
    claims = load_claims(p)
    rows = check_rows(Checker(p, claims), claims)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    from .._version import __version__

    return {"schema": SCHEMA, "file": p.name, "summary": counts, "claims": rows, "provenance": {"minebelt_version": __version__}}
