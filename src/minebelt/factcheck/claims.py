"""Loading a claims file (TOML): its keys checked, one line per problem.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError
from .kinds import KINDS
from .verdict import QUALIFIERS, normalize_qualifier

CLAIM_KEYS = {
    "id",
    "source",
    "quote",
    "stated",
    "qualifier",
    "unit",
    "tolerance",
    "abs_tolerance",
    "selection",
    "analysis",
    "note",
    "compute",
    "context",
    "part_of",
    "kind",
    "by",
    "scope_differs",
    "reading",
}


def parse_stated(raw: Any, where: str, text_ok: bool = True) -> Any:
    """A claim's ``stated``: a finite number, a ``[low, high]`` pair, or text (a date, or the words of
    a claim that states no figure). Raises :class:`InputError` naming ``where`` otherwise."""
    allowed = 'a number, a [low, high] pair of numbers or a date string such as "2025-06"'
    if isinstance(raw, bool):
        raise InputError(f"{where}: must be {allowed}, got {raw!r}")
    if isinstance(raw, (int, float)):
        if not math.isfinite(raw):
            raise InputError(f"{where}: must be a finite number, got {raw}")
        return float(raw)
    if isinstance(raw, list):
        if len(raw) == 2 and all(
            isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in raw
        ):
            if not raw[0] <= raw[1]:
                raise InputError(f"{where}: range {raw} is inverted (write [low, high])")
            return (float(raw[0]), float(raw[1]))
        raise InputError(f"{where}: a range needs exactly two finite numbers [low, high], got {raw!r}")
    if isinstance(raw, str) and text_ok:
        return raw
    raise InputError(f"{where}: must be {allowed}, got {raw!r}")


def parse_tolerance(raw: Any, where: str, high: float | None = 1.0) -> float:
    """A tolerance: a finite number >= 0 (a relative one at most ``high``)."""
    if (
        isinstance(raw, bool)
        or not isinstance(raw, (int, float))
        or not math.isfinite(raw)
        or raw < 0
        or (high is not None and raw > high)
    ):
        allowed = f"[0, {high:g}]" if high is not None else ">= 0"
        raise InputError(f"{where}: must be a number in {allowed}, got {raw!r}")
    return float(raw)


#: ``samples``/``seed`` outside a claim's own compute: one line naming the key and where it is honoured.
SAMPLES_NOT_HERE = (
    "{where}: {key} is honoured only in a claim's own compute (compute = {{ scenario = ..., field = ..., {key} = ... }}), "
    "or in one ref of its own expr, where the figure carries its 90 % interval; an interval does not pass through "
    "a second sampled ref, a range or a context: remove {key} here"
)


def _sampled(node: Any) -> bool:
    return isinstance(node, dict) and "scenario" in node and ("samples" in node or "seed" in node)


def check_exprs(spec: Any, where: str, extra: tuple[str, ...] = (), own: bool = True) -> None:
    """Every ``expr`` in a claim's ``compute`` or ``context`` figure (and in its ``range`` and
    ``refs`` specs), checked without evaluating it (:func:`minebelt.factcheck.expr.check_expr`):
    an over-long expression or one that tries anything but arithmetic makes the file malformed
    (exit status 2). ``extra``: names an expression may use besides its refs (``stated`` in a
    context figure). A scenario figure with ``samples`` or ``seed`` is malformed anywhere but
    as the claim's own compute (``own``, the top of ``spec``) or as the one sampled ref of its
    own ``expr``: elsewhere only its central figure would be used, and the interval asked for
    would be dropped without a word."""
    from .expr import check_expr

    # one sampled scenario figure among the refs of the claim's own expr carries its interval
    # through a monotone expression (cost * rate): Checker evaluates the expr at both ends
    own_refs = spec.get("refs") if own and isinstance(spec, dict) and "expr" in spec else None
    allowed = [k for k, v in own_refs.items() if _sampled(v)] if isinstance(own_refs, dict) else []
    stack = [(spec, where, not own)]
    while stack:
        node, here, nested = stack.pop()
        if not isinstance(node, dict):
            continue
        if len(allowed) == 1 and here == f"{where}.refs.{allowed[0]}":
            nested = False
        if nested and _sampled(node):
            raise InputError(SAMPLES_NOT_HERE.format(where=here, key="samples" if "samples" in node else "seed"))
        refs = node.get("refs")
        if "expr" in node:
            names = set(map(str, refs)) if isinstance(refs, dict) else set() if refs is None else None
            check_expr(node["expr"], here, None if names is None else names | set(extra))
        if isinstance(refs, dict):
            stack.extend((v, f"{here}.refs.{k}", True) for k, v in refs.items())
        if isinstance(node.get("range"), list):
            stack.extend((v, f"{here}.range[{j}]", True) for j, v in enumerate(node["range"]))


def check_claim_shape(c: dict[str, Any], where: str) -> None:
    """What can be checked without evaluating: stated, tolerances, flags, expressions (exit
    status 2 when wrong; the web API's 422 before any claim is evaluated)."""
    import re

    stated = parse_stated(c["stated"], f"{where}: stated")
    free_text = bool(c.get("selection") or c.get("analysis") or "reading" in c)
    if "reading" in c:
        from .reading import parse_reading

        parse_reading(c["reading"], f"{where}: reading", plan=c.get("kind") == "plan")
    if (
        isinstance(stated, str)
        and not free_text
        and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2})?)*", stated.strip())
    ):
        raise InputError(
            f'{where}: stated: {stated!r} is neither a number, a [low, high] pair nor a date such as "2025-06" (text is allowed only with selection or analysis = true, or a reading)'
        )
    if "tolerance" in c:
        parse_tolerance(c["tolerance"], f"{where}: tolerance")
    if "abs_tolerance" in c:
        parse_tolerance(c["abs_tolerance"], f"{where}: abs_tolerance", None)
    for flag in ("selection", "analysis"):
        if flag in c and not isinstance(c[flag], bool):
            raise InputError(f"{where}: {flag}: must be true or false, got {c[flag]!r}")
    if c.get("selection") and c.get("analysis"):
        raise InputError(f"{where}: give selection or analysis, not both")
    if "kind" in c and c["kind"] not in KINDS:
        from ..errors import clip, suggest

        raise InputError(
            f"{where}: kind = {clip(c['kind'])}: allowed {', '.join(repr(k) for k in KINDS)}{suggest(str(c['kind']), KINDS)}"
        )
    if "by" in c and (not isinstance(c["by"], str) or not c["by"].strip()):
        raise InputError(
            f'{where}: by: must be text naming whose model ("the article\'s own arithmetic"), got {c["by"]!r}'
        )
    if "part_of" in c and not isinstance(c["part_of"], str):
        raise InputError(f"{where}: part_of: must be text (the id of the combined claim), got {c['part_of']!r}")
    check_exprs(c["compute"], f"{where}: compute")
    if isinstance(c.get("context"), dict):
        for label, ref in c["context"].items():
            check_exprs(ref, f"{where}: context.{label}", ("stated",), own=False)


def load_sources(path: str | Path) -> list[Any]:
    """The claims file's ``sources`` list as written (``[]`` when it has none); read after
    :func:`load_claims` has checked the file."""
    from ..scenario import read_toml

    doc, _ = read_toml(Path(path), settings.CLAIMS_BYTES_MAX, "claims file (TOML)")
    found = doc.get("sources", [])
    return found if isinstance(found, list) else []


def load_claims(path: str | Path) -> list[dict[str, Any]]:
    from ..scenario import read_toml

    p = Path(path)
    doc, _ = read_toml(p, settings.CLAIMS_BYTES_MAX, "claims file (TOML)")
    claims = doc.get("claims")
    extra = set(doc) - {"claims", "title", "sources"}
    if extra:
        from ..errors import suggest

        key = sorted(map(str, extra))[0]
        raise InputError(
            f"{p}: unknown top-level key {key!r}{suggest(key, ('claims', 'title', 'sources'))} (allowed: title, sources, claims)"
        )
    if not isinstance(claims, list) or not claims:
        raise InputError(f"{p}: claims: must be a non-empty array of tables ([[claims]])")
    seen: set[str] = set()
    for i, c in enumerate(claims):
        if not isinstance(c, dict):
            raise InputError(f"{p}: claims[{i}]: must be a table")
        unknown = set(c) - CLAIM_KEYS
        if unknown:
            from ..errors import suggest

            key = sorted(map(str, unknown))[0]
            raise InputError(
                f"{p}: claims[{i}] {c.get('id', '')!r}: unknown key {key!r}{suggest(key, CLAIM_KEYS)} (allowed: {', '.join(sorted(CLAIM_KEYS))})"
            )
        for req in ("id", "quote", "stated", "compute"):
            if req not in c:
                raise InputError(f"{p}: claims[{i}] {c.get('id', '')!r}: {req}: required field is missing")
        for key in ("id", "quote", "source", "unit", "note", "scope_differs"):
            if key in c and not isinstance(c[key], str):
                raise InputError(f"{p}: claims[{i}]: {key}: must be text, got {type(c[key]).__name__}")
        if c["id"] in seen:
            raise InputError(f"{p}: claims[{i}]: duplicate id {c['id']!r}")
        seen.add(c["id"])
        if not isinstance(c.get("qualifier", "about"), str):
            raise InputError(f"{p}: claims[{i}] {c['id']!r}: qualifier: must be text, got {c['qualifier']!r}")
        q = normalize_qualifier(c.get("qualifier", "about"))
        if q not in QUALIFIERS:
            raise InputError(f"{p}: claims[{i}] {c['id']!r}: qualifier {q!r}: allowed {', '.join(QUALIFIERS)}")
        check_claim_shape(c, f"{p}: claims[{i}] {c['id']!r}")
    return claims
