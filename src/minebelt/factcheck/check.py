"""Checking claims: one verdict row per claim, and the ``minebelt.factcheck/1`` document of a file.

Layer: outputs (fact-check).
"""

from __future__ import annotations

from ..i18n import in_english

import math
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError
from .checker import Checker, Unverifiable
from .claims import load_claims, parse_stated, parse_tolerance
from .verdict import BOUNDS, explain, fmt_stated, fmt_value, is_absolute, is_ratio, judge, normalize_qualifier

#: The default absolute tolerance of a unit judged by absolute difference: a calendar year holds
#: only as that year (imprecise one year off); a latitude within half a degree.
ABS_TOLERANCE_DEFAULT = {"year": 0.5, "degrees north": 0.5, "degrees south": 0.5, "degrees": 0.5}

SCHEMA = "minebelt.factcheck/1"


def _context(checker: Checker, claim: dict[str, Any], unit: str, where: str) -> str:
    """``context = {label = ref}``: side figures that explain a difference, as one sentence.

    A ref is anything ``refs`` takes; a table may also be any ``compute`` (``expr`` with
    ``refs``, a scenario figure, ...) with its own ``unit``: ``{ expr = "a / b", refs = {...},
    unit = "years" }``.
    """
    ctx = claim.get("context")
    if not ctx:
        return ""
    if not isinstance(ctx, dict):
        raise InputError(f"{where}: context must be a table of label = ref")
    parts = []
    computed_only = all(isinstance(r, dict) and "expr" in r and not any(str(v).startswith("border:") for v in (r.get("refs") or {}).values()) for r in ctx.values())
    for label, ref in ctx.items():
        here = f"{where}: context.{label}"
        ref_unit = "km" if isinstance(ref, str) and ref.startswith("border:") and ref.endswith("_km") else unit
        try:
            if isinstance(ref, dict) and ("unit" in ref or not {"scenario", "field"} <= set(ref)):
                spec = {k: v for k, v in ref.items() if k != "unit"}
                if "unit" in ref:
                    if not isinstance(ref["unit"], str):
                        raise InputError(f"{here}: unit: must be text, got {ref['unit']!r}")
                    ref_unit = ref["unit"]
                v = checker.compute(spec, here)
            else:
                v = checker.ref(ref, here)
        except Unverifiable:
            return ""
        if isinstance(v, tuple) or isinstance(v, str):
            raise InputError(f"{here}: a context figure must compute to one number")
        parts.append(f"{label} {fmt_value(v, ref_unit)}")
    return ("For context: " if computed_only else "Measured: ") + "; ".join(parts) + "."


def _computed_text(computed: Any, unit: str) -> str:
    """The computed figure, with its 90 % range when the estimate was sampled."""
    if computed is None:
        return "\u2014"
    text = fmt_stated(computed, unit)
    spread = getattr(computed, "spread", None)
    if spread is not None and fmt_value(spread[0], unit) != fmt_value(spread[1], unit):
        text += f" (90 %: {fmt_value(spread[0], unit)} \u2013 {fmt_value(spread[1], unit)})"
    return text


def _date_gap(stated: str, computed: str) -> str:
    """``2 years later``, ``3 months earlier`` (computed against stated), or "" when they agree."""
    sy, cy = stated.split("-"), computed.split("-")
    if computed.startswith(stated):
        return ""
    months_s = int(sy[0]) * 12 + (int(sy[1]) - 1 if len(sy) > 1 else 0)
    months_c = int(cy[0]) * 12 + (int(cy[1]) - 1 if len(cy) > 1 else 0)
    if len(sy) == 1:  # a stated year: compare years
        d = int(cy[0]) - int(sy[0])
        return f"{abs(d)} year{'s' if abs(d) != 1 else ''} {'later' if d > 0 else 'earlier'}" if d else ""
    d = months_c - months_s
    if not d:
        return ""
    return f"{abs(d)} month{'s' if abs(d) != 1 else ''} {'later' if d > 0 else 'earlier'}"


def check_claim(checker: Checker, claim: dict[str, Any]) -> dict[str, Any]:
    """The verdict row of one claim (``minebelt.factcheck/1`` item)."""
    cid = claim["id"]
    where = f"{checker.path}: claims {cid!r}"
    unit = str(claim.get("unit", ""))
    qualifier = normalize_qualifier(claim.get("qualifier", "about"))
    stated = parse_stated(claim.get("stated"), f"{where}: stated")
    note = " ".join(x for x in (str(claim.get("note", "")).strip(), _context(checker, claim, unit, where)) if x)
    stated_text = fmt_stated(stated, unit)
    if is_ratio(unit) and qualifier in ("over", "at-least") and stated == 1.0:
        stated_text = f"more than {unit.strip().removeprefix('times').strip()}"  # "over 1 times the next longest"
        qualifier_words = ""
    else:
        qualifier_words = qualifier.replace("-", " ") + " " if qualifier in (*BOUNDS, "after", "before") else ""
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
        "stated_text": qualifier_words + stated_text,
        "computed_text": _computed_text(computed, unit),
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
    if claim.get("selection") or claim.get("analysis"):
        row["verdict"] = "unverifiable"
        if claim.get("analysis"):
            lead = f"Analysis, not a figure the claim states; minebelt's own figure: {row['computed_text']}."
        elif isinstance(stated, str):
            lead = f"A judgement or a choice, not a figure minebelt can recompute; for context minebelt measures {row['computed_text']}."
        else:
            lead = f"The stated figure is a choice of stretches; for context minebelt measures {row['computed_text']}."
        row["explanation"] = " ".join(x for x in (lead, note) if x)
        return row
    if isinstance(stated, str) or isinstance(computed, str):
        if not (isinstance(stated, str) and isinstance(computed, str)):
            raise InputError(f"{where}: a date claim needs a date string on both sides (stated {row['stated_text']!r}, computed {row['computed_text']!r})")
        if qualifier == "after":
            ok = computed > stated
        elif qualifier == "before":
            ok = computed < stated
        else:
            ok = computed.startswith(stated)
        gap = _date_gap(stated, computed) if qualifier not in ("after", "before") else ""
        row["verdict"] = "holds" if ok else "does-not-hold"
        if ok:
            said = f"Sourced date {computed}: {row['stated_text']}, as stated." if qualifier in ("after", "before") else f"Sourced date {computed}, as stated."
        else:
            said = f"Sourced date {computed}, not {row['stated_text']} as stated" + (f" ({gap})." if gap else ".")
        row["explanation"] = " ".join(x for x in (said, note) if x)
        return row
    rel_tol = parse_tolerance(claim.get("tolerance", settings.HOLDS_REL_TOL), f"{where}: tolerance")
    abs_tol = claim.get("abs_tolerance", ABS_TOLERANCE_DEFAULT.get(unit.strip()))
    j = judge(stated, computed, qualifier, rel_tol, None if abs_tol is None else parse_tolerance(abs_tol, f"{where}: abs_tolerance", None), spread)
    row["verdict"] = j.verdict
    row["deviation"] = None if j.deviation is None or not math.isfinite(j.deviation) else round(j.deviation, 6)
    difference = None
    if is_absolute(unit) and not isinstance(stated, tuple) and not isinstance(computed, tuple):
        difference = float(computed) - float(stated)
        row["difference"] = round(difference, 6)
    row["explanation"] = " ".join(x for x in (explain(j, row["stated_text"], row["computed_text"], qualifier, unit, difference), note) if x)
    return row


def _error_row(claim: dict[str, Any], message: str, path: Any = None) -> dict[str, Any]:
    """The row of a claim that cannot be evaluated as written (a typo, an unreachable field);
    its ``error`` always names the claim."""
    if f"{claim['id']!r}" not in message:
        message = f"{path}: claims {claim['id']!r}: {message}" if path is not None else f"claims {claim['id']!r}: {message}"
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


@in_english
def check_rows(checker: Checker, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The verdict row of every claim; a claim that cannot be evaluated as written gets the
    verdict ``error`` (with ``error``, the one-line reason) and the others are still checked."""
    rows = []
    for c in claims:
        try:
            rows.append(check_claim(checker, c))
        except InputError as e:
            rows.append(_error_row(c, "; ".join(e.lines), checker.path))
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
