"""The arithmetic of a claim's ``expr`` (``"a / b"``): parsed with :mod:`ast`, bounded, never ``eval``.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any

from .. import settings
from ..errors import InputError

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_FUNCS: dict[str, Callable[..., Any]] = {"max": max, "min": min, "round": round}


def eval_expr(expr: str, names: dict[str, float], where: str) -> float:
    """Evaluate arithmetic (+ - * /, parentheses, max/min/round) over ``names``; nothing else.

    Bounded before evaluation (issue 13): at most ``settings.EXPR_CHARS_MAX`` characters and
    ``settings.EXPR_NODES_MAX`` elements, so neither Python's parser nor this evaluator can
    run out of stack or memory; ``max``/``min`` take two or more values, ``round`` one value
    and optionally a whole number of digits; a result that overflows is an error.
    """
    from ..errors import clip

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
                from ..errors import suggest

                hint = suggest(node.id, names)
                raise InputError(f"{where}: expr uses {clip(node.id)}, which is not in refs{hint or ' (' + (', '.join(sorted(names)[:12]) or 'none') + ')'}")
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
