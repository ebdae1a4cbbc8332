"""Claim kinds: what a claim is, and so what a verdict on it may say.

Layer: outputs (fact-check).

A claim has a ``kind`` (TOML key ``kind``; default from what its ``compute`` names):

- ``fact`` — a measured or sourced fact (a border length, a date, a membership): judged
  ``holds`` / ``imprecise`` / ``does-not-hold`` against the measured or sourced figure, never
  against minebelt's model (:func:`fact_not_model`).
- ``model`` — a figure of a model (the article's own arithmetic, or minebelt's model of a
  scenario): judged the same way, but the verdict and the explanation say whose model
  (``by``: "by the article's own arithmetic", "by minebelt's model of ..., assuming ...").
- ``plan`` — a stated plan, target, budget, stock or forecast: a fact about an intention, which
  no model refutes. Verdict ``stated``, never ``does-not-hold``; the explanation sets the
  computed figure beside it and says what it implies (``context``, where ``stated`` names the
  stated figure).
- ``out-of-scope`` — outside minebelt's strategic scope (munition specifications, deliveries):
  verdict ``not-checked`` with its reason.
"""

from __future__ import annotations

import re
from typing import Any

KINDS = ("fact", "model", "plan", "out-of-scope")
#: The verdict words of each kind besides ``error``.
KIND_VERDICTS = {
    "fact": ("holds", "imprecise", "does-not-hold", "unverifiable", "not-checked"),
    "model": ("holds", "imprecise", "does-not-hold", "unverifiable", "not-checked"),
    "plan": ("stated",),
    "out-of-scope": ("not-checked",),
}


def _leaves(spec: Any) -> list[Any]:
    """Every reference a ``compute`` spec reads: scenario tables and ``kind:...`` strings."""
    if isinstance(spec, str):
        return [spec]
    if not isinstance(spec, dict):
        return []
    if "scenario" in spec:
        return [spec]
    out: list[Any] = []
    rng = spec.get("range")
    for s in rng if isinstance(rng, list) else []:  # a malformed range is reported by the checker, not here
        out += _leaves(s)
    refs = spec.get("refs")
    if isinstance(refs, dict):
        for v in refs.values():
            out += _leaves(v)
    return out


def default_kind(claim: dict[str, Any], claims: dict[str, dict[str, Any]], _seen: frozenset[str] = frozenset()) -> str:
    """The kind of a claim without a ``kind`` key: ``model`` when its figure comes from a scenario
    (directly, or through another claim that does; ``plan`` when its quote states a plan or a
    forecast and is not conditional, :func:`states_a_plan`) or
    when it is the article's own reasoning (``analysis``); ``fact`` otherwise (a border, a constant, a date, a membership)."""
    if claim.get("kind") in KINDS:
        return str(claim["kind"])
    if claim.get("analysis") or claim.get("by"):
        return "model"
    for leaf in _leaves(claim.get("compute")):
        if isinstance(leaf, dict):
            return _model_or_forecast(claim)
        if leaf.startswith("claim:"):
            other = claims.get(leaf[6:])
            if (
                other is not None
                and leaf[6:] not in _seen
                and default_kind(other, claims, _seen | {leaf[6:]}) == "model"
            ):
                return _model_or_forecast(claim)
    return "fact"


#: Words of a forecast ("will", "by 2030"): a figure said of the future is stated, never refuted
#: by a model. Not "would": a conditional is a supposition (:data:`CONDITIONAL`).
FORECAST_WORDS = re.compile(
    r"\b(?:will|plans?|by 20\d\d|within (?:a few|several|\w+) (?:years|months|decades))\b", re.I
)
#: An actor stating its own budget, order, target, stock goal or schedule.
OWN_PLAN = re.compile(
    r"\b(?:plans?\s+to|planned|planning|intends?\s+to|aims?\s+(?:to|for|at)|targets?|budget(?:ed|s)?|allocat\w*|earmark\w*|"
    r"will\s+(?:buy|acquire|produce|purchase|build|spend|order|procure)|to\s+(?:buy|acquire|purchase|procure)|"
    r"ordered|an order|procure\w*|stockpile|stock of|needs?\s+up\s+to|we\s+(?:will|plan|need|intend))\b",
    re.I,
)
#: A conditional ("would need", "if 600 km were mined"): the author's or a source's supposition,
#: a model figure, never an actor's stated plan.
CONDITIONAL = re.compile(r"\b(?:would|could|might|may|if)\b", re.I)


def states_a_plan(text: str) -> bool:
    """True when ``text`` states a plan or forecast ("will buy", "has ordered", "by 2030"): the
    one rule of :func:`default_kind` and of the extractor (:mod:`.extract.claim_kind`): a
    conditional ("would need", "if") never does, whatever else it says."""
    return bool((OWN_PLAN.search(text) or FORECAST_WORDS.search(text)) and not CONDITIONAL.search(text))


def _model_or_forecast(claim: dict[str, Any]) -> str:
    """``plan`` for a figure minebelt's model would judge but whose quote states a plan or a
    forecast ("Finland will lay 50 million mines by 2030"), ``model`` otherwise (a conditional
    "would need 10 million" is a model figure)."""
    return "plan" if states_a_plan(str(claim.get("quote", ""))) else "model"


def _scenario_specs(
    spec: Any, claims: dict[str, dict[str, Any]], seen: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """The scenario tables a claim's figure comes from (through ``claim:`` refs too), in order."""
    out: list[dict[str, Any]] = []
    for leaf in _leaves(spec):
        if isinstance(leaf, dict):
            out.append(leaf)
        elif leaf.startswith("claim:") and leaf[6:] in claims and leaf[6:] not in seen:
            out += _scenario_specs(claims[leaf[6:]].get("compute"), claims, seen | {leaf[6:]})
    return out


def _grouped(text: str) -> str:
    """``"6000 to 12000"`` as a reader reads it (``"6,000 to 12,000"``): every figure of 100 or more
    through :func:`minebelt.numbers.num`, smaller ones as written."""
    from .. import numbers as N

    def one(m: re.Match[str]) -> str:
        x = float(m.group(0))
        return N.num(x, scale=False) if abs(x) >= 100 else m.group(0)

    return re.sub(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", one, text)


def assumptions(doc: dict[str, Any]) -> str:
    """``density 6,000 to 12,000 mines/km², depth 1.5 to 2.5 km``: the belt inputs of an estimate."""
    parts: dict[str, list[str]] = {"density": [], "depth_km": []}
    for e in doc.get("inputs") or []:
        role = e.get("role")
        if role not in parts:
            continue
        value, unit = str(e.get("value", "")), str(e.get("unit", ""))
        named = not any(ch.isdigit() for ch in value)
        # a named density reads as its figure: the preset's key ("korea-peak") is no reader's word
        text = f"{e['median']:,.0f} {unit}" if named and role == "density" else f"{_grouped(value)} {unit}".strip()
        if text not in parts[role]:
            parts[role].append(text)
    words = [
        f"density {' or '.join(parts['density'][:2])}" if parts["density"] else "",
        f"depth {' or '.join(parts['depth_km'][:2])}" if parts["depth_km"] else "",
    ]
    return ", ".join(w for w in words if w)


def scenario_docs(
    claim: dict[str, Any], claims: dict[str, dict[str, Any]], estimates: dict[Any, Any]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``(specs, docs)``: the scenario tables a claim's figure reads and the estimate documents
    the checker made of them (once each, in order)."""
    specs = _scenario_specs(claim.get("compute"), claims)
    docs: list[dict[str, Any]] = []
    for spec in specs:
        file = str(spec.get("scenario")).replace("\\", "/").rsplit("/", 1)[-1]
        doc = next(
            (
                d
                for (path, name, samples, seed), d in estimates.items()
                if path.name == file
                and name == spec.get("scenario_name")
                and (samples, seed) == (spec.get("samples"), spec.get("seed"))
            ),
            None,
        )
        if doc is not None and doc not in docs:
            docs.append(doc)
    return specs, docs


def whose_model(claim: dict[str, Any], claims: dict[str, dict[str, Any]], estimates: dict[Any, Any]) -> tuple[str, str]:
    """``(by, assuming)`` of a model claim: whose model (the claim's ``by``, else minebelt's model
    of the scenario it reads) and what the scenarios it reads assume (``density ..., depth ...``)."""
    specs, docs = scenario_docs(claim, claims, estimates)
    said = "; ".join(dict.fromkeys(x for x in (assumptions(d) for d in docs) if x))
    if isinstance(claim.get("by"), str) and claim["by"].strip():
        return claim["by"].strip(), said
    if not specs:
        return "minebelt's recomputation", said
    # the scenario by its title, never its file name (an internal id to a reader)
    names = " and ".join(f"\u201c{n}\u201d" for n in dict.fromkeys(d["scenario"]["name"] for d in docs))
    return f"minebelt's model of {names or 'a scenario'}", said


def verdict_text(verdict: str, kind: str, by: str = "", why: str = "") -> str:
    """The verdict as read: ``holds by the article's own arithmetic``, ``stated``, ``not checked
    (outside minebelt's scope)``, ``not checked (a judgement)`` (``why``: of a fact or model claim)."""
    if verdict == "not-checked":
        return f"not checked ({why})" if why and kind in ("fact", "model") else "not checked (outside minebelt's scope)"
    if kind == "model" and by and verdict in ("holds", "imprecise", "does-not-hold"):
        return f"{verdict.replace('-', ' ')} by {by}"
    return verdict.replace("does-not-hold", "does not hold")


def ratio_words(stated: float, computed: float, stated_high: float | None = None) -> str:
    """``the stated figure is 0.2 times that`` (``0.73 to 0.88 times`` for a stated range),
    ``about the same``: a stated figure against the one beside it."""
    if not computed:
        return ""

    def shown(x: float) -> str:
        r = x / computed
        return f"{float(f'{r:.2g}'):g}" if r < 10 else f"{r:,.0f}"

    if stated_high is None or stated_high == stated:
        if 0.95 <= stated / computed <= 1.05:
            return "the stated figure is about the same"
        if 0 < stated / computed < 0.01:  # never "5.2e-07 times": one in so many, in words
            n = float(f"{computed / stated:.2g}")
            many = f"{n / 1e9:g} billion" if n >= 1e9 else f"{n / 1e6:g} million" if n >= 1e6 else f"{n:,.0f}"
            return f"that is about {many} times the stated figure"
        return f"the stated figure is {shown(stated)} times that"
    return f"the stated figure is {shown(stated)} to {shown(stated_high)} times that"


def fact_not_model(claim: dict[str, Any], claims: list[dict[str, Any]], path: Any) -> None:
    """A claim written ``kind = "fact"`` whose figure comes from minebelt's scenario model: an
    input error, since a model is never the truth a fact is judged against."""
    if claim.get("kind") != "fact":
        return
    specs = _scenario_specs(claim.get("compute"), {c["id"]: c for c in claims})
    if specs:
        from ..errors import InputError

        raise InputError(
            f'{path.name}: claims {claim["id"]!r}: kind = "fact" but compute runs minebelt\'s model of {specs[0].get("scenario")}: '
            'a fact is checked against sourced or measured figures; use kind = "model" and say whose model (by = "...")'
        )


def unchecked_reason(claim: dict[str, Any], stated: Any) -> str:
    """Why a ``fact`` or ``model`` claim is not checked: ``a judgement``, ``analysis``, ``a choice``."""
    if claim.get("analysis"):
        return "analysis"
    if "article's own choice" in str((claim.get("compute") or {}).get("unverifiable", "")):
        return "the article's own choice"
    if isinstance(stated, str):
        return "a judgement"
    return "a choice"
