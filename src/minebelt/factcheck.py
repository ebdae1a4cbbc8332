"""Fact-checking published claims against minebelt's own recomputation.

A claims file (TOML) lists claims, each with the exact quote, what it states, and how to
recompute it::

    [[claims]]
    id = "s1-pol-400-mines"
    source = "seed-001"
    quote = "...which corresponds to about 9.6 million mines."
    stated = 9_600_000          # a number, a range [lo, hi], or a date "2025-06"
    qualifier = "about"         # about | exact | over | under | after | before
    unit = "mines"
    [claims.compute]            # one of:
    scenario = "seed-korean-model.toml"       # a figure of an estimate:
    scenario_name = "..."                     #   (default: the file's first scenario)
    section = "Poland: border with Belarus, 400 km"   # (default: the totals)
    field = "mines"
    # expr = "a / b" with refs = {a = "const:DMZ_MINES_SOUTH", b = "border:KOR-PRK:length_km"}
    # range = [{...}, {...}]      two specs: the computed value is a range
    # date = "WITHDRAWAL_DEPOSIT_FIN"
    # members = ["POL", "FIN"], of = "NATO"
    # unverifiable = "why it cannot be recomputed"

References in ``refs``: ``claim:ID`` (another claim's computed value), ``const:NAME``
(:data:`minebelt.constants.FACTS`), ``border:A-B+C-D:FIELD`` (measured land borders; FIELD
is ``length_km``, ``land_km``, ``water_km``, ``min_lat``, ``max_lat`` or ``mean_lat``), or a
table like ``compute`` that names a scenario figure.

Verdicts are computed, never written in the file: ``holds`` when the recomputed value is
within ``settings.HOLDS_REL_TOL`` (5 %) of the stated one (or the claim's own
``tolerance``/``abs_tolerance``), ``imprecise`` within ``settings.IMPRECISE_REL_TOL``
(25 %), otherwise ``does-not-hold``; ``unverifiable`` when minebelt cannot recompute it.
A claim marked ``selection = true`` states a choice (e.g. "the most vulnerable 1,000 km"):
its computed value is context and the verdict is ``unverifiable``.
"""

from __future__ import annotations

import ast
import math
import operator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import settings
from .errors import InputError

SCHEMA = "minebelt.factcheck/1"
Verdict = Literal["holds", "does-not-hold", "imprecise", "unverifiable"]
QUALIFIERS = ("about", "exact", "over", "under", "after", "before")
CLAIM_KEYS = {"id", "source", "quote", "stated", "qualifier", "unit", "tolerance", "abs_tolerance", "selection", "note", "compute", "context"}


class Unverifiable(Exception):
    """The claim cannot be recomputed with what minebelt has."""


# ------------------------------------------------------------------ verdicts (pure)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    deviation: float | None  #: signed relative deviation of computed from stated (worst end)
    reason: str


def _rel(computed: float, stated: float) -> float:
    if stated == 0:
        return 0.0 if computed == 0 else math.inf
    return (computed - stated) / abs(stated)


def _grade(dev: float, rel_tol: float, abs_dev: float | None = None, abs_tol: float | None = None) -> Verdict:
    if abs_tol is not None and abs_dev is not None:
        if abs_dev <= abs_tol:
            return "holds"
        return "imprecise" if abs_dev <= 2 * abs_tol else "does-not-hold"
    if abs(dev) <= rel_tol:
        return "holds"
    return "imprecise" if abs(dev) <= settings.IMPRECISE_REL_TOL else "does-not-hold"


def judge(
    stated: float | tuple[float, float],
    computed: float | tuple[float, float],
    qualifier: str = "about",
    rel_tol: float = settings.HOLDS_REL_TOL,
    abs_tol: float | None = None,
) -> Judgement:
    """Compare a stated value (or range) with a computed value (or range).

    - ``about``/``exact``: the worst relative deviation across the range ends decides
      (``exact`` uses a 1e-9 tolerance).
    - ``over``/``under``: holds when the computed value (every end of a computed range) is
      beyond the stated bound; a computed range straddling it is ``imprecise``; short of it
      by at most the imprecise tolerance is ``imprecise``.
    """
    if qualifier == "exact":
        rel_tol = 1e-9
        c = computed if isinstance(computed, tuple) else (computed, computed)
        s_ = stated if isinstance(stated, tuple) else (stated, stated)
        if all(abs(x - y) <= 1e-9 * max(1.0, abs(y)) for x, y in zip(c, s_)):
            return Judgement("holds", 0.0, "exactly as stated")
        dev = max((_rel(x, y) for x, y in zip(c, s_)), key=abs)
        return Judgement("does-not-hold", dev, "stated as exact, and it differs")
    c_lo, c_hi = computed if isinstance(computed, tuple) else (computed, computed)
    if qualifier in ("over", "under"):
        s = stated[0] if isinstance(stated, tuple) else stated
        sign = 1 if qualifier == "over" else -1
        ok_lo, ok_hi = sign * (c_lo - s) > 0, sign * (c_hi - s) > 0
        if ok_lo and ok_hi:
            return Judgement("holds", _rel(c_lo if sign > 0 else c_hi, s), f"computed is {qualifier} {s:g}")
        if ok_lo or ok_hi:
            return Judgement("imprecise", 0.0, f"the computed range straddles {s:g}")
        worst = c_hi if sign > 0 else c_lo
        dev = _rel(worst, s)
        v: Verdict = "imprecise" if abs(dev) <= settings.IMPRECISE_REL_TOL else "does-not-hold"
        return Judgement(v, dev, f"computed is not {qualifier} {s:g}")
    if isinstance(stated, tuple):
        s_lo, s_hi = stated
        if not isinstance(computed, tuple):
            if s_lo <= c_lo <= s_hi:
                return Judgement("holds", 0.0, "computed lies within the stated range")
            nearest = s_lo if c_lo < s_lo else s_hi
            dev = _rel(c_lo, nearest)
            return Judgement(_grade(dev, rel_tol, abs(c_lo - nearest), abs_tol), dev, "computed lies outside the stated range")
        devs = [_rel(c_lo, s_lo), _rel(c_hi, s_hi)]
        dev = max(devs, key=abs)
        absd = max(abs(c_lo - s_lo), abs(c_hi - s_hi))
        return Judgement(_grade(dev, rel_tol, absd, abs_tol), dev, "range ends compared")
    devs = [_rel(c_lo, stated), _rel(c_hi, stated)]
    dev = max(devs, key=abs)
    absd = max(abs(c_lo - stated), abs(c_hi - stated))
    return Judgement(_grade(dev, rel_tol, absd, abs_tol), dev, "point compared")


# ------------------------------------------------------------------ formatting


def _trim(x: float, places: int = 2) -> str:
    text = f"{x:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def fmt_value(x: float, unit: str) -> str:
    """Human text for a value in a unit ("9.6 million mines", "1,340 km", "16 years")."""
    if unit.startswith("mines") and abs(x) >= 1e6:
        return f"{_trim(x / 1e6)} million {unit}"
    if unit == "year":
        return f"{x:.0f}"
    if unit == "share":
        return f"{x * 100:.0f} %"
    if abs(x) >= 1000:
        return f"{x:,.0f} {unit}"
    return f"{_trim(x, 1 if abs(x) >= 100 else 2)} {unit}"


def fmt_stated(v: Any, unit: str) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return f"{fmt_value(v[0], unit)} \u2013 {fmt_value(v[1], unit)}"
    return fmt_value(v, unit)


# ------------------------------------------------------------------ evaluation

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_FUNCS = {"max": max, "min": min, "round": round}


def eval_expr(expr: str, names: dict[str, float], where: str) -> float:
    """Evaluate arithmetic (+ - * /, parentheses, max/min/round) over ``names``; nothing else.

    Bounded before evaluation (issue 13): at most ``settings.EXPR_CHARS_MAX`` characters and
    ``settings.EXPR_NODES_MAX`` elements, so neither Python's parser nor this evaluator can
    run out of stack or memory; ``max``/``min`` take two or more values, ``round`` one value
    and optionally a whole number of digits; a result that overflows is an error.
    """
    from ._validate import clip

    if len(expr) > settings.EXPR_CHARS_MAX:
        raise InputError(f"{where}: expr: {len(expr):,} characters, more than {settings.EXPR_CHARS_MAX:,} (EXPR_CHARS_MAX)")
    try:
        tree = ast.parse(expr, mode="eval")
    except (SyntaxError, ValueError):
        raise InputError(f"{where}: expr {clip(expr)} is not valid arithmetic") from None
    except (RecursionError, MemoryError):
        raise InputError(f"{where}: expr {clip(expr)} is nested too deeply") from None
    nodes = sum(1 for n in ast.walk(tree) if not isinstance(n, (ast.expr_context, ast.operator, ast.unaryop)))
    if nodes > settings.EXPR_NODES_MAX:
        raise InputError(f"{where}: expr {clip(expr)}: {nodes:,} elements, more than {settings.EXPR_NODES_MAX} (EXPR_NODES_MAX)")
    allowed = f"{where}: expr {clip(expr)}: only numbers, refs, + - * /, parentheses, max(a, b, ...), min(a, b, ...) and round(x[, digits]) are allowed"

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            try:
                return float(node.value)
            except OverflowError:
                raise InputError(f"{where}: expr {clip(expr)}: the number {clip(node.value)} is too large") from None
        if isinstance(node, ast.Name):
            if node.id not in names:
                raise InputError(f"{where}: expr uses {node.id!r}, which is not in refs ({', '.join(sorted(names)) or 'none'})")
            return names[node.id]
        if isinstance(node, ast.BinOp) and type(node.op) in _BIN:
            return _BIN[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return -ev(node.operand) if isinstance(node.op, ast.USub) else ev(node.operand)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _FUNCS and not node.keywords:
            fn, args = node.func.id, node.args
            if any(isinstance(a, ast.Starred) for a in args):
                raise InputError(allowed)
            if fn in ("max", "min"):
                if len(args) < 2:
                    raise InputError(f"{where}: expr {clip(expr)}: {fn}() needs two or more values")
                return float(_FUNCS[fn](*[ev(a) for a in args]))
            if len(args) == 1:
                return float(round(ev(args[0])))
            digits = args[1] if len(args) == 2 else None
            if not (isinstance(digits, ast.Constant) and type(digits.value) is int and -20 <= digits.value <= 20):
                raise InputError(f"{where}: expr {clip(expr)}: round(x) or round(x, digits) with digits a whole number in [-20, 20]")
            return float(round(ev(args[0]), digits.value))
        raise InputError(allowed)

    try:
        value = ev(tree)
    except ZeroDivisionError:
        raise InputError(f"{where}: expr {clip(expr)} divides by zero") from None
    except (OverflowError, RecursionError):
        raise InputError(f"{where}: expr {clip(expr)} overflows") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: expr {clip(expr)} gives {value} (it overflows)")
    return value


_COMPUTE_KEYS: dict[str, set[str]] = {
    "unverifiable": {"unverifiable"},
    "range": {"range"},
    "expr": {"expr", "refs"},
    "date": {"date"},
    "members": {"members", "of"},
    "scenario": {"scenario", "scenario_name", "section", "field"},
}


class Checker:
    """Evaluates the claims of one file, caching estimates and other claims' values."""

    def __init__(self, path: Path, claims: list[dict[str, Any]]) -> None:
        self.path = path
        self.claims = {c["id"]: c for c in claims}
        self.values: dict[str, Any] = {}
        self._estimates: dict[tuple[Path, str | None], Any] = {}
        self._busy: set[str] = set()

    # -- references
    def scenario_figure(self, spec: dict[str, Any], where: str) -> float:
        from .core import estimate
        from .scenario import load_scenarios

        allowed = {"scenario", "scenario_name", "section", "field"}
        extra = set(spec) - allowed
        if extra or "scenario" not in spec or "field" not in spec:
            raise InputError(f"{where}: a scenario figure needs scenario and field (optional: scenario_name, section); got {sorted(map(str, spec))}")
        for key in allowed & set(spec):
            if not isinstance(spec[key], str):
                raise InputError(f"{where}: {key}: must be text, got {type(spec[key]).__name__}")
        file = (self.path.parent / spec["scenario"]).resolve()
        key = (file, spec.get("scenario_name"))
        if key not in self._estimates:
            scenarios = load_scenarios(file)
            name = spec.get("scenario_name")
            chosen = scenarios[0] if name is None else next((s for s in scenarios if s.name == name), None)
            if chosen is None:
                raise InputError(f"{where}: scenario_name {name!r} not in {spec['scenario']} ({'; '.join(s.name for s in scenarios)})")
            self._estimates[key] = estimate(chosen, with_geometry=False).document
        doc = self._estimates[key]
        if "section" in spec:
            row = next((r for r in doc["sections"] if r["name"] == spec["section"]), None)
            if row is None:
                raise InputError(f"{where}: section {spec['section']!r} not in scenario {doc['scenario']['name']!r}")
        else:
            row = doc["totals"]
        if spec["field"] not in row or not isinstance(row[spec["field"]], (int, float)):
            raise InputError(f"{where}: field {spec['field']!r} is not a number in that row")
        return float(row[spec["field"]])

    def ref(self, ref: Any, where: str) -> float:
        if isinstance(ref, dict):
            return self.scenario_figure(ref, where)
        if not isinstance(ref, str) or ":" not in ref:
            raise InputError(f"{where}: ref {ref!r} must be 'claim:ID', 'const:NAME', 'border:A-B:FIELD' or a scenario table")
        kind, _, rest = ref.partition(":")
        if kind == "claim":
            v = self.value(rest, where)
            if isinstance(v, tuple):
                raise InputError(f"{where}: claim {rest!r} has a range; refer to a point claim")
            return v
        if kind == "const":
            from .constants import FACTS

            if rest not in FACTS:
                raise InputError(f"{where}: unknown constant {rest!r} (known: {', '.join(sorted(FACTS))})")
            return float(FACTS[rest].value)
        if kind == "border":
            pairs, _, field = rest.rpartition(":")
            return border_figure(pairs, field, where)
        raise InputError(f"{where}: unknown ref kind {kind!r} (claim, const, border)")

    def compute(self, spec: Any, where: str) -> Any:
        if not isinstance(spec, dict):
            raise InputError(f"{where}: compute must be a table")
        kinds = [k for k in _COMPUTE_KEYS if k in spec]
        if len(kinds) != 1:
            raise InputError(f"{where}: compute needs exactly one of {', '.join(_COMPUTE_KEYS)} (got {', '.join(sorted(spec)) or 'nothing'})")
        allowed = _COMPUTE_KEYS[kinds[0]]
        extra = sorted(set(spec) - allowed)
        if extra:
            raise InputError(f"{where}: unknown key {extra[0]!r} for a {kinds[0]} computation (allowed: {', '.join(sorted(allowed))})")
        if "unverifiable" in spec:
            raise Unverifiable(str(spec["unverifiable"]))
        if "range" in spec:
            lo_hi = spec["range"]
            if not isinstance(lo_hi, list) or len(lo_hi) != 2:
                raise InputError(f"{where}: range needs two specs [low, high]")
            lo, hi = (self.compute(s, f"{where}.range[{i}]") for i, s in enumerate(lo_hi))
            if not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in (lo, hi)):
                raise InputError(f"{where}: range: both ends must compute to numbers (not dates or ranges)")
            return (float(lo), float(hi))
        if "expr" in spec:
            refs = spec.get("refs", {})
            if not isinstance(refs, dict):
                raise InputError(f"{where}: refs: must be a table of name = ref, got {type(refs).__name__}")
            if not isinstance(spec["expr"], (str, int, float)) or isinstance(spec["expr"], bool):
                raise InputError(f"{where}: expr: must be text such as \"a / b\"")
            names = {}
            for k, v in refs.items():
                if not (isinstance(k, str) and k.isidentifier()):
                    raise InputError(f"{where}: refs: {k!r} is not a name usable in expr")
                value = self.ref(v, f"{where}.refs.{k}")
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise InputError(f"{where}.refs.{k}: refers to a date or range, not a number")
                names[k] = value
            return eval_expr(str(spec["expr"]), names, where)
        if "date" in spec:
            from .constants import DATES

            if not isinstance(spec["date"], str) or spec["date"] not in DATES:
                raise InputError(f"{where}: unknown date {spec['date']!r} (known: {', '.join(sorted(DATES))})")
            return DATES[spec["date"]][0]
        if "members" in spec:
            from .constants import MEMBERSHIPS

            group = spec.get("of")
            if not isinstance(group, str) or group not in MEMBERSHIPS:
                raise InputError(f"{where}: of = {group!r}: unknown group (known: {', '.join(MEMBERSHIPS)})")
            members = spec["members"]
            if not isinstance(members, list) or not all(isinstance(c, str) for c in members):
                raise InputError(f"{where}: members: must be a list of ISO alpha-3 codes like [\"POL\", \"FIN\"]")
            return float(sum(1 for c in members if c in MEMBERSHIPS[group][0]))
        if "scenario" in spec:
            return self.scenario_figure(spec, where)
        raise InputError(f"{where}: compute needs one of scenario, expr, range, date, members, unverifiable")

    def value(self, claim_id: str, where: str = "") -> Any:
        if claim_id in self.values:
            return self.values[claim_id]
        if claim_id not in self.claims:
            raise InputError(f"{self.path}: {where or 'claims'}: unknown claim id {claim_id!r}")
        if claim_id in self._busy:
            raise InputError(f"{self.path}: claim {claim_id!r} refers to itself through its refs")
        self._busy.add(claim_id)
        try:
            v = self.compute(self.claims[claim_id].get("compute"), f"{self.path}: claims {claim_id!r}: compute")
        finally:
            self._busy.discard(claim_id)
        self.values[claim_id] = v
        return v


def border_figure(pairs: str, field: str, where: str) -> float:
    """Sum (lengths) or extent (latitudes) of measured land borders ``"EST-RUS+LVA-RUS"``."""
    from .errors import DataMissingError
    from .geodata import border_summary

    codes = []
    for pair in pairs.split("+"):
        a, _, b = pair.partition("-")
        if not (len(a) == 3 and len(b) == 3):
            raise InputError(f"{where}: border pair {pair!r} must look like 'FIN-RUS'")
        codes.append((a.upper(), b.upper()))
    try:
        return border_summary(codes, field)
    except DataMissingError as e:
        raise Unverifiable(f"border geometry is not available ({e})") from None


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


def _explain(j: Judgement, stated_text: str, computed_text: str, qualifier: str) -> str:
    if j.verdict == "holds" and j.deviation in (0.0, None):
        head = f"Recomputed {computed_text}, as stated."
    elif j.deviation == 0.0:
        head = f"Recomputed {computed_text} against stated {stated_text}: {j.reason}."
    elif qualifier == "exact":
        head = f"Recomputed {computed_text}, not {stated_text} as stated."
    elif j.deviation is None or not math.isfinite(j.deviation):
        head = f"Recomputed {computed_text} against stated {stated_text}."
    else:
        pct = abs(j.deviation) * 100
        direction = "higher" if j.deviation > 0 else "lower"
        if pct < 0.05:
            head = f"Recomputed {computed_text}, as stated ({qualifier})."
        else:
            head = f"Recomputed {computed_text} vs stated {stated_text}: {pct:.0f} % {direction}."
    return head


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
    qualifier = claim.get("qualifier", "about")
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
        "stated_text": (qualifier + " " if qualifier in ("over", "under", "after", "before") else "") + stated_text,
        "computed_text": "\u2014" if computed is None else fmt_stated(computed, unit),
        "method": _method(claim.get("compute", {})),
    }
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
    j = judge(stated, computed, qualifier, rel_tol, None if abs_tol is None else _tolerance(abs_tol, f"{where}: abs_tolerance", None))
    row["verdict"] = j.verdict
    row["deviation"] = None if j.deviation is None or not math.isfinite(j.deviation) else round(j.deviation, 6)
    row["explanation"] = " ".join(x for x in (_explain(j, row["stated_text"], row["computed_text"], qualifier), note) if x)
    return row


def _method(spec: Any) -> str:
    if not isinstance(spec, dict):
        return ""
    if "unverifiable" in spec:
        return "not recomputable"
    if "expr" in spec:
        refs = ", ".join(f"{k} = {v if isinstance(v, str) else v.get('section', 'totals') + ' / ' + v.get('field', '')}" for k, v in spec.get("refs", {}).items())
        return f"{spec['expr']} where {refs}" if refs else str(spec["expr"])
    if "range" in spec:
        return " .. ".join(_method(s) for s in spec["range"])
    if "scenario" in spec:
        return f"{spec['scenario']}: {spec.get('scenario_name', '(first scenario)')} / {spec.get('section', 'totals')} / {spec['field']}"
    if "date" in spec:
        return f"sourced date {spec['date']}"
    if "members" in spec:
        return f"members of {spec.get('of')} among {', '.join(spec['members'])}"
    return ""


def load_claims(path: str | Path) -> list[dict[str, Any]]:
    from .scenario import read_toml

    p = Path(path)
    doc, _ = read_toml(p, settings.CLAIMS_BYTES_MAX, "claims file (TOML)")
    claims = doc.get("claims")
    extra = set(doc) - {"claims", "title", "sources"}
    if extra:
        from ._validate import suggest

        key = sorted(map(str, extra))[0]
        raise InputError(f"{p}: unknown top-level key {key!r}{suggest(key, ('claims', 'title', 'sources'))} (allowed: title, sources, claims)")
    if not isinstance(claims, list) or not claims:
        raise InputError(f"{p}: claims: must be a non-empty array of tables ([[claims]])")
    seen: set[str] = set()
    for i, c in enumerate(claims):
        if not isinstance(c, dict):
            raise InputError(f"{p}: claims[{i}]: must be a table")
        unknown = set(c) - CLAIM_KEYS
        if unknown:
            from ._validate import suggest

            key = sorted(map(str, unknown))[0]
            raise InputError(f"{p}: claims[{i}] {c.get('id', '')!r}: unknown key {key!r}{suggest(key, CLAIM_KEYS)} (allowed: {', '.join(sorted(CLAIM_KEYS))})")
        for req in ("id", "quote", "stated", "compute"):
            if req not in c:
                raise InputError(f"{p}: claims[{i}] {c.get('id', '')!r}: {req}: required field is missing")
        for key in ("id", "quote", "source", "unit", "note"):
            if key in c and not isinstance(c[key], str):
                raise InputError(f"{p}: claims[{i}]: {key}: must be text, got {type(c[key]).__name__}")
        if c["id"] in seen:
            raise InputError(f"{p}: claims[{i}]: duplicate id {c['id']!r}")
        seen.add(c["id"])
        q = c.get("qualifier", "about")
        if q not in QUALIFIERS:
            raise InputError(f"{p}: claims[{i}] {c['id']!r}: qualifier {q!r}: allowed {', '.join(QUALIFIERS)}")
    return claims


def check_file(path: str | Path) -> dict[str, Any]:
    """Fact-check every claim of a claims file: the ``minebelt.factcheck/1`` document."""
    p = Path(path)
    claims = load_claims(p)
    checker = Checker(p, claims)
    rows = [check_claim(checker, c) for c in claims]
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    from . import __version__

    return {"schema": SCHEMA, "file": p.name, "summary": counts, "claims": rows, "provenance": {"minebelt_version": __version__}}
