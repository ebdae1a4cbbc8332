"""Numbers as a policy reader reads them (output layer; no I/O).

Layer: outputs.

One place for every rounding rule of the report, the PDF and the CSV data dictionary:

=================  ==========================================================  ===============
what               rule                                                        example
=================  ==========================================================  ===============
mines              millions with 2 decimals from 100,000 up, else whole        ``19.20 M``
counts             whole numbers with thousands separators                     ``1,475,240``
km, km²            whole from 100 up, one decimal below                        ``6,700``
calendar years     whole, **no** thousands separator                           ``2161``
durations (years)  one decimal below 10, whole above (separators)              ``4.5``, ``1,987``
money              currency code, then bn / M / whole                          ``USD 5.89 bn``
shares             per cent, whole                                             ``86 %``
absent figure      ``not estimated``
=================  ==========================================================  ===============
"""

from __future__ import annotations

import html
import math
import re
from typing import Any, TypeGuard

NOT_ESTIMATED = "not estimated"


def is_num(v: Any) -> TypeGuard[float]:
    """A real, finite-or-not number (not a bool)."""
    import numpy as np

    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


def _finite(x: Any) -> float | None:
    if not is_num(x):
        return None
    v = float(x)
    return v if math.isfinite(v) else None


def fmt_mines(x: Any) -> str:
    """Mines: ``19.20 M`` from 100,000 up, otherwise whole numbers; ``n/a`` when absent."""
    v = _finite(x)
    if v is None:
        return "n/a"
    return f"{v / 1e6:,.2f} M" if abs(v) >= 1e5 else f"{v:,.0f}"


def fmt_mines_words(x: Any) -> str:
    """Mines in prose: ``87.6 million``, ``950,000``."""
    v = _finite(x)
    if v is None:
        return NOT_ESTIMATED
    if abs(v) >= 1e6:
        return f"{v / 1e6:,.{1 if abs(v) < 1e9 else 0}f} million"
    return f"{v:,.0f}"


def fmt_num(x: Any) -> str:
    """A number with sensible precision (thousands separators, no float noise)."""
    if x is None:
        return "n/a"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if not is_num(x):
        return str(x)
    v = float(x)
    if not math.isfinite(v):
        return "n/a"
    a = abs(v)
    if a >= 1e9:
        return f"{v / 1e9:,.2f} bn"
    if a >= 1e6:
        return f"{v / 1e6:,.2f} M"
    if a >= 100 or v == int(v):
        return f"{v:,.0f}"
    if a >= 1:
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{v:.3g}"


def fmt_count(x: Any) -> str:
    """People, places, deminers: whole numbers with separators."""
    v = _finite(x)
    return NOT_ESTIMATED if v is None else f"{v:,.0f}"


def fmt_km(x: Any) -> str:
    """Kilometres (or km²): whole numbers from 100 up, one decimal below."""
    v = _finite(x)
    if v is None:
        return "n/a"
    return f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.1f}"


def fmt_year(x: Any) -> str:
    """A calendar year: ``2161`` (never ``2,161``)."""
    v = _finite(x)
    return NOT_ESTIMATED if v is None else str(int(round(v)))


def fmt_years(x: Any) -> str:
    """A duration in years: one decimal below 10, whole numbers above."""
    v = _finite(x)
    if v is None:
        return NOT_ESTIMATED
    return f"{v:,.1f}" if abs(v) < 10 else f"{v:,.0f}"


def fmt_sig(x: Any, n: int = 2) -> str:
    """A headline figure to ``n`` significant figures: ``51``, ``9,700``, ``7.1``."""
    v = _finite(x)
    if v is None:
        return NOT_ESTIMATED
    r = float(f"{v:.{n}g}")
    return f"{r:,.0f}" if abs(r) >= 10 else f"{r:g}"


def fmt_money(x: Any, currency: str | None = None) -> str:
    """Money: ``USD 5.89 bn``, ``USD 831 M``, ``USD 12,000``; ``not estimated`` when absent."""
    v = _finite(x)
    if v is None:
        return NOT_ESTIMATED
    a = abs(v)
    if a >= 1e9:
        s = f"{v / 1e9:,.2f} bn"
    elif a >= 1e6:
        s = f"{v / 1e6:,.0f} M" if a >= 1e8 else f"{v / 1e6:,.1f} M"
    elif a >= 10:
        s = f"{v:,.0f}"
    else:
        s = f"{v:,.2f}".rstrip("0").rstrip(".")
    return f"{currency} {s}" if currency else s


def fmt_pct(x: Any) -> str:
    """A share (0-1) as a whole per cent: ``86 %``."""
    v = _finite(x)
    return NOT_ESTIMATED if v is None else f"{100 * v:.0f} %"


def fmt_ratio(x: Any) -> str:
    """A ratio: ``2.6x``."""
    v = _finite(x)
    return NOT_ESTIMATED if v is None else (f"{v:,.1f}x" if v < 100 else f"{v:,.0f}x")


def dist_range(d: Any, fmt: Any = fmt_num) -> str:
    """``p05 – p95`` of a ``_dist`` block, or "" when absent or degenerate (no spread)."""
    if not isinstance(d, dict) or _finite(d.get("p05")) is None or _finite(d.get("p95")) is None:
        return ""
    lo, hi = float(d["p05"]), float(d["p95"])
    if math.isclose(lo, hi, rel_tol=1e-9, abs_tol=1e-12):
        return ""
    a, b = fmt(lo), fmt(hi)
    return "" if a == b else f"{a} \u2013 {b}"


_NUMBER = re.compile(r"(?<![\w.])-?\d[\d_,]*(?:\.\d+)?(?:[eE][+-]?\d+)?")
_KEEP = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)|\b\d{4}-\d{2}(?:-\d{2})?\b")


def fmt_value_text(text: Any) -> str:
    """An input as the user wrote it, numbers made readable: ``300000 to 1900000`` becomes
    ``300,000 to 1,900,000``; ``uniform[100000.0, 1200000.0]`` becomes ``uniform 100,000 to
    1,200,000``. Dates and parenthesised notes keep their numbers as written (``(ECB,
    2025-02-28)``, ``(2019, Mine Action Review)``): a year never gets a separator."""
    if text is None:
        return NOT_ESTIMATED
    if is_num(text):
        return fmt_plain(text)
    s = str(text).strip()
    m = re.fullmatch(r"(\w+)\s*[\[(]\s*([^\])]+)[\])]", s)  # a distribution: uniform(a, b), normal[m, sd], ...
    if m:
        kind, args = m.group(1), [x.strip() for x in m.group(2).split(",")]
        if kind in ("uniform", "lognormal") and len(args) == 2:
            s = f"{kind} {args[0]} to {args[1]}"
        elif kind == "normal" and len(args) == 2:
            s = f"normal, mean {args[0]}, sd {args[1]}"
        elif kind == "triangular" and len(args) == 3:
            s = f"triangular {args[0]} to {args[2]}, mode {args[1]}"
        else:
            s = f"{kind} {' / '.join(args)}"

    def one(mt: re.Match[str]) -> str:
        try:
            return fmt_plain(float(mt.group(0).replace("_", "").replace(",", "")))
        except ValueError:
            return mt.group(0)

    # dates and parenthesised notes ("(ECB, 2025-02-28)", "(2019, Mine Action Review)") keep
    # their numbers as written: a year never gets a thousands separator
    out, pos = [], 0
    for m in _KEEP.finditer(s):
        out.append(_NUMBER.sub(one, s[pos : m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_NUMBER.sub(one, s[pos:]))
    return "".join(out)


def fmt_plain(x: Any) -> str:
    """A stated value as written, without M/bn: ``1,200,000``, ``0.25``, ``2``."""
    v = _finite(x)
    if v is None:
        return NOT_ESTIMATED
    if v == int(v):
        return f"{int(v):,}"
    return f"{v:,.6g}" if abs(v) < 1000 else f"{v:,.0f}"


def label(key: str) -> str:
    """A JSON key as words: ``area_km2`` -> ``area km²``."""
    k = key.replace("_per_km2", " per km\u00b2").replace("_km2", " km\u00b2").replace("_m2", " m\u00b2")
    return k.replace("_km", " km").replace("_", " ")


def short(s: str, n: int) -> str:
    """``s`` cut to ``n`` characters with an ellipsis."""
    return s if len(s) <= n else s[: n - 1] + "\u2026"


_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def linkify(text: Any) -> str:
    """Escape ``text`` and make its URLs links (followed only when the reader clicks)."""
    from markupsafe import Markup

    s = "" if text is None else str(text)
    out, pos = [], 0
    for m in _URL.finditer(s):
        out.append(html.escape(s[pos : m.start()]))
        url = m.group(0).rstrip(".,;:")
        out.append(f'<a href="{html.escape(url)}" rel="noopener noreferrer" target="_blank">{html.escape(url)}</a>')
        out.append(html.escape(m.group(0)[len(url) :]))
        pos = m.end()
    out.append(html.escape(s[pos:]))
    return Markup("".join(out))
