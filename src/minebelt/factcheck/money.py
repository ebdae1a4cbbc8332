"""The currency of a computed money value, read from what a claim's ``compute`` names.

Layer: outputs (fact-check).

A claim's ``unit`` labels both figures; a money figure computed in another currency would be
shown under the wrong label ("USD 2.35 bn" for euros). The currency is carried as a dimension
through the computation: a constant has its unit (``const:EAST_SHIELD_PLN``: PLN), a scenario's
``cost`` figure the scenario's cost currency, ``fx:FROM:TO:DATE`` is TO per FROM, ``*`` and
``/`` add and subtract the exponents. A mismatch with the claim's unit is an input error naming
the conversion that would fix it; it is never converted silently (a conversion needs a date).
"""

from __future__ import annotations

import ast
from typing import Any

from ..errors import InputError

Dim = dict[str, int]


class UnitMismatch(Exception):
    """A money claim computed in another currency than its unit: the file is wrong as written
    (exit status 2, one line), not one claim that cannot be evaluated."""


def _add(a: Dim, b: Dim, sign: int = 1) -> Dim:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + sign * v
    return {k: v for k, v in out.items() if v}


def _expr_dim(node: ast.AST, dims: dict[str, Dim]) -> Dim | None:
    """The currency dimension of an ``expr`` node; None when it mixes currencies in a sum."""
    if isinstance(node, ast.Expression):
        return _expr_dim(node.body, dims)
    if isinstance(node, ast.Name):
        return dims.get(node.id, {})
    if isinstance(node, ast.UnaryOp):
        return _expr_dim(node.operand, dims)
    if isinstance(node, ast.BinOp):
        a, b = _expr_dim(node.left, dims), _expr_dim(node.right, dims)
        if a is None or b is None:
            return None
        if isinstance(node.op, ast.Mult):
            return _add(a, b)
        if isinstance(node.op, ast.Div):
            return _add(a, b, -1)
        return a if a == b or not b else b if not a else None
    if isinstance(node, ast.Call) and node.args:
        first = _expr_dim(node.args[0], dims)
        return first
    return {}


def scenario_currency(spec: dict[str, Any], estimates: dict[Any, Any]) -> str | None:
    """The currency of a scenario figure: the ``currency`` of the block its ``field`` starts in
    (``cost.total``: the scenario's cost currency), or None when that block has none."""
    from pathlib import PurePath

    file = PurePath(str(spec.get("scenario", "")).replace("\\", "/")).name
    block = str(spec.get("field", "")).split(".", 1)[0].split("[", 1)[0]
    for (path, name, *_), doc in estimates.items():
        if path.name == file and name == spec.get("scenario_name"):
            node = doc.get(block) if isinstance(doc, dict) else None
            if isinstance(node, dict) and isinstance(node.get("currency"), str):
                return str(node["currency"])
    return None


def compute_dim(
    spec: Any, claims: dict[str, dict[str, Any]], estimates: dict[Any, Any], seen: frozenset[str] = frozenset()
) -> Dim | None:
    """The currency dimension of a ``compute`` spec or ref: ``{"EUR": 1}`` for euros,
    ``{"EUR": 1, "PLN": -1}`` for an fx rate, ``{}`` for no money, None when unknown or mixed."""
    from ..model.currency import currencies

    if isinstance(spec, str):
        kind, _, rest = spec.partition(":")
        if kind == "fx":
            parts = rest.split(":")
            return _add({parts[1]: 1}, {parts[0]: 1}, -1) if len(parts) == 3 else None
        if kind == "const":
            from ..model.facts import FACTS

            fact = FACTS.get(rest)
            return {fact.unit: 1} if fact is not None and fact.unit in currencies() else {}
        if kind == "claim":
            other = claims.get(rest)
            if other is None or rest in seen:
                return None
            return compute_dim(other.get("compute"), claims, estimates, seen | {rest})
        return {}
    if not isinstance(spec, dict):
        return {}
    if "scenario" in spec:
        cur = scenario_currency(spec, estimates)
        return {cur: 1} if cur else {}
    if "range" in spec and isinstance(spec["range"], list) and spec["range"]:
        return compute_dim(spec["range"][0], claims, estimates, seen)
    if "expr" in spec:
        raw = spec.get("refs")
        refs: dict[Any, Any] = raw if isinstance(raw, dict) else {}
        dims: dict[str, Dim] = {}
        for k, v in refs.items():
            d = compute_dim(v, claims, estimates, seen)
            if d is None:
                return None
            dims[str(k)] = d
        try:
            return _expr_dim(ast.parse(str(spec["expr"]), mode="eval"), dims)
        except SyntaxError:
            return None
    return {}


def currency_mismatch(
    claim: dict[str, Any], claims: dict[str, dict[str, Any]], estimates: dict[Any, Any]
) -> str | None:
    """``claim 'X': unit EUR, computed USD: convert with fx:USD:EUR:DATE`` when a claim in one
    currency is computed in another; None when they agree or the value is not money."""
    from ..model.currency import currencies

    unit = str(claim.get("unit", "")).strip()
    if unit not in currencies():
        return None
    dim = compute_dim(claim.get("compute"), claims, estimates)
    if not dim or dim == {unit: 1}:
        return None
    if len(dim) == 1 and next(iter(dim.values())) == 1:
        got = next(iter(dim))
        return f"claim {claim['id']!r}: unit {unit}, computed {got}: convert with fx:{got}:{unit}:DATE"
    shown = " ".join(f"{k}^{v}" if v != 1 else k for k, v in sorted(dim.items()))
    return f"claim {claim['id']!r}: unit {unit}, computed in {shown}: the expression must give {unit} (an fx ref 'fx:FROM:TO:DATE' is TO per FROM)"


def fx_rate(spec: str, where: str) -> float:
    """``fx:FROM:TO:DATE``: units of TO per 1 FROM (:func:`fx_conversion`)."""
    return fx_conversion(spec, where).factor


def fx_conversion(spec: str, where: str) -> Any:
    """``fx:FROM:TO:DATE``: the :class:`~minebelt.model.currency.Conversion` of units of TO per
    1 FROM at the ECB euro reference rates of DATE (ISO ``YYYY-MM-DD``), or of the last TARGET
    working day before it; any currency of the bundled ECB series (and EUR). Raises
    :class:`InputError` for an unknown currency ("did you mean") or a date outside the bundled
    series (before its first or after its last published day: a rate not yet published is not
    guessed from an older one)."""
    import datetime as dt

    from ..data.ecb import ecb_rates
    from ..errors import clip, suggest
    from ..model.currency import conversion, currencies

    parts = spec.split(":")
    if len(parts) != 3:
        raise InputError(
            f"{where}: fx ref {clip('fx:' + spec)} must be 'fx:FROM:TO:DATE', e.g. 'fx:PLN:EUR:2024-05-18'"
        )
    known = currencies()
    for name, code in zip(("FROM", "TO"), parts[:2], strict=False):
        if code not in known:
            hint = suggest(code.upper(), known) if code.upper() not in known else f" (did you mean {code.upper()!r}?)"
            raise InputError(f"{where}: fx {name} currency {clip(code)} is not an ECB reference currency{hint}")
    try:
        day = dt.date.fromisoformat(parts[2])
    except ValueError:
        raise InputError(f"{where}: fx DATE {clip(parts[2])} must be a date YYYY-MM-DD") from None
    first, last = str(ecb_rates().dates[0]), str(ecb_rates().dates[-1])
    if not first <= day.isoformat() <= last:
        raise InputError(
            f"{where}: fx ref {clip('fx:' + spec)}: DATE {day.isoformat()} is outside the bundled ECB series ({first} to {last})"
        )
    try:
        return conversion(parts[0], parts[1], day.isoformat())
    except KeyError as e:
        raise InputError(
            f"{where}: fx ref {clip('fx:' + spec)}: {str(e).strip(chr(34) + chr(39))} (the bundled ECB series runs {first} to {last})"
        ) from None
