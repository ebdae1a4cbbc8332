"""minebelt's own remarks inside a citation record, told apart from the citation.

Layer: outputs. A citation (``model/*_sources.py``) is recorded in English, and a few records
carry, inside their publisher or locator, a remark that is minebelt's, not the source's: how the
source was read ("the Reuters page itself was not retrieved") or what minebelt did with it
("conversions are minebelt's own calculation"). The JSON documents keep each citation as
recorded (a contract); a reader of another language sees the citation as written, marked
English, and these remarks after it in the reader's words (:func:`split`, :func:`remarks`).
"""

from __future__ import annotations

import re

from ..i18n import N_
from ..i18n import gettext as _

#: minebelt's remarks as the citation records word them (each a catalogue message).
REMARKS = (
    N_("the Reuters page itself was not retrieved"),
    N_("the Yle original was not retrieved"),
    N_("the UN Treaty Collection's text was not retrieved"),
    N_("the English text itself was not retrieved"),
    N_("conversions are minebelt's own calculation"),
    N_("deflation is minebelt's own calculation"),
    N_("conversions and deflation are minebelt's own calculation"),
)

#: An apostrophe as the record writes it, or escaped for a page (``&#x27;``, ``&#39;``).
_APOSTROPHE = "(?:'|&#x27;|&#39;)"


def _pattern(remark: str) -> re.Pattern[str]:
    """The remark with the separator before it (``; `` or ``, ``) or, first inside brackets,
    the ``; `` after it: what :func:`split` cuts out, leaving the citation's own punctuation."""
    words = _APOSTROPHE.join(re.escape(part) for part in remark.split("'"))
    return re.compile(rf"[;,] {words}(?=[;,)]|$)|(?<=\(){words}; ")


_PATTERNS = tuple((remark, _pattern(remark)) for remark in REMARKS)


def split(text: str) -> tuple[str, list[str]]:
    """``(citation, remarks)``: ``text`` (a citation as recorded, plain or escaped for a page)
    without minebelt's remarks, and those remarks (English, catalogue messages) in the order
    of :data:`REMARKS`; ``(text, [])`` when it has none. ``"Reuters, relayed; the Reuters
    page itself was not retrieved, “Title”"`` -> ``("Reuters, relayed, “Title”",
    ["the Reuters page itself was not retrieved"])``."""
    found = []
    for remark, pattern in _PATTERNS:
        text, n = pattern.subn("", text)
        if n:
            found.append(remark)
    return text, found


def remarks(found: list[str]) -> str:
    """``found`` (:func:`split`'s remarks) in the reader's words, in brackets after the
    citation: ``" (strony Reutersa nie pobrano)"``; empty for none."""
    return f" ({'; '.join(_(r) for r in found)})" if found else ""


__all__ = ["REMARKS", "remarks", "split"]
