"""Fact-checking published claims against minebelt's own recomputation.

A claims file (TOML) lists claims, each with the exact quote, what it states, and how to
recompute it::

    [[claims]]
    id = "s1-pol-400-mines"
    source = "seed-001"
    quote = "...which corresponds to about 9.6 million mines."
    stated = 9_600_000          # a number, a range [lo, hi], or a date "2025-06"
    qualifier = "about"         # about | exact | over | under | at-least | up-to | after | before
    unit = "mines"
    part_of = "s1-pol"          # optional: one part of a combined claim, split per country
    [claims.compute]            # one of:
    scenario = "seed-korean-model.toml"       # any number of an estimate document:
    scenario_name = "..."                     #   (default: the file's first scenario)
    field = "clearance.calendar_years"        #   dotted path (a bare name reads totals)
    section = "Poland: border with Belarus"   #   optional: field is then read in that row
    samples = 20000                           #   optional: Monte Carlo, the figure carries its 90 % range
    # expr = "a / b" with refs = {a = "const:DMZ_MINES_SOUTH", b = "border:KOR-PRK:length_km"}
    # range = [{...}, {...}]      two specs: the computed value is a range
    # date = "WITHDRAWAL_DEPOSIT_FIN"
    # members = ["POL", "FIN"], of = "NATO"
    # unverifiable = "why it cannot be recomputed"

References in ``refs``: ``claim:ID`` (another claim's computed value), ``const:NAME``
(:data:`minebelt.constants.FACTS`), ``border:A-B+C-D:FIELD`` (measured land borders; FIELD
is ``length_km``, ``land_km``, ``water_km``, ``min_lat``, ``max_lat`` or ``mean_lat``), or a
table like ``compute`` that names a scenario figure.

Verdicts are computed, never written in the file, by the rules of :func:`judge` (written out
in ``docs/user-guide.md``): ``holds``, ``imprecise``, ``does-not-hold``; ``unverifiable`` when
minebelt has nothing to recompute it from (or the claim is a ``selection``, a choice such as
"the most vulnerable 1,000 km"); ``error`` when the claim cannot be evaluated as written
(e.g. an unreachable field) \u2014 that claim fails, the rest of the file is still checked.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import settings
from .errors import InputError

SCHEMA = "minebelt.factcheck/1"
Verdict = Literal["holds", "does-not-hold", "imprecise", "unverifiable", "error"]
QUALIFIERS = ("about", "exact", "over", "under", "at-least", "up-to", "after", "before")
_QUALIFIER_ALIASES = {"at least": "at-least", "up to": "up-to", "more than": "over", "less than": "under"}
BOUNDS = ("over", "under", "at-least", "up-to")
CLAIM_KEYS = {"id", "source", "quote", "stated", "qualifier", "unit", "tolerance", "abs_tolerance", "selection", "note", "compute", "context", "part_of"}


class Unverifiable(Exception):
    """The claim cannot be recomputed with what minebelt has."""


def normalize_qualifier(q: str) -> str:
    q = str(q).strip().lower()
    return _QUALIFIER_ALIASES.get(q, q)


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


def _g(x: float) -> str:
    """Four significant figures without exponent notation: ``4,800,000``, ``0.4597``."""
    return f"{float(f'{x:.4g}'):,.10g}"


def judge(
    stated: float | tuple[float, float],
    computed: float | tuple[float, float],
    qualifier: str = "about",
    rel_tol: float = settings.HOLDS_REL_TOL,
    abs_tol: float | None = None,
    spread: tuple[float, float] | None = None,
) -> Judgement:
    """Compare a stated value (or range) with a computed value (or range): the verdict rules.

    The rules are written out in ``docs/user-guide.md`` ("Verdict rules"); in short:

    - ``about`` (default), point against point: ``holds`` within the tolerance (5 %, or the
      claim's ``tolerance``/``abs_tolerance``), ``imprecise`` within 25 %, else ``does-not-hold``.
    - ``exact``: equal (to 1e-9) or ``does-not-hold``.
    - ``over``/``at-least``/``under``/``up-to``: a bound. Every end of the computed value beyond it
      (``over``/``under`` strictly): ``holds``; a computed range straddling it: ``imprecise``;
      missed by no more than the tolerance: ``imprecise``; missed by more: ``does-not-hold``.
    - A stated range against a computed point: inside ``holds``, else graded by the nearest end.
    - A stated point against a computed range: ``holds`` if both ends are within the tolerance;
      ``imprecise`` if the point lies inside the range (the figure hides the spread); else graded
      by the nearest end.
    - A stated range against a computed range: ``holds`` if it contains the computed range;
      otherwise the ends are compared pairwise (low with low, high with high) and the worse
      decides; a partial overlap is reported but is not enough to hold.
    - ``spread`` = the computed 90 % range (p05, p95) of an uncertain estimate: a claim that holds at
      the central estimate but whose figure lies far from the 90 % range's ends (beyond 25 %), or a
      bound that fails at an end of that range, is ``imprecise``: it holds literally while hiding
      the spread.
    """
    q = normalize_qualifier(qualifier)
    if q == "exact":
        c = computed if isinstance(computed, tuple) else (computed, computed)
        s_ = stated if isinstance(stated, tuple) else (stated, stated)
        if all(abs(x - y) <= 1e-9 * max(1.0, abs(y)) for x, y in zip(c, s_)):
            return Judgement("holds", 0.0, "exactly as stated")
        dev = max((_rel(x, y) for x, y in zip(c, s_)), key=abs)
        return Judgement("does-not-hold", dev, "stated as exact, and it differs")
    c_lo, c_hi = computed if isinstance(computed, tuple) else (computed, computed)

    if q in BOUNDS:
        up = q in ("over", "at-least")
        strict = q in ("over", "under")
        s = (stated[0] if up else stated[1]) if isinstance(stated, tuple) else stated

        def ok(x: float) -> bool:
            if up:
                return x > s if strict else x >= s
            return x < s if strict else x <= s

        word = q.replace("-", " ")
        if ok(c_lo) and ok(c_hi):
            margin = _rel(c_lo if up else c_hi, s)
            if spread is not None and not ok(spread[0] if up else spread[1]):
                return Judgement("imprecise", margin, f"holds at the central estimate but not across the 90 % range {_g(spread[0])}\u2013{_g(spread[1])}")
            return Judgement("holds", margin, f"computed is {word} {_g(s)}")
        if ok(c_lo) or ok(c_hi):
            return Judgement("imprecise", 0.0, f"the computed range straddles {_g(s)}")
        nearest = c_hi if up else c_lo
        dev = _rel(nearest, s)
        within = abs(nearest - s) <= abs_tol if abs_tol is not None else abs(dev) <= rel_tol
        if within:
            return Judgement("imprecise", dev, f"computed misses the bound {word} {_g(s)} by no more than the tolerance")
        return Judgement("does-not-hold", dev, f"computed is not {word} {_g(s)}")

    if isinstance(stated, tuple):
        s_lo, s_hi = stated
        if not isinstance(computed, tuple):
            if s_lo <= c_lo <= s_hi:
                return Judgement("holds", 0.0, "computed lies within the stated range")
            nearest = s_lo if c_lo < s_lo else s_hi
            dev = _rel(c_lo, nearest)
            return Judgement(_grade(dev, rel_tol, abs(c_lo - nearest), abs_tol), dev, "computed lies outside the stated range")
        if s_lo <= c_lo and c_hi <= s_hi:
            return Judgement("holds", 0.0, "the stated range contains the computed one")
        devs = [_rel(c_lo, s_lo), _rel(c_hi, s_hi)]
        dev = max(devs, key=abs)
        absd = max(abs(c_lo - s_lo), abs(c_hi - s_hi))
        verdict = _grade(dev, rel_tol, absd, abs_tol)
        o_lo, o_hi = max(c_lo, s_lo), min(c_hi, s_hi)
        if verdict == "holds":
            reason = "range ends compared"
        elif o_lo <= o_hi:
            reason = f"the ranges overlap only on {_g(o_lo)}\u2013{_g(o_hi)}; range ends compared"
        else:
            reason = "the ranges do not overlap; range ends compared"
        return Judgement(verdict, dev, reason)

    if isinstance(computed, tuple):
        devs = [_rel(c_lo, stated), _rel(c_hi, stated)]
        dev = max(devs, key=abs)
        absd = max(abs(c_lo - stated), abs(c_hi - stated))
        if _grade(dev, rel_tol, absd, abs_tol) == "holds":
            return Judgement("holds", dev, "both ends of the computed range are within the tolerance")
        if c_lo <= stated <= c_hi:
            return Judgement("imprecise", dev, f"the stated figure is one point of the computed range {_g(c_lo)}\u2013{_g(c_hi)}")
        nearest = c_lo if stated < c_lo else c_hi
        ndev = _rel(nearest, stated)
        verdict = _grade(ndev, rel_tol, abs(nearest - stated), abs_tol)
        return Judgement("imprecise" if verdict == "holds" else verdict, ndev, "the computed range lies beyond the stated figure")

    dev = _rel(c_lo, stated)
    verdict = _grade(dev, rel_tol, abs(c_lo - stated), abs_tol)
    if verdict == "holds" and spread is not None:
        lo_dev, hi_dev = _rel(spread[0], stated), _rel(spread[1], stated)
        if max(abs(lo_dev), abs(hi_dev)) > settings.IMPRECISE_REL_TOL:
            return Judgement("imprecise", dev, f"holds at the central estimate, but the 90 % range is {_g(spread[0])}\u2013{_g(spread[1])}: the single figure hides the spread")
    return Judgement(verdict, dev, "point compared")


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
    from .errors import clip

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
    "scenario": {"scenario", "scenario_name", "section", "field", "samples", "seed"},
}


class Figure(float):
    """A scenario figure: a float that also carries the estimate's 90 % range, if sampled."""

    spread: tuple[float, float] | None = None

    def __new__(cls, value: float, spread: tuple[float, float] | None = None) -> Figure:
        obj = super().__new__(cls, value)
        obj.spread = spread
        return obj


_PATH = re.compile(r"\[(\d+)\]|([^.\[\]]+)")


def resolve_path(doc: Any, path: str, where: str) -> Any:
    """The value at a dotted path of an estimate document (``clearance.calendar_years``,
    ``by_country.POL.mines``, ``sections[0].mines``, ``exposure.total.within_5km.population``)."""
    node = doc
    done: list[str] = []
    for m in _PATH.finditer(path):
        index, key = m.group(1), m.group(2)
        if index is not None:
            if not isinstance(node, list) or int(index) >= len(node):
                raise InputError(f"{where}: field {path!r}: {'.'.join(done) or 'the document'} has no item [{index}]")
            node = node[int(index)]
            done.append(f"[{index}]")
            continue
        if not isinstance(node, dict) or key not in node:
            here = ".".join(done) or "the estimate"
            known = ", ".join(k for k in node if not k.endswith("_dist")) if isinstance(node, dict) else "nothing (not a table)"
            raise InputError(f"{where}: field {path!r}: {here} has no {key!r} (it has: {known})")
        node = node[key]
        done.append(key)
    return node


class Checker:
    """Evaluates the claims of one file, caching estimates and other claims' values."""

    def __init__(self, path: Path, claims: list[dict[str, Any]]) -> None:
        self.path = path
        self.claims = {c["id"]: c for c in claims}
        self.values: dict[str, Any] = {}
        self._estimates: dict[tuple[Path, str | None], Any] = {}
        self._busy: set[str] = set()

    # -- references
    def scenario_figure(self, spec: dict[str, Any], where: str) -> Figure:
        """A figure of an estimate document by its dotted path.

        ``field`` is a dotted path into the whole document (``clearance.calendar_years``,
        ``cost.total``, ``totals.mines``); with ``section`` it is a path inside that section's
        row; a bare name such as ``mines`` is read from ``totals``. With ``samples`` (and
        ``seed``) the estimate runs Monte Carlo and the figure carries its 90 % range.
        """
        from .pipeline.estimate import estimate
        from .scenario import load_scenarios

        allowed = _COMPUTE_KEYS["scenario"]
        extra = set(spec) - allowed
        if extra or "scenario" not in spec or "field" not in spec:
            raise InputError(f"{where}: a scenario figure needs scenario and field (optional: {', '.join(sorted(allowed - {'scenario', 'field'}))}); got {sorted(map(str, spec))}")
        for name in ("scenario", "scenario_name", "section", "field"):
            if name in spec and not isinstance(spec[name], str):
                raise InputError(f"{where}: {name}: must be text, got {type(spec[name]).__name__}")
        samples, seed = spec.get("samples"), spec.get("seed")
        for name, v in (("samples", samples), ("seed", seed)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < (1 if name == "samples" else 0)):
                raise InputError(f"{where}: {name} = {v!r}: must be a whole number{' >= 1' if name == 'samples' else ' >= 0'}")
        file = (self.path.parent / spec["scenario"]).resolve()
        key = (file, spec.get("scenario_name"), samples, seed)
        if key not in self._estimates:
            scenarios = load_scenarios(file)
            name = spec.get("scenario_name")
            chosen = scenarios[0] if name is None else next((s for s in scenarios if s.name == name), None)
            if chosen is None:
                raise InputError(f"{where}: scenario_name {name!r} not in {spec['scenario']} ({'; '.join(s.name for s in scenarios)})")
            self._estimates[key] = estimate(chosen, samples=samples, seed=seed, with_geometry=False).document
        doc = self._estimates[key]
        path = str(spec["field"])
        if "section" in spec:
            row = next((r for r in doc["sections"] if r["name"] == spec["section"]), None)
            if row is None:
                raise InputError(f"{where}: section {spec['section']!r} not in scenario {doc['scenario']['name']!r}")
            parent, full = row, path
        else:
            parent, full = doc, path if ("." in path or "[" in path) else f"totals.{path}"
        value = resolve_path(parent, full, where)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            shown = "null (not estimated)" if value is None else type(value).__name__
            raise InputError(f"{where}: field {full!r} is {shown}, not a number")
        head, _, last = full.rpartition(".")
        dist = None
        if samples:
            try:
                dist = resolve_path(parent, f"{head}.{last}_dist" if head else f"{last}_dist", where)
            except InputError:
                dist = None
        spread = (float(dist["p05"]), float(dist["p95"])) if isinstance(dist, dict) else None
        return Figure(float(value), spread)

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
            from .model.facts import FACTS

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
            from .model.facts import DATES

            if not isinstance(spec["date"], str) or spec["date"] not in DATES:
                raise InputError(f"{where}: unknown date {spec['date']!r} (known: {', '.join(sorted(DATES))})")
            return DATES[spec["date"]][0]
        if "members" in spec:
            from .model.facts import MEMBERSHIPS

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
    from .geo.borders import border_summary

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


_PLAIN_REASONS = {"point compared", "range ends compared", "computed lies within the stated range", "computed lies outside the stated range"}


def _tolerance(raw: Any, where: str, high: float | None = 1.0) -> float:
    """A tolerance: a finite number >= 0 (a relative one at most ``high``)."""
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw) or raw < 0 or (high is not None and raw > high):
        allowed = f"[0, {high:g}]" if high is not None else ">= 0"
        raise InputError(f"{where}: must be a number in {allowed}, got {raw!r}")
    return float(raw)


def _explain(j: Judgement, stated_text: str, computed_text: str, qualifier: str) -> str:
    dev = j.deviation
    finite = dev is not None and math.isfinite(dev)
    pct = abs(dev) * 100 if finite else 0.0
    direction = "higher" if finite and dev > 0 else "lower"
    plain = j.reason in _PLAIN_REASONS or j.reason.startswith("computed is")
    extra = "" if plain else f" {j.reason[0].upper()}{j.reason[1:]}."
    if qualifier in BOUNDS:
        margin = f" ({pct:.0f} % {direction})" if finite and pct >= 0.5 else ""
        if j.verdict == "holds":
            return f"Recomputed {computed_text}, {stated_text} as stated{margin}."
        return f"Recomputed {computed_text} against stated {stated_text}{margin}.{extra}"
    if qualifier == "exact":
        if j.verdict == "holds":
            return f"Recomputed {computed_text}, as stated."
        return f"Recomputed {computed_text}, not {stated_text} as stated."
    if not finite:
        return f"Recomputed {computed_text} against stated {stated_text}.{extra}"
    if pct < 0.05 and j.verdict == "holds":
        return f"Recomputed {computed_text}, as stated."
    if dev == 0.0:
        return f"Recomputed {computed_text} against stated {stated_text}.{extra}"
    return f"Recomputed {computed_text} vs stated {stated_text}: {pct:.0f} % {direction}.{extra}"


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
    row["explanation"] = " ".join(x for x in (_explain(j, row["stated_text"], row["computed_text"], qualifier), note) if x)
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


def load_claims(path: str | Path) -> list[dict[str, Any]]:
    from .scenario import read_toml

    p = Path(path)
    doc, _ = read_toml(p, settings.CLAIMS_BYTES_MAX, "claims file (TOML)")
    claims = doc.get("claims")
    extra = set(doc) - {"claims", "title", "sources"}
    if extra:
        from .errors import suggest

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
            from .errors import suggest

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
        q = normalize_qualifier(c.get("qualifier", "about"))
        if q not in QUALIFIERS:
            raise InputError(f"{p}: claims[{i}] {c['id']!r}: qualifier {q!r}: allowed {', '.join(QUALIFIERS)}")
    return claims


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
    from ._version import __version__

    return {"schema": SCHEMA, "file": p.name, "summary": counts, "claims": rows, "provenance": {"minebelt_version": __version__}}
