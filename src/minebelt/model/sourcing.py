"""The two types every sourced figure is made of: :class:`Citation` and :class:`Sourced`.

Layer: pure. Kept apart from the topic tables that use them (:mod:`.densities`,
:mod:`.facts`, :mod:`.barriers`, :mod:`.clearance_sources`, ...) so those can import them
without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Certainty = Literal["high", "medium", "weak", "unconfirmed"]


@dataclass(frozen=True)
class Citation:
    """Where a figure comes from.

    Attributes
    ----------
    key:
        Short identifier used in outputs (``"seed-001"``).
    title:
        Document title.
    publisher:
        Publisher or author.
    date:
        Publication date, ISO 8601 (``"2025-07-07"``) or year.
    url:
        Address of the document, when it has one.
    locator:
        Section, table, page or paragraph within the document.
    quote:
        The sentence the figure is taken from, verbatim where possible.
    """

    key: str
    title: str
    publisher: str
    date: str
    url: str = ""
    locator: str = ""
    quote: str = ""

    def __str__(self) -> str:
        parts = [f"{self.publisher}, \u201c{self.title}\u201d ({self.date})"]
        if self.locator:
            parts.append(self.locator)
        if self.url:
            parts.append(self.url)
        return ", ".join(parts)


@dataclass(frozen=True)
class Sourced:
    """A number with its unit, citation and how sure it is."""

    value: float
    unit: str
    citation: Citation
    certainty: Certainty = "medium"
    note: str = ""


#: Outlets whose report alone does not confirm a figure (state or state-aligned media), by the
#: address of the cited page, with what a reader should know of each.
STATE_MEDIA = {
    "tass.com": "TASS, the Russian state news agency",
    "tass.ru": "TASS, the Russian state news agency",
    "riafan.ru": "RIA FAN, a Russian pro-Kremlin outlet",
    "ria.ru": "RIA Novosti, Russian state media",
    "news-pravda.com": "news-pravda, a relay site of the pro-Kremlin 'Pravda' network",
    "news.by": "news.by, Belarusian state media",
    "gazeta.ru": "Gazeta.ru, of the Rambler group, owned by the state-owned Sberbank",
    "lenta.ru": "Lenta.ru, of the Rambler group, owned by the state-owned Sberbank",
    "rg.ru": "Rossiyskaya Gazeta, the Russian government's newspaper",
    "rt.com": "RT, Russian state-funded media",
    "sputnikglobe.com": "Sputnik, Russian state media",
    "sputniknews.com": "Sputnik, Russian state media",
    "iz.ru": "Izvestia, of the pro-Kremlin National Media Group",
    "belta.by": "BelTA, the Belarusian state news agency",
    "sb.by": "SB. Belarus Segodnya, the Belarusian presidential administration's newspaper",
}


#: Whose list puts each outlet of :data:`STATE_MEDIA` there, by its address: the EU's sanctions
#: (the Council of the EU suspended the broadcasting of RT and Sputnik on 2 March 2022, Council
#: Regulation (EU) 2022/350, and of RIA Novosti, Izvestia and Rossiyskaya Gazeta on 17 May 2024),
#: France's VIGINUM (the 'Pravda' network, "Portal Kombat", 12 February 2024), or minebelt's own
#: list with the reason (who owns or runs the outlet).
_EU_2022 = "EU sanctions: Council of the EU, 2022-03-02, suspension of broadcasting (Regulation (EU) 2022/350)"
_EU_2024 = (
    "EU sanctions: Council of the EU, 2024-05-17, suspension of broadcasting of four more Russia-associated outlets"
)
_OWN = "minebelt's own list: "
STATE_MEDIA_LISTED = {
    "tass.com": _OWN + "owned by the Russian state (a federal state unitary enterprise)",
    "tass.ru": _OWN + "owned by the Russian state (a federal state unitary enterprise)",
    "riafan.ru": _OWN + "of the Patriot media group of Y. Prigozhin",
    "ria.ru": _EU_2024,
    "news-pravda.com": "VIGINUM (SGDSN, France), 'Portal Kombat: a structured and coordinated pro-Russian propaganda network', 2024-02-12",
    "news.by": _OWN + "the Belarusian state TV and radio company's site",
    "gazeta.ru": _OWN + "the Rambler group, owned by the state-owned Sberbank",
    "lenta.ru": _OWN + "the Rambler group, owned by the state-owned Sberbank",
    "rg.ru": _EU_2024,
    "rt.com": _EU_2022,
    "sputnikglobe.com": _EU_2022,
    "sputniknews.com": _EU_2022,
    "iz.ru": _EU_2024,
    "belta.by": _OWN + "the Belarusian state news agency",
    "sb.by": _OWN + "the newspaper of the Belarusian presidential administration",
}
#: How a publisher's text names each outlet (a regular expression, case as written), and its
#: address in :data:`STATE_MEDIA`. "European Pravda" and "Ukrainska Pravda" (Ukrainian outlets)
#: are not the 'Pravda' network: only its relay sites' names ("news-pravda", "pravda-en") are.
STATE_MEDIA_NAMES = {
    r"\bTASS\b": "tass.com",
    r"\bRIA FAN\b": "riafan.ru",
    r"\bRIA Novosti\b": "ria.ru",
    r"\b(?:[a-z]+\.)?news-pravda(?:\.com)?\b|\bpravda-(?:en|fr|de|pl|es)\b|\bPortal Kombat\b": "news-pravda.com",
    r"\bnews\.by\b": "news.by",
    r"\bGazeta\.ru\b": "gazeta.ru",
    r"\bLenta\.ru\b": "lenta.ru",
    r"\bRossiyskaya Gazeta\b": "rg.ru",
    r"\bRT\b|\bRussia Today\b": "rt.com",
    r"\bSputnik\b": "sputniknews.com",
    r"\bIzvestia\b": "iz.ru",
    r"\bBelTA\b": "belta.by",
    r"\bBelarus Segodnya\b": "sb.by",
}


def _named_outlets(text: str) -> list[str]:
    """What a reader should know of each state outlet ``text`` names, in the order named, once each."""
    import re

    found = sorted((m.start(), k) for pat, k in STATE_MEDIA_NAMES.items() for m in re.finditer(pat, text))
    return list(dict.fromkeys(STATE_MEDIA[k] for _, k in found))


def _primary(publisher: str) -> str:
    """The outlet a publisher's text names first ("MENAFN" of "MENAFN, citing ...; also TASS"):
    the one the figure rests on."""
    import re

    return re.split(r"[,;(]|\s+(?:citing|quoting|relaying|via)\s", publisher, maxsplit=1)[0]


def _state_key(citation: Citation) -> str:
    """The :data:`STATE_MEDIA` address of a citation's outlet, by the page's address or by the
    outlet its publisher names first, or "" for any other outlet."""
    import re
    from urllib.parse import urlparse

    host = urlparse(citation.url).netloc.lower()
    by_host = next((k for k in STATE_MEDIA if host == k or host.endswith("." + k)), "")
    if by_host:
        return by_host
    found = sorted(
        (m.start(), k) for pat, k in STATE_MEDIA_NAMES.items() for m in re.finditer(pat, _primary(citation.publisher))
    )
    return found[0][1] if found else ""


def state_media(citation: Citation) -> str:
    """What a reader should know of a citation whose page is on a state or state-aligned
    outlet (``"TASS, the Russian state news agency"``), by the page's address or by the outlet
    its publisher names first (a TASS report at another address), or "" for any other outlet."""
    key = _state_key(citation)
    return STATE_MEDIA[key] if key else ""


def state_media_listed(citation: Citation) -> str:
    """Whose list names the citation's state or state-aligned outlet (:data:`STATE_MEDIA_LISTED`),
    or "" for any other outlet."""
    key = _state_key(citation)
    return STATE_MEDIA_LISTED.get(key, "") if key else ""


def state_media_also(citation: Citation) -> list[str]:
    """The state or state-aligned outlets a citation's publisher names beside the one the figure
    rests on ("MENAFN, ...; also glob-news.com and TASS"): relays a reader should know of, which
    neither confirm the figure nor take it away."""
    first = state_media(citation)
    return [x for x in _named_outlets(citation.publisher) if x != first]


__all__ = [
    "STATE_MEDIA",
    "STATE_MEDIA_LISTED",
    "STATE_MEDIA_NAMES",
    "Certainty",
    "Citation",
    "Sourced",
    "state_media",
    "state_media_also",
    "state_media_listed",
]
