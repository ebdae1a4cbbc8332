"""Draft claims as a claims file (TOML) in the layout of ``examples/seed-claims.toml``.

Layer: outputs (fact-check: claim extraction).

Each claim is one ``[[claims]]`` table: ``id``, ``source``, ``quote``, ``stated``,
``qualifier``, ``unit``, ``kind``, ``part_of``, ``note``, ``abs_tolerance``, then ``compute``
(and ``context``) as inline tables, the layout a person edits. A comment above each claim
names the countries found near the figure (ISO 3166-1 alpha-3) and says the claim is a draft.
Strings are written as TOML basic strings with JSON's escapes (a subset of TOML's), and the
text is parsed back with :mod:`tomllib` before it is returned, so a file that would not load
is never written.
"""

from __future__ import annotations

import json
import math
import tomllib
from typing import Any

_ORDER = (
    "id",
    "source",
    "quote",
    "stated",
    "qualifier",
    "unit",
    "kind",
    "part_of",
    "selection",
    "analysis",
    "abs_tolerance",
    "tolerance",
    "note",
)


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise ValueError(f"not a finite number: {v!r}")
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{_key(k)} = {_value(x)}" for k, x in v.items()) + " }" if v else "{}"
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text)


def _key(k: str) -> str:
    return k if k.replace("_", "").replace("-", "").isalnum() and k.isascii() else json.dumps(k, ensure_ascii=False)


#: A figure of the article not drafted as a claim, as a comment line of the draft.
SKIPPED_LINE = '# skipped: {reason}: {figure} in "{quote}"'


def _excerpt(quote: str, figure: str, width: int = 90) -> str:
    """The part of ``quote`` around ``figure``, at most ``width`` characters."""
    if len(quote) <= width:
        return quote
    at = max(0, quote.find(figure.split()[0]) - width // 3)
    piece = quote[at : at + width]
    return f"{'…' if at else ''}{piece}{'…' if at + width < len(quote) else ''}"


def claims_toml(
    claims: list[dict[str, Any]],
    *,
    title: str,
    sources: list[str] | None = None,
    header: str = "",
    skipped: list[dict[str, str]] | None = None,
) -> str:
    """The claims file text of ``claims`` (the dicts of :func:`.draft.draft_claims`; keys
    starting with ``_`` are not written, ``_countries`` and ``_hint`` become comments above the claim).
    ``skipped`` figures (``{"figure", "quote", "reason"}``) are listed as ``# skipped:`` comment
    lines after the title, so a reader sees what was left out and why."""
    # a TOML comment may hold no control character but tab: a pasted source name may
    lines = [f"# {_printable(line)}".rstrip() for line in header.splitlines()] if header else []
    lines.append(f"title = {_value(title)}")
    if sources:
        lines.append(f"sources = {_value(list(sources))}")
    for x in skipped or []:
        lines.append(
            _printable(
                SKIPPED_LINE.format(reason=x["reason"], figure=x["figure"], quote=_excerpt(x["quote"], x["figure"]))
            ).rstrip()
        )
    for c in claims:
        lines.append("")
        countries = c.get("_countries") or []
        lines.append(
            f"# draft: check the quote, stated and compute; countries near the figure: {', '.join(countries) if countries else 'none named'}"
        )
        if c.get("_hint"):
            lines.append(_printable(f"# draft: {c['_hint']}").rstrip())
        lines.append("[[claims]]")
        for k in _ORDER:
            if k in c and c[k] is not None:
                lines.append(f"{k} = {_value(c[k])}")
        for k in ("compute", "context"):
            if k in c and c[k] is not None:
                lines.append(f"{k} = {_value(c[k])}")
        for k, v in c.items():
            if k not in _ORDER and k not in ("compute", "context") and not k.startswith("_"):
                lines.append(f"{_key(k)} = {_value(v)}")
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # never hand out a file that does not load
    return text


__all__ = ["claims_toml"]
