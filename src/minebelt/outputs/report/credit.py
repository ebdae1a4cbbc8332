"""The border data's credit in the reader's words: OpenStreetMap's notice as OpenStreetMap
words it in the reader's language, minebelt's own clause after it translated.

Layer: outputs (report). A pure function of ``provenance.data.attribution``; it reads the
current language of :mod:`minebelt.i18n` (in English the text as it is).
"""

from __future__ import annotations

import re
from typing import Any

from ...i18n import gettext as _
from ...i18n import pgettext

#: OpenStreetMap's copyright notice as the licence's attribution words it in English.
OSM_NOTICE = "\u00a9 OpenStreetMap contributors"

#: minebelt's clause after the OpenStreetMap notice of ``provenance.data.attribution``: the
#: notice keeps the licence's required wording; the clause is minebelt's own.
_PROCESSED = re.compile(r"(?P<notice>.*); data processed by (?P<name>[^;()]+?) \((?P<licence>[^()]+)\)", re.S)


def osm_notice(text: Any) -> str:
    """``text`` with OpenStreetMap's notice (:data:`OSM_NOTICE`) as openstreetmap.org words it
    in the reader's language (its own translations: pl "© autorzy OpenStreetMap"); the rest of
    ``text`` (", ODbL 1.0 (https://…)") as written, so the ODbL attribution stays whole."""
    s = str(text or "")
    if OSM_NOTICE not in s:
        return s
    # TRANSLATORS: OpenStreetMap's own wording in your language (openstreetmap.org's
    # translations, config/locales/LANG.yml: javascripts.map.openstreetmap_contributors).
    return s.replace(OSM_NOTICE, pgettext("OpenStreetMap's copyright notice", "\u00a9 OpenStreetMap contributors"))


def attribution(text: Any) -> str:
    """The border data's attribution: OpenStreetMap's notice as OpenStreetMap words it in the
    reader's language (:func:`osm_notice`), then ``data processed by geo-maps (MIT)`` in the
    reader's words; any other text as written."""
    s = osm_notice(text)
    m = _PROCESSED.fullmatch(s)
    if m is None:
        return s
    clause = _("data processed by %(name)s (%(licence)s)") % {"name": m["name"], "licence": m["licence"]}
    return f"{m['notice']}; {clause}"


__all__ = ["OSM_NOTICE", "attribution", "osm_notice"]
