"""Checking claims: one verdict row per claim, and the ``minebelt.factcheck/2`` document of a file.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError
from ..i18n import in_english
from .checker import Checker, Unverifiable
from .claims import load_claims, load_sources, parse_stated, parse_tolerance
from .context import bound_of, computed_text, context_sentence, date_gap, is_measured, sourced_range, sourced_span
from .kinds import (
    default_kind,
    fact_not_model,
    ratio_words,
    scenario_docs,
    unchecked_reason,
    verdict_text,
    whose_model,
)
from .methods import method as _method
from .money import UnitMismatch, currency_mismatch
from .plans import AT_MEDIANS, NOT_REFUTED, date_beside, plan_explanation, price_words, ratio_span, scope_differs
from .provenance import as_of, parse_sources, sourced_row
from .reading import parse_reading, plan_reading_words, reading_row
from .verdict import BOUNDS, explain, fmt_stated, is_absolute, is_count, is_ratio, judge, normalize_qualifier

#: The default absolute tolerance of a unit judged by absolute difference: a calendar year holds
#: only as that year (imprecise one year off); a latitude within half a degree.
ABS_TOLERANCE_DEFAULT = {"year": 0.5, "degrees north": 0.5, "degrees south": 0.5, "degrees": 0.5}

#: Version 2 (was 1): a claim has a ``kind``, and the verdict has two new words, ``stated`` (a
#: plan) and ``not-checked`` (out of scope), which a reader of version 1 does not know.
SCHEMA = "minebelt.factcheck/2"


def check_claim(checker: Checker, claim: dict[str, Any]) -> dict[str, Any]:
    """The verdict row of one claim (``minebelt.factcheck/2`` item), by its kind
    (:mod:`.kinds`): a ``fact`` or ``model`` claim is judged, a ``plan`` is recorded as
    ``stated`` beside the figure computed for it, an ``out-of-scope`` claim is ``not-checked``."""
    kind = default_kind(claim, checker.claims)
    _same_currency(checker, claim)
    if kind in ("plan", "out-of-scope"):
        return _with_rates(checker, claim, _unjudged_row(checker, claim, kind))
    judged = _judged_row(checker, claim)
    by, assuming = whose_model(claim, checker.claims, checker._estimates) if kind == "model" else ("", "")
    if by and judged["verdict"] in ("holds", "imprecise", "does-not-hold") and f"By {by}" not in judged["explanation"]:
        text = judged["explanation"]
        said = "" if not assuming else f" ({assuming})" if claim.get("by") else f", assuming {assuming}"
        judged["explanation"] = f"By {by}{said}: {text[:1].lower()}{text[1:]}"
    _with_rates(checker, claim, judged)
    row: dict[str, Any] = {}
    for k, v in judged.items():  # kind after unit; the verdict as read, and whose model, after the verdict
        row[k] = v
        if k == "unit":
            row["kind"] = kind
        elif k == "verdict":
            row["verdict_text"] = verdict_text(v, kind, by, unchecked_reason(claim, stated=judged["stated"]))
            if by:
                row["by"] = by
    return row


def _with_rates(checker: Checker, claim: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with the exchange rates its figure used at the end of its explanation."""
    rates = checker.rates_used.get(claim["id"])
    if rates and row.get("explanation"):
        said = f"Converted at {'; '.join(rates)}."
        text = row["explanation"]
        if text.endswith(NOT_REFUTED):  # the plan's closing line stays last
            row["explanation"] = f"{text[: -len(NOT_REFUTED)]}{said} {NOT_REFUTED}"
        else:
            row["explanation"] = f"{text} {said}"
    return row


def _same_currency(checker: Checker, claim: dict[str, Any]) -> None:
    """Raise :class:`.money.UnitMismatch` for a money claim computed in another currency."""
    try:
        checker.value(claim["id"])
    except Unverifiable:
        return
    said = currency_mismatch(claim, checker.claims, checker._estimates)
    if said:
        raise UnitMismatch(f"{checker.path.name}: {said}")


def _beside_words(claim: dict[str, Any], checker: Checker) -> str:
    """Who gives the figure set beside a plan: ``by minebelt's model of ...``, ``measured``, ``sourced``."""
    spec = claim.get("compute")
    if default_kind({"compute": spec}, checker.claims) == "model":
        by, assuming = whose_model(claim, checker.claims, checker._estimates)
        return f"by {by}" + (f", assuming {assuming}" if assuming and "assuming" not in by else "")
    text = repr(spec)
    return "measured" if "border:" in text else "sourced"


def _unjudged_row(checker: Checker, claim: dict[str, Any], kind: str) -> dict[str, Any]:
    """The row of a ``plan`` (verdict ``stated``) or ``out-of-scope`` claim (``not-checked``)."""
    cid = claim["id"]
    where = f"{checker.path}: claims {cid!r}"
    unit = str(claim.get("unit", ""))
    qualifier = normalize_qualifier(claim.get("qualifier", "about"))
    stated = parse_stated(claim.get("stated"), f"{where}: stated")
    words = qualifier.replace("-", " ") + " " if qualifier in (*BOUNDS, "after", "before") else ""
    stated_text = words + fmt_stated(stated, unit)
    # a forecast's own words ("at the beginning of 2026") kept as stated, with the reading shown
    reading = parse_reading(claim["reading"], f"{where}: reading", plan=True) if "reading" in claim else None
    reason = ""
    try:
        computed = checker.value(cid)
    except Unverifiable as e:
        computed, reason = None, str(e)
    row: dict[str, Any] = {
        "id": cid,
        "source": claim.get("source"),
        "quote": claim["quote"],
        "stated": list(stated) if isinstance(stated, tuple) else stated,
        "qualifier": qualifier,
        "unit": unit,
        "kind": kind,
        "computed": list(computed) if isinstance(computed, tuple) else computed,
        "stated_text": stated_text,
        "computed_text": computed_text(computed, unit, measured=is_measured(claim, unit)),
        "method": _method(claim.get("compute", {})),
    }
    if claim.get("part_of"):
        row["part_of"] = str(claim["part_of"])
    note = str(claim.get("note", "")).strip()
    if reading is not None:
        row["reading"] = {"qualifier": reading[0], "value": _json_value(reading[1]), "as": reading[2]}
    if kind == "out-of-scope":
        scope = "minebelt's scope is strategic: lengths, areas, numbers of mines, years, money"
        if reason:
            lead = f"Not checked: {reason.rstrip('.')}" + ("." if "scope" in reason else f" ({scope}).")
        else:
            lead = f"Not checked: outside {scope.replace(' is ', ', ')}."
        seen = f"For context, minebelt computes {row['computed_text']}." if computed is not None else ""
        row["verdict"] = "not-checked"
        row["verdict_text"] = verdict_text("not-checked", kind)
        row["explanation"] = " ".join(x for x in (lead, seen, note, context_sentence(checker, claim, unit, where)) if x)
        return row
    beside = _beside_words(claim, checker) if computed is not None else ""
    spread = getattr(computed, "spread", None)
    if spread is not None:
        row["computed_range"] = list(spread)
    shown = row["computed_text"]
    if beside.startswith("by ") and isinstance(computed, float):
        # the model's figure is one run at the inputs' medians: say so, with its 90 % range
        # where the claim sampled it
        shown = computed_text(computed, unit).partition(" (90 %: ")[0] + f" {AT_MEDIANS}"
        shown += (
            f" (90 % range {row['computed_text'].partition('(90 %: ')[2]}" if spread else " (not sampled: no range)"
        )
    relation = ""
    # a yes/no forecast's sourced outcome is reported, the forecast not judged: no relation words
    if (
        isinstance(computed, (int, float))
        and not unit.strip().endswith("(1 = yes)")
        and not isinstance(computed, bool)
        and isinstance(stated, (int, float, tuple))
        and not scope_differs(claim)
    ):
        lo, hi = stated if isinstance(stated, tuple) else (stated, stated)
        relation = ratio_words(float(lo), float(computed), float(hi))
        span = ratio_span(float(lo), float(hi), spread)
        relation += f" ({span})" if span and relation else ""
    elif isinstance(computed, str) and isinstance(stated, str) and reading is None:
        relation = date_beside(stated, computed)  # a forecast in its own words: no gap in months
    implies = context_sentence(checker, claim, unit, where, stated, plan=True)
    row["verdict"] = "stated"
    row["verdict_text"] = verdict_text("stated", kind)
    if scope_differs(claim):
        # two scopes: the headline never sets them side by side (the explanation names each)
        row["scope_differs"] = scope_differs(claim)
    if beside.startswith("by "):
        row["by"] = beside[3:]
    specs, docs = scenario_docs(claim, checker.claims, checker._estimates)
    row["explanation"] = plan_explanation(
        stated_text,
        shown if computed is not None else None,
        beside,
        relation,
        implies,
        note,
        reason,
        scope_differs(claim),
        price_words(docs, [str(sp.get("field", "")) for sp in specs]),
        plan_reading_words(reading, unit) if reading is not None else "",
    )
    return row


def _json_value(x: Any) -> Any:
    return list(x) if isinstance(x, tuple) else x


def _judged_row(checker: Checker, claim: dict[str, Any]) -> dict[str, Any]:
    """The verdict row of a ``fact`` or ``model`` claim, by the rules of :func:`.verdict.judge`."""
    cid = claim["id"]
    where = f"{checker.path}: claims {cid!r}"
    unit = str(claim.get("unit", ""))
    qualifier = normalize_qualifier(claim.get("qualifier", "about"))
    stated = parse_stated(claim.get("stated"), f"{where}: stated")
    note = " ".join(x for x in (str(claim.get("note", "")).strip(), context_sentence(checker, claim, unit, where)) if x)
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
        "computed_text": sourced_span(computed, unit)
        if isinstance(computed, tuple) and sourced_range(claim)
        else computed_text(computed, unit, bound_of(stated, qualifier), is_measured(claim, unit)),
        "method": _method(claim.get("compute", {})),
    }
    if claim.get("part_of"):
        row["part_of"] = str(claim["part_of"])
    spread = getattr(computed, "spread", None)
    if spread is not None:
        row["computed_range"] = list(spread)
    if claim.get("selection") or claim.get("analysis"):
        # a judgement, an analysis or the article's own chosen input: nothing a source could
        # settle, so not checked (unverifiable is kept for a fact minebelt lacks data for)
        row["verdict"] = "not-checked"
        if computed is None:
            lead = reason
        elif claim.get("analysis"):
            lead = f"Analysis, not a figure the claim states; minebelt's own figure: {row['computed_text']}."
        elif isinstance(stated, str):
            lead = f"A judgement, not a figure minebelt can recompute; for context minebelt measures {row['computed_text']}."
        else:
            lead = f"The stated figure is a choice of stretches; for context minebelt measures {row['computed_text']}."
        row["explanation"] = " ".join(x for x in (lead, note) if x)
        return row
    if computed is None:
        row["verdict"] = "unverifiable"
        row["explanation"] = " ".join(x for x in (reason, note) if x)
        return row
    if isinstance(stated, str) and "reading" in claim and isinstance(computed, (int, float)):
        return reading_row(row, parse_reading(claim["reading"], f"{where}: reading"), float(computed), unit, note)
    if isinstance(stated, str) or isinstance(computed, str):
        if not (isinstance(stated, str) and isinstance(computed, str)):
            raise InputError(
                f"{where}: a date claim needs a date string on both sides (stated {row['stated_text']!r}, computed {row['computed_text']!r})"
            )
        if qualifier == "after":
            ok = computed > stated
        elif qualifier == "before":
            ok = computed < stated
        else:
            ok = computed.startswith(stated)
        gap = date_gap(stated, computed) if qualifier not in ("after", "before") else ""
        row["verdict"] = "holds" if ok else "does-not-hold"
        if ok:
            said = (
                f"Sourced date {computed}: {row['stated_text']}, as stated."
                if qualifier in ("after", "before")
                else f"Sourced date {computed}, as stated."
            )
        else:
            said = f"Sourced date {computed}, not {row['stated_text']} as stated" + (f" ({gap})." if gap else ".")
        row["explanation"] = " ".join(x for x in (said, note) if x)
        return row
    rel_tol = parse_tolerance(claim.get("tolerance", settings.HOLDS_REL_TOL), f"{where}: tolerance")
    abs_tol = claim.get("abs_tolerance", 0 if is_count(unit) else ABS_TOLERANCE_DEFAULT.get(unit.strip()))
    j = judge(
        stated,
        computed,
        qualifier,
        rel_tol,
        None if abs_tol is None else parse_tolerance(abs_tol, f"{where}: abs_tolerance", None),
        spread,
    )
    row["verdict"] = j.verdict
    row["deviation"] = None if j.deviation is None or not math.isfinite(j.deviation) else round(j.deviation, 6)
    difference = None
    if is_absolute(unit) and not isinstance(stated, tuple) and not isinstance(computed, tuple):
        difference = float(computed) - float(stated)
        row["difference"] = round(difference, 6)
    elif unit.strip() == "share" and isinstance(stated, (int, float)) and isinstance(computed, (int, float)):
        difference = float(computed) - float(stated)  # worded in percentage points, not a JSON field
    row["explanation"] = " ".join(
        x for x in (explain(j, row["stated_text"], row["computed_text"], qualifier, unit, difference), note) if x
    )
    return row


def _error_row(claim: dict[str, Any], message: str, path: Any = None, kind: str = "fact") -> dict[str, Any]:
    """The row of a claim that cannot be evaluated as written (a typo, an unreachable field);
    its ``error`` always names the claim."""
    if f"{claim['id']!r}" not in message:
        message = (
            f"{path}: claims {claim['id']!r}: {message}" if path is not None else f"claims {claim['id']!r}: {message}"
        )
    raw = claim.get("stated")
    return {
        "id": claim["id"],
        "source": claim.get("source"),
        "quote": claim["quote"],
        "stated": raw if isinstance(raw, (int, float, str, list)) and not isinstance(raw, bool) else None,
        "qualifier": str(claim.get("qualifier", "about")),
        "unit": str(claim.get("unit", "")),
        "kind": kind,
        "computed": None,
        "stated_text": str(raw),
        "computed_text": "\u2014",
        "method": _method(claim.get("compute", {})),
        "verdict": "error",
        "verdict_text": "error",
        "error": message,
        "explanation": f"Not evaluated: {message}",
        **({"part_of": str(claim["part_of"])} if claim.get("part_of") else {}),
    }


def holds_by_kind(rows: list[dict[str, Any]]) -> dict[str, int]:
    """``{kind: count}`` of the claims that hold (``{"fact": 27, "model": 19}``): a fact that
    holds and a figure that holds by a model's own arithmetic are not the same news."""
    out: dict[str, int] = {}
    for r in rows:
        if r["verdict"] == "holds":
            out[r["kind"]] = out.get(r["kind"], 0) + 1
    return out


@in_english
def check_rows(checker: Checker, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The verdict row of every claim; a claim that cannot be evaluated as written gets the
    verdict ``error`` (with ``error``, the one-line reason) and the others are still checked."""
    rows = []
    for c in claims:
        try:
            rows.append(sourced_row(checker, c, check_claim))
        except UnitMismatch as e:
            raise InputError(str(e)) from None
        except InputError as e:
            rows.append(_error_row(c, "; ".join(e.lines), checker.path, default_kind(c, checker.claims)))
    return rows


def check_file(path: str | Path) -> dict[str, Any]:
    """Fact-check every claim of a claims file: the ``minebelt.factcheck/2`` document."""
    p = Path(path)
    claims = load_claims(p)
    for c in claims:
        fact_not_model(c, claims, p)
    checker = Checker(p, claims)
    checker.sources = parse_sources(load_sources(p))
    rows = check_rows(checker, claims)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    from .._version import __version__

    return {
        "schema": SCHEMA,
        "file": p.name,
        "summary": counts,
        "holds_by_kind": holds_by_kind(rows),
        "as_of": as_of(rows),
        "claims": rows,
        "provenance": {"minebelt_version": __version__},
    }
