"""The sentences saying a source is state or state-aligned media, in the reader's language.

Layer: outputs. :func:`minebelt.factcheck.provenance.with_citations` words them once, in English,
in the ``minebelt.factcheck/2`` document; this module reads them back and words them again, each
outlet described in the reader's words (:data:`OUTLETS`) and its title quoted or marked as a
citation (:mod:`minebelt.outputs.cited`). Used by :mod:`minebelt.outputs.local_plans`.
"""

from __future__ import annotations

import re

from .. import numbers as N
from ..i18n import gettext as _
from .cited import cite, plain

#: What a reader should know of a state or state-aligned outlet (the values of
#: :data:`minebelt.model.sourcing.STATE_MEDIA`), in the reader's words.
OUTLETS = {
    "TASS, the Russian state news agency": lambda: _("TASS, the Russian state news agency"),
    "RIA FAN, a Russian pro-Kremlin outlet": lambda: _("RIA FAN, a Russian pro-Kremlin outlet"),
    "RIA Novosti, Russian state media": lambda: _("RIA Novosti, Russian state media"),
    "news-pravda, a relay site of the pro-Kremlin 'Pravda' network": lambda: _(
        "news-pravda, a relay site of the pro-Kremlin 'Pravda' network"
    ),
    "news.by, Belarusian state media": lambda: _("news.by, Belarusian state media"),
    "Gazeta.ru, of the Rambler group, owned by the state-owned Sberbank": lambda: _(
        "Gazeta.ru, of the Rambler group, owned by the state-owned Sberbank"
    ),
    "Lenta.ru, of the Rambler group, owned by the state-owned Sberbank": lambda: _(
        "Lenta.ru, of the Rambler group, owned by the state-owned Sberbank"
    ),
    "Rossiyskaya Gazeta, the Russian government's newspaper": lambda: _(
        "Rossiyskaya Gazeta, the Russian government's newspaper"
    ),
    "RT, Russian state-funded media": lambda: _("RT, Russian state-funded media"),
    "Sputnik, Russian state media": lambda: _("Sputnik, Russian state media"),
    "Izvestia, of the pro-Kremlin National Media Group": lambda: _("Izvestia, of the pro-Kremlin National Media Group"),
    "BelTA, the Belarusian state news agency": lambda: _("BelTA, the Belarusian state news agency"),
    "SB. Belarus Segodnya, the Belarusian presidential administration's newspaper": lambda: _(
        "SB. Belarus Segodnya, the Belarusian presidential administration's newspaper"
    ),
}
_REPORTED = re.compile(r"\s*The claim is reported by (.+?): state or state-aligned media\.(?=\s|$)")
_ALONE = re.compile(
    r"\s*The claim is known only from (.+?): state or state-aligned media, which alone do not confirm that it was said\.(?=\s|$)"
)
_RESTS = re.compile(
    r"\s*The figure rests on (.+?): state or state-aligned media, which alone do not confirm a figure\.(?=\s|$)"
)
_ALSO = re.compile(r"\s*Also reported by (.+?): state or state-aligned media, not what the figure rests on\.(?=\s|$)")
#: an outlet, then its title in quotes where it has one of its own (else its date alone)
_OUTLET = re.compile(r"(.+?) \((?:\u201c(.+?)\u201d, )?([^)]*)\)(?:; |$)")


def _outlets(text: str) -> str:
    """``Gazeta.ru, of ... (“Mikkonen 2025”, 2025-08-26); ...`` in the reader's words and quotes."""
    out = []
    for m in _OUTLET.finditer(text):
        what = OUTLETS[m[1]]() if m[1] in OUTLETS else m[1]
        out.append(f"{what} ({cite(m[2])}, {N.day(m[3])})" if m[2] else f"{what} ({N.day(m[3])})")
    return "; ".join(out) if out else text


def split_state_media(text: str, marked: bool = False) -> tuple[str, list[str]]:
    """``text`` without the sentences saying a source is state or state-aligned media
    (:func:`minebelt.factcheck.provenance.with_citations`), and those sentences in the reader's
    words (a source's title quoted, or with ``marked`` marked, as :func:`plan_parts`)."""
    said = []
    if m := _REPORTED.search(text):
        said.append(
            _("The claim is reported by %(outlets)s: state or state-aligned media.") % {"outlets": _outlets(m[1])}
        )
        text = text[: m.start()] + text[m.end() :]
    if m := _ALONE.search(text):
        said.append(
            _(
                "The claim is known only from %(outlets)s: state or state-aligned media, which alone do not confirm that it was said."
            )
            % {"outlets": _outlets(m[1])}
        )
        text = text[: m.start()] + text[m.end() :]
    if m := _RESTS.search(text):
        said.append(
            _("The figure rests on %(outlets)s: state or state-aligned media, which alone do not confirm a figure.")
            % {"outlets": _outlets(m[1])}
        )
        text = text[: m.start()] + text[m.end() :]
    if m := _ALSO.search(text):
        outlets = "; ".join(OUTLETS[x]() if x in OUTLETS else x for x in m[1].split("; "))
        said.append(
            _("Also reported by %(outlets)s: state or state-aligned media, not what the figure rests on.")
            % {"outlets": outlets}
        )
        text = text[: m.start()] + text[m.end() :]
    return text.strip(), (said if marked else [plain(x) for x in said])


__all__ = ["OUTLETS", "split_state_media"]
