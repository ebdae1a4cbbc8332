"""The :class:`Checker`: evaluates what a claim's ``compute`` names — a scenario figure, a constant,
a border figure, another claim, an expression, a range, a date, a membership count.

Layer: outputs (fact-check): runs the pipeline (:func:`minebelt.pipeline.estimate.estimate`)
for scenario figures, reads the sourced constants of :mod:`minebelt.model.facts` and the border
figures of :mod:`minebelt.geo.borders`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import InputError
from .expr import eval_expr
from .money import fx_conversion, fx_rate  # noqa: F401  (fx_rate re-exported: it lived here)

#: The kinds of a string ref (``kind:...``).
REF_KINDS = ("claim", "const", "border", "fx")


class Unverifiable(Exception):
    """The claim cannot be recomputed with what minebelt has."""


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
            known = (
                ", ".join(k for k in node if not k.endswith("_dist"))
                if isinstance(node, dict)
                else "nothing (not a table)"
            )
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
        # (scenario file, scenario_name, samples, seed) -> its estimate document
        self._estimates: dict[tuple[Path, Any, Any, Any], Any] = {}
        self._busy: set[str] = set()
        #: the exchange rates each claim's value used, as read ("0.2347 EUR/PLN, ECB reference rate of 2024-05-17")
        self.rates_used: dict[str, list[str]] = {}
        self._rates: list[list[str]] = []
        #: the citations each claim's value rests on (constants, dates, memberships), in order
        self.cites: dict[str, list[Any]] = {}
        self._cites: list[list[Any]] = []
        #: the citations of the file's ``sources`` list, by name (a claim's ``source``)
        self.sources: dict[str, list[Any]] = {}

    def _cite(self, *citations: Any) -> None:
        if self._cites:
            self._cites[-1].extend(c for c in citations if c not in self._cites[-1])

    # -- references
    def scenario_figure(self, spec: dict[str, Any], where: str) -> Figure:
        """A figure of an estimate document by its dotted path.

        ``field`` is a dotted path into the whole document (``clearance.calendar_years``,
        ``cost.total``, ``totals.mines``); with ``section`` it is a path inside that section's
        row; a bare name such as ``mines`` is read from ``totals``. With ``samples`` (and
        ``seed``) the estimate runs Monte Carlo and the figure carries its 90 % range.
        """
        from ..pipeline.estimate import estimate
        from ..scenario import load_scenarios

        allowed = _COMPUTE_KEYS["scenario"]
        extra = set(spec) - allowed
        if extra or "scenario" not in spec or "field" not in spec:
            raise InputError(
                f"{where}: a scenario figure needs scenario and field (optional: {', '.join(sorted(allowed - {'scenario', 'field'}))}); got {sorted(map(str, spec))}"
            )
        for name in ("scenario", "scenario_name", "section", "field"):
            if name in spec and not isinstance(spec[name], str):
                raise InputError(f"{where}: {name}: must be text, got {type(spec[name]).__name__}")
        samples, seed = spec.get("samples"), spec.get("seed")
        for name, v in (("samples", samples), ("seed", seed)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < (1 if name == "samples" else 0)):
                raise InputError(
                    f"{where}: {name} = {v!r}: must be a whole number{' >= 1' if name == 'samples' else ' >= 0'}"
                )
        file = (self.path.parent / spec["scenario"]).resolve()
        key = (file, spec.get("scenario_name"), samples, seed)
        if key not in self._estimates:
            scenarios = load_scenarios(file)
            scenario_name = spec.get("scenario_name")
            chosen = (
                scenarios[0] if scenario_name is None else next((s for s in scenarios if s.name == scenario_name), None)
            )
            if chosen is None:
                raise InputError(
                    f"{where}: scenario_name {scenario_name!r} is not a scenario of {spec['scenario']} (it has: {'; '.join(s.name for s in scenarios)})"
                )
            self._estimates[key] = estimate(chosen, samples=samples, seed=seed, with_geometry=False).document
        doc = self._estimates[key]
        path = str(spec["field"])
        if "section" in spec:
            row = next((r for r in doc["sections"] if r["name"] == spec["section"]), None)
            if row is None:
                known = "; ".join(r["name"] for r in doc["sections"])
                raise InputError(
                    f"{where}: section {spec['section']!r} is not a section of scenario {doc['scenario']['name']!r} (it has: {known})"
                )
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
        """The number a ref names: ``claim:ID``, ``const:NAME``, ``border:A-B:FIELD``,
        ``fx:FROM:TO:DATE`` or a scenario table. An unknown name answers in one line with the
        closest known one ("did you mean ...")."""
        from ..errors import clip, suggest

        if isinstance(ref, dict):
            return self.scenario_figure(ref, where)
        if not isinstance(ref, str) or ":" not in ref:
            raise InputError(
                f"{where}: ref {clip(ref)} must be 'claim:ID', 'const:NAME', 'border:A-B:FIELD', 'fx:FROM:TO:DATE' or a scenario table"
            )
        kind, _, rest = ref.partition(":")
        if kind == "claim":
            v = self.value(rest, where)
            self._cite(*self.cites.get(rest, []))
            if self._rates:
                self._rates[-1].extend(r for r in self.rates_used.get(rest, []) if r not in self._rates[-1])
            if isinstance(v, tuple):
                raise InputError(f"{where}: claim {rest!r} has a range; refer to a point claim")
            return v
        if kind == "const":
            from ..model.facts import FACTS

            if rest not in FACTS:
                pair = re.fullmatch(r"([A-Za-z]{3})_?([A-Za-z]{3})", rest)
                hint = (
                    f" (an exchange rate is a ref 'fx:{pair[1].upper()}:{pair[2].upper()}:YYYY-MM-DD')"
                    if pair
                    else suggest(rest, FACTS) or suggest(rest.upper(), FACTS)
                )
                raise InputError(
                    f"{where}: unknown constant {clip(rest)}{hint or ' (the constants are listed in docs/sources.md)'}"
                )
            self._cite(FACTS[rest].citation)
            return float(FACTS[rest].value)
        if kind == "border":
            pairs, _, field = rest.rpartition(":")
            return border_figure(pairs, field, where)
        if kind == "fx":
            conv = fx_conversion(rest, where)
            said = f"{conv.factor:.4g} {conv.to_currency}/{conv.from_currency}, ECB reference rate of {conv.rate_date}"
            asked = rest.split(":")[-1]
            if str(conv.rate_date) != asked:  # a weekend or holiday: the last rate published before it
                said += f" (the last before {asked})"
            if self._rates and said not in self._rates[-1]:
                self._rates[-1].append(said)
            return conv.factor
        raise InputError(
            f"{where}: unknown ref kind {clip(kind)}{suggest(kind, REF_KINDS)} (allowed: {', '.join(REF_KINDS)})"
        )

    def compute(self, spec: Any, where: str, names: dict[str, float] | None = None) -> Any:
        """The value ``spec`` names; ``names`` are extra names an ``expr`` may use (``stated`` in
        a claim's ``context``)."""
        if not isinstance(spec, dict):
            raise InputError(f"{where}: compute must be a table")
        kinds = [k for k in _COMPUTE_KEYS if k in spec]
        if len(kinds) != 1:
            raise InputError(
                f"{where}: compute needs exactly one of {', '.join(_COMPUTE_KEYS)} (got {', '.join(sorted(spec)) or 'nothing'})"
            )
        allowed = _COMPUTE_KEYS[kinds[0]]
        extra = sorted(set(spec) - allowed)
        if extra:
            raise InputError(
                f"{where}: unknown key {extra[0]!r} for a {kinds[0]} computation (allowed: {', '.join(sorted(allowed))})"
            )
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
                raise InputError(f'{where}: expr: must be text such as "a / b"')
            names = dict(names or {})
            for k, v in refs.items():
                if not (isinstance(k, str) and k.isidentifier()):
                    raise InputError(f"{where}: refs: {k!r} is not a name usable in expr")
                value = self.ref(v, f"{where}.refs.{k}")
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise InputError(f"{where}.refs.{k}: refers to a date or range, not a number")
                names[k] = value
            return _with_spread(str(spec["expr"]), names, where)
        if "date" in spec:
            from ..model.facts import DATES

            if not isinstance(spec["date"], str) or spec["date"] not in DATES:
                from ..errors import clip, suggest

                raise InputError(
                    f"{where}: unknown date {clip(spec['date'])}{suggest(str(spec['date']), DATES) or ' (the dates are listed in docs/sources.md)'}"
                )
            self._cite(DATES[spec["date"]][1])
            return DATES[spec["date"]][0]
        if "members" in spec:
            from ..model.facts import MEMBERSHIPS

            group = spec.get("of")
            if not isinstance(group, str) or group not in MEMBERSHIPS:
                from ..errors import clip, suggest

                raise InputError(
                    f"{where}: of = {clip(group)}: unknown group{suggest(str(group), MEMBERSHIPS)} (known: {', '.join(MEMBERSHIPS)})"
                )
            members = spec["members"]
            if not isinstance(members, list) or not members or not all(isinstance(c, str) for c in members):
                raise InputError(f'{where}: members: must be a list of ISO alpha-3 codes like ["POL", "FIN"]')
            from ..data.iso import country_names
            from ..errors import clip

            known = country_names()
            for c in members:
                if c not in known:
                    raise InputError(
                        f"{where}: members: {clip(c)} is not an ISO 3166-1 alpha-3 code{iso_hint(c, known)}"
                    )
            from ..model.facts import MEMBERSHIP_ALSO

            self._cite(MEMBERSHIPS[group][1], *MEMBERSHIP_ALSO.get(group, ()))
            return float(sum(1 for c in members if c in MEMBERSHIPS[group][0]))
        if "scenario" in spec:
            return self.scenario_figure(spec, where)
        raise InputError(f"{where}: compute needs one of scenario, expr, range, date, members, unverifiable")

    def value(self, claim_id: str, where: str = "") -> Any:
        if claim_id in self.values:
            return self.values[claim_id]
        if claim_id not in self.claims:
            from ..errors import clip, suggest

            raise InputError(
                f"{where or f'{self.path}: claims'}: unknown claim id {clip(claim_id)}{suggest(claim_id, self.claims)}"
            )
        if claim_id in self._busy:
            raise InputError(f"{self.path}: claim {claim_id!r} refers to itself through its refs")
        self._busy.add(claim_id)
        self._rates.append([])
        self._cites.append([])
        try:
            v = self.compute(self.claims[claim_id].get("compute"), f"{self.path}: claims {claim_id!r}: compute")
        finally:
            self._busy.discard(claim_id)
            self.rates_used[claim_id] = self._rates.pop()
            self.cites[claim_id] = self._cites.pop()
        self.values[claim_id] = v
        return v


def _with_spread(expr: str, names: dict[str, float], where: str) -> float:
    """``expr`` over ``names``; a :class:`Figure` with its 90 % range when exactly one name is a
    sampled scenario figure (the expression evaluated at that range's two ends: exact for the
    monotone conversions a claim writes, ``cost * rate``, ``stated / mines``)."""
    value = eval_expr(expr, names, where)
    sampled = [k for k, v in names.items() if getattr(v, "spread", None) is not None]
    if len(sampled) != 1:
        return value
    lo, hi = names[sampled[0]].spread  # type: ignore[attr-defined]
    ends = [eval_expr(expr, {**names, sampled[0]: x}, where) for x in (lo, hi)]
    return Figure(value, (min(ends), max(ends)))


def iso_hint(code: str, known: Any) -> str:
    """`` (did you mean 'NOR'?)`` for a code that is not ISO 3166-1 alpha-3: a transposition
    first (NRO, RSU), else the closest code; "" when none is close."""
    from ..errors import suggest

    swapped = sorted(k for k in known if sorted(k) == sorted(code.upper()))
    return f" (did you mean {swapped[0]!r}?)" if swapped else suggest(code.upper(), known)


def border_figure(pairs: str, field: str, where: str) -> float:
    """Sum (lengths) or extent (latitudes) of measured land borders ``"EST-RUS+LVA-RUS"``.
    Raises :class:`InputError` for a code that is not ISO 3166-1 alpha-3 ("did you mean")."""
    from ..data.iso import country_names
    from ..errors import DataMissingError, clip
    from ..geo.borders import border_summary

    known = country_names()
    codes = []
    for pair in pairs.split("+"):
        a, _, b = pair.partition("-")
        if not (len(a) == 3 and len(b) == 3):
            raise InputError(f"{where}: border pair {pair!r} must look like 'FIN-RUS'")
        for c in (a.upper(), b.upper()):
            if c not in known:
                raise InputError(
                    f"{where}: border {clip(pair)}: unknown code {c!r}{iso_hint(c, known)} (ISO 3166-1 alpha-3)"
                )
        codes.append((a.upper(), b.upper()))
    try:
        return border_summary(codes, field)
    except DataMissingError as e:
        raise Unverifiable(f"border geometry is not available ({e})") from None
