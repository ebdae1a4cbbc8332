"""The border data's credit in the reader's words: OpenStreetMap's notice as the licence words
it, minebelt's own clause after it translated.

Layer: outputs (report). A pure function of ``provenance.data.attribution``; it reads the
current language of :mod:`minebelt.i18n` (in English the text as it is).
"""

from __future__ import annotations

import re
from typing import Any

from ...i18n import gettext as _

#: minebelt's clause after the OpenStreetMap notice of ``provenance.data.attribution``: the
#: notice keeps the licence's required wording; the clause is minebelt's own.
_PROCESSED = re.compile(r"(?P<notice>.*); data processed by (?P<name>[^;()]+?) \((?P<licence>[^()]+)\)", re.S)


def attribution(text: Any) -> str:
    """The border data's attribution: OpenStreetMap's notice as the licence words it, then
    ``data processed by geo-maps (MIT)`` in the reader's words; any other text as written."""
    s = str(text or "")
    m = _PROCESSED.fullmatch(s)
    if m is None:
        return s
    clause = _("data processed by %(name)s (%(licence)s)") % {"name": m["name"], "licence": m["licence"]}
    return f"{m['notice']}; {clause}"


__all__ = ["attribution"]
