"""Numbers as a policy reader reads them: the report's names for the rule of :mod:`minebelt.numbers`.

Layer: outputs (no I/O).

Every figure of the report, the PDF, the terminal and the CSV data dictionary goes through
:mod:`minebelt.numbers` (the web page through its port, ``web/static/js/format.js``): these
are that rule under the names the templates use.

=================  ==========================================================  ====================
what               rule (:mod:`minebelt.numbers`)                              example
=================  ==========================================================  ====================
mines, money       detail, scaled from one million up                          ``27.7 M``, ``USD 6.31 bn``
mines in prose     detail, scaled in words                                     ``85.7 million``
km, km², years     detail, never scaled: whole from 100 up, 3 s.f. below       ``6,700``, ``58.4``
headline           ``fmt_sig``: 2 or 3 significant figures                     ``9,700``
counts             whole numbers with thousands separators                     ``1,475,240``
calendar years     whole, **no** thousands separator                           ``2161``
shares             per cent, whole                                             ``86 %``
ratios             two significant figures                                     ``4.2x``
a 90 % interval    ``dist_range``: both ends by the figure's rule, one scale   ``USD 6.2–28.4 bn``
absent figure      ``not estimated`` (``n/a`` in table cells)
=================  ==========================================================  ====================
"""

from __future__ import annotations

import html
import math
import re
from typing import Any, TypeGuard

from ... import numbers as N

NOT_ESTIMATED = N.NOT_ESTIMATED


def is_num(v: Any) -> TypeGuard[float]:
    """A real, finite-or-not number (not a bool)."""
    import numpy as np

    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


def _finite(x: Any) -> float | None:
    return N.finite(x) if is_num(x) else None


class Rule:
    """One figure's rule as a formatter: ``rule(x)`` for a value, ``rule.span(lo, hi)`` for a
    range of the same figure (both ends alike, one scale: :func:`minebelt.numbers.span`)."""

    def __init__(self, kind: str = "num", *, missing: str = NOT_ESTIMATED, **options: Any) -> None:
        self.kind, self.missing, self.options = kind, missing, options

    def __call__(self, x: Any) -> str:
        if not is_num(x):
            return self.missing
        if self.kind == "year":
            return N.year(x, missing=self.missing)
        if self.kind == "count":
            return N.count(x, missing=self.missing)
        if self.kind == "sig":
            return N.sig(x, missing=self.missing, **self.options)
        return N.num(x, missing=self.missing, **self.options)

    def span(self, lo: Any, hi: Any) -> str:
        if self.kind == "year":
            a, b = N.year(lo, missing=""), N.year(hi, missing="")
            return "" if not a or not b or a == b else f"{a}\u2013{b}"
        if self.kind == "count":
            return N.span(lo, hi, scale=False)
        opts = dict(self.options)
        n = opts.pop("n", None)
        return N.span(lo, hi, n, **opts)


fmt_mines = Rule(missing="n/a")
fmt_mines_words = Rule(words=True)
fmt_count = Rule("count")
fmt_km = Rule(scale=False, missing="n/a")
fmt_year = Rule("year")
fmt_years = Rule(scale=False)


def money(currency: str | None) -> Rule:
    """The money rule in one currency: ``USD 6.31 bn``, ``USD 831 M``, ``USD 12,000``."""
    return Rule(currency=currency or "")


def fmt_num(x: Any) -> str:
    """Any value of a table cell: numbers by the detail rule, booleans as yes/no, text as is."""
    if x is None:
        return "n/a"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if not is_num(x):
        return str(x)
    return N.num(x, missing="n/a")


def fmt_sig(x: Any, n: int = 2) -> str:
    """A headline figure to ``n`` significant figures, not scaled: ``51``, ``9,700``, ``7.1``."""
    return N.sig(x, n, scale=False) if is_num(x) else NOT_ESTIMATED


def fmt_money(x: Any, currency: str | None = None) -> str:
    """Money: ``USD 6.31 bn``, ``USD 831 M``, ``USD 12,000``; ``not estimated`` when absent."""
    return money(currency)(x)


def fmt_pct(x: Any) -> str:
    """A share (0-1) as a whole per cent: ``86 %``."""
    return N.pct(x) if is_num(x) else NOT_ESTIMATED


def fmt_ratio(x: Any) -> str:
    """A ratio, two significant figures: ``2.6x``."""
    return N.ratio(x) if is_num(x) else NOT_ESTIMATED


def dist_range(d: Any, fmt: Any = fmt_num) -> str:
    """``p05–p95`` of a ``_dist`` block rounded once (both ends by ``fmt``'s rule, one scale),
    or "" when absent or without spread at that precision."""
    if not isinstance(d, dict) or _finite(d.get("p05")) is None or _finite(d.get("p95")) is None:
        return ""
    lo, hi = float(d["p05"]), float(d["p95"])
    if math.isclose(lo, hi, rel_tol=1e-9, abs_tol=1e-12):
        return ""
    if isinstance(fmt, Rule):
        return fmt.span(lo, hi)
    if fmt is fmt_num:
        return N.span(lo, hi)
    a, b = fmt(lo), fmt(hi)  # a formatter of its own (stated values as written)
    return "" if a == b else f"{a}\u2013{b}"


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


#: A range of figures as one word: ``46 200–86 200``, ``0,10–1,7``, ``USD 71–1,300`` (digits,
#: grouping spaces and separators on both sides of an en dash).
_RANGE = re.compile(
    r"\d[\d\u00a0\u202f.,]*\u2013[\u2212-]?\d[\d\u00a0\u202f.,]*\d|\d[\d\u00a0\u202f.,]*\u2013[\u2212-]?\d"
)


def nowrap_ranges(text: Any) -> str:
    """Escape ``text`` and keep each range of figures on one line (a card is narrow: a range
    broken after its dash reads as two figures)."""
    from markupsafe import Markup

    s = "" if text is None else str(text)
    out, pos = [], 0
    for m in _RANGE.finditer(s):
        out += [html.escape(s[pos : m.start()]), f'<span class="nw">{html.escape(m.group(0))}</span>']
        pos = m.end()
    out.append(html.escape(s[pos:]))
    return Markup("".join(out))


#: A quotation in a translated note, in any of the six languages' marks or an English source's
#: single quotes (not an apostrophe): what a source said, as it said it (often English).
_QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|”[^”]*”|\"[^\"]*\"|(?<!\w)'[^'\n]+'(?!\w)")


#: A citation shown as written in English on a page in another language: ``lang`` for screen
#: readers and hyphenation, the class the page's CSS marks "EN", ``data-cite`` for the guards.
AS_WRITTEN = '<span lang="en" class="as-written" data-cite>%s</span>'


def cite_quotes(text: Any, recorded: str = "") -> str:
    """:func:`linkify`, each quotation marked as a citation (``<span data-cite>``): a translated
    note quotes its sources as they wrote them. A quotation found word for word in ``recorded``
    (the note as the claims file records it, in English) is English as written: marked
    :data:`AS_WRITTEN`."""
    from markupsafe import Markup

    s = "" if text is None else str(text)
    out, pos = [], 0
    for m in _QUOTED.finditer(s):
        quoted = str(linkify(m.group(0)))
        inner = m.group(0)[1:-1].strip()
        english = bool(inner) and inner in recorded
        out += [
            str(linkify(s[pos : m.start()])),
            AS_WRITTEN % quoted if english else f"<span data-cite>{quoted}</span>",
        ]
        pos = m.end()
    out.append(str(linkify(s[pos:])))
    return Markup("".join(out))
