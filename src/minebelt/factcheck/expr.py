"""The arithmetic of a claim's ``expr`` (``"a / b"``): parsed with :mod:`ast`, bounded, never ``eval``.

Layer: outputs (fact-check).
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any, cast

from .. import settings
from ..errors import InputError

_BIN = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
_FUNCS: dict[str, Callable[..., Any]] = {"max": max, "min": min, "round": round}


def check_expr(expr: object, where: str, names: set[str] | None = None) -> ast.Expression:
    """The parsed ``expr``, checked without evaluating it: text of at most
    ``settings.EXPR_CHARS_MAX`` characters, valid Python syntax, at most
    ``settings.EXPR_NODES_MAX`` elements, only numbers, names (those of ``names`` when given),
    ``+ - * /``, parentheses and ``max``/``min`` (two or more values) and ``round`` (one value
    and optionally a whole number of digits in [-20, 20]). Anything else -- attribute access,
    calls of other functions, strings, subscripts, lambdas -- is refused here, when the file is
    read: a malformed claims file (exit status 2), never something to evaluate.
    """
    from ..errors import clip, suggest

    if not isinstance(expr, str):
        raise InputError(f"{where}: expr: must be text (arithmetic over refs), got {clip(expr)}")
    if len(expr) > settings.EXPR_CHARS_MAX:
        raise InputError(
            f"{where}: expr: {len(expr):,} characters, more than {settings.EXPR_CHARS_MAX:,} (EXPR_CHARS_MAX)"
        )
    try:
        tree = ast.parse(expr, mode="eval")
    except (SyntaxError, ValueError):
        raise InputError(f"{where}: expr {clip(expr)} is not valid arithmetic") from None
    except (RecursionError, MemoryError):
        raise InputError(f"{where}: expr {clip(expr)} is nested too deeply") from None
    nodes = [n for n in ast.walk(tree) if not isinstance(n, (ast.expr_context, ast.operator, ast.unaryop))]
    if len(nodes) > settings.EXPR_NODES_MAX:
        raise InputError(
            f"{where}: expr {clip(expr)}: {len(nodes):,} elements, more than {settings.EXPR_NODES_MAX} (EXPR_NODES_MAX)"
        )
    allowed = f"{where}: expr {clip(expr)}: only numbers, refs, + - * /, parentheses, max(a, b, ...), min(a, b, ...) and round(x[, digits]) are allowed"
    called = {id(n.func) for n in nodes if isinstance(n, ast.Call)}
    for n in nodes:
        if isinstance(n, ast.Expression) or (isinstance(n, ast.Constant) and type(n.value) in (int, float)):
            continue
        if isinstance(n, ast.Name):
            if id(n) not in called and names is not None and n.id not in names:
                hint = suggest(n.id, names)
                raise InputError(
                    f"{where}: expr uses {clip(n.id)}, which is not in refs{hint or ' (' + (', '.join(sorted(names)[:12]) or 'none') + ')'}"
                )
            continue
        if (
            isinstance(n, ast.BinOp)
            and type(n.op) in _BIN
            or isinstance(n, ast.UnaryOp)
            and isinstance(n.op, (ast.USub, ast.UAdd))
        ):
            continue
        if not (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in _FUNCS and not n.keywords):
            raise InputError(allowed)
        fn, args = n.func.id, n.args
        if any(isinstance(a, ast.Starred) for a in args):
            raise InputError(allowed)
        if fn in ("max", "min") and len(args) < 2:
            raise InputError(f"{where}: expr {clip(expr)}: {fn}() needs two or more values")
        if fn == "round" and not (
            len(args) == 1
            or len(args) == 2
            and isinstance(args[1], ast.Constant)
            and type(args[1].value) is int
            and -20 <= args[1].value <= 20
        ):
            raise InputError(
                f"{where}: expr {clip(expr)}: round(x) or round(x, digits) with digits a whole number in [-20, 20]"
            )
    return tree


def eval_expr(expr: str, names: dict[str, float], where: str) -> float:
    """Evaluate arithmetic (+ - * /, parentheses, max/min/round) over ``names``; nothing else.

    Checked first by :func:`check_expr` (bounded: at most ``settings.EXPR_CHARS_MAX`` characters
    and ``settings.EXPR_NODES_MAX`` elements, so neither Python's parser nor this evaluator can
    run out of stack or memory); a result that overflows is an error.
    """
    from ..errors import clip

    tree = check_expr(expr, where, set(names))

    def ev(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant):
            try:
                return float(cast(float, node.value))  # check_expr lets only int and float constants through
            except OverflowError:
                raise InputError(f"{where}: expr {clip(expr)}: the number {clip(node.value)} is too large") from None
        if isinstance(node, ast.Name):
            return names[node.id]
        if isinstance(node, ast.BinOp):
            return _BIN[type(node.op)](ev(node.left), ev(node.right))
        if isinstance(node, ast.UnaryOp):
            return -ev(node.operand) if isinstance(node.op, ast.USub) else ev(node.operand)
        assert isinstance(node, ast.Call) and isinstance(node.func, ast.Name)  # check_expr allows nothing else
        fn, args = node.func.id, node.args
        if fn in ("max", "min"):
            return float(_FUNCS[fn](*[ev(a) for a in args]))
        if len(args) == 1:
            return float(round(ev(args[0])))
        return float(round(ev(args[0]), args[1].value))  # type: ignore[attr-defined]

    try:
        value = ev(tree)
    except ZeroDivisionError:
        raise InputError(f"{where}: expr {clip(expr)} divides by zero") from None
    except (OverflowError, RecursionError):
        raise InputError(f"{where}: expr {clip(expr)} overflows") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: expr {clip(expr)} gives {value} (it overflows)")
    return value
