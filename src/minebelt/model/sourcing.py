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


def state_media(citation: Citation) -> str:
    """What a reader should know of a citation whose page is on a state or state-aligned
    outlet (``"TASS, the Russian state news agency"``), or "" for any other outlet."""
    from urllib.parse import urlparse

    host = urlparse(citation.url).netloc.lower()
    return next((v for k, v in STATE_MEDIA.items() if host == k or host.endswith("." + k)), "")


__all__ = ["STATE_MEDIA", "Certainty", "Citation", "Sourced", "state_media"]
