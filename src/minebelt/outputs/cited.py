"""A claims file's own words inside a sentence minebelt generates, marked as quoted.

Layer: outputs. A plan's generated sentences (:mod:`minebelt.outputs.local_plans`) are worded
in the reader's language, but they quote what the claims file wrote (an implied figure's label,
why the scopes differ, a reading's words, a source's title) as written, usually in English.
Those pieces are marked in the text with two private-use characters, so each output shows them
as quoted: the terminal and the web in the reader's quotation marks (:func:`plain`), the report
page in ``<q>`` (:func:`pieces`: a citation, as the page's English guard requires).
"""

from __future__ import annotations

import re

from .claim_values import quoted

#: Private-use code points (never in a claims file's text) around a quoted piece.
OPEN, CLOSE = "\ue000", "\ue001"
_MARKED = re.compile(f"{OPEN}(.*?){CLOSE}", re.S)


def cite(text: str) -> str:
    """``text`` (a claims file's words, as written) marked as quoted."""
    return f"{OPEN}{text}{CLOSE}"


def pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, quoted)`` runs, in order, without the marks:
    ``"Co z tego wynika: \\ue000years\\ue001 5 lat."`` -> ``[("Co z tego wynika: ", False),
    ("years", True), (" 5 lat.", False)]``; empty runs left out."""
    out: list[tuple[str, bool]] = []
    at = 0
    for m in _MARKED.finditer(text):
        if m.start() > at:
            out.append((text[at : m.start()], False))
        out.append((m[1], True))
        at = m.end()
    if at < len(text):
        out.append((text[at:], False))
    return out


def plain(text: str) -> str:
    """``text`` with every marked piece in the reader's quotation marks („…” in Polish)."""
    return _MARKED.sub(lambda m: quoted(m[1]), text)


__all__ = ["CLOSE", "OPEN", "cite", "pieces", "plain"]
