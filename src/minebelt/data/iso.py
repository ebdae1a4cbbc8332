"""ISO 3166-1 alpha-3 country codes and names (bundled ``data/iso3166.json``).

Layer: data.

Built by ``scripts/build_iso3166.py`` from the ``pycountry`` registry package, plus the
user-assigned code ``XKX`` (Kosovo) that the OpenStreetMap-derived border data uses.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from functools import cache
from importlib.resources import files

#: Other English names people use (the ISO 3166-1 short name stays the name minebelt prints):
#: common short and former names as used by the UN and news agencies. Searched by the web
#: page and accepted for ``country``/``border`` in scenarios and the Python API.
ALIASES: dict[str, tuple[str, ...]] = {
    "RUS": ("Russia",),
    "KOR": ("Korea, Republic of", "Republic of Korea", "ROK"),
    "PRK": ("Korea, Democratic People's Republic of", "DPRK"),
    "TUR": ("Turkey",),
    "CIV": ("Ivory Coast",),
    "COD": ("DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of the Congo"),
    "COG": ("Congo-Brazzaville", "Republic of the Congo"),
    "CZE": ("Czech Republic",),
    "SWZ": ("Swaziland",),
    "MKD": ("Macedonia",),
    "MMR": ("Burma",),
    "PSE": ("Palestine",),
    "GBR": ("UK", "Britain", "Great Britain"),
    "USA": ("US", "America", "United States of America"),
    "TLS": ("East Timor",),
    "CPV": ("Cape Verde",),
    "VAT": ("Holy See", "Vatican"),
    "LAO": ("Lao People's Democratic Republic",),
    "IRN": ("Persia",),
    "BOL": ("Bolivia, Plurinational State of",),
    "VEN": ("Venezuela, Bolivarian Republic of",),
    "TZA": ("Tanzania, United Republic of",),
    "MDA": ("Moldova, Republic of",),
    "SYR": ("Syrian Arab Republic",),
    "XKX": ("Kosovo",),
}

#: Names that stand for more than one country: refused with the choices rather than guessed.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "congo": ("COG", "COD"),
    "korea": ("KOR", "PRK"),
}


@cache
def country_names() -> dict[str, str]:
    """``{"POL": "Poland", ...}`` for every known alpha-3 code."""
    doc = json.loads(files("minebelt").joinpath("data/iso3166.json").read_text(encoding="utf-8"))
    return doc["countries"]


def country_name(code: str) -> str:
    """English name of an alpha-3 code, or of each part of a joint code ``"EST+LVA+LTU"``."""
    names = country_names()
    return " + ".join(names.get(c, c) for c in code.split("+"))


def _fold(text: str) -> str:
    """Case, accents, punctuation and spacing folded: ``"Côte d'Ivoire"`` -> ``"cote d ivoire"``."""
    t = unicodedata.normalize("NFKD", str(text))
    t = "".join(" " if not (ch.isalnum() or unicodedata.combining(ch)) else ch for ch in t)
    t = t.encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(t.split())


@cache
def _by_name() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, name in country_names().items():
        out[_fold(name)] = code
        out[_fold(name.split(" (")[0])] = code  # "Kosovo (user-assigned code, ...)" -> "Kosovo"
    for code, names in ALIASES.items():
        for n in names:
            out[_fold(n)] = code
    for word in AMBIGUOUS:
        out.pop(word, None)
    return out


def country_code(text: str) -> str | None:
    """The alpha-3 code a country code, name or common alias stands for, or None.

    ``"fin"`` -> ``FIN``; ``"Finland"`` -> ``FIN``; ``"Russia"`` and ``"Russian Federation"``
    -> ``RUS``; ``"South Korea"`` -> ``KOR``; ``"Côte d'Ivoire"``, ``"Ivory Coast"`` -> ``CIV``.
    An ambiguous name (``"Congo"``, ``"Korea"``) gives None (see :func:`country_hint`).
    """
    t = str(text).strip()
    if re.fullmatch(r"[A-Za-z]{3}", t) and t.upper() in country_names():
        return t.upper()
    return _by_name().get(_fold(t))


def country_hint(text: str) -> str:
    """Why ``text`` names no country, with the closest ones: `` (did you mean 'Finland' (FIN)?)``,
    `` ('Congo' is ambiguous: 'Congo' (COG) or 'Congo, The Democratic Republic of the' (COD))``."""
    names = country_names()
    folded = _fold(text)
    if folded in AMBIGUOUS:
        return (
            f" ({str(text).strip()!r} is ambiguous: "
            + " or ".join(f"{names[c]!r} ({c})" for c in AMBIGUOUS[folded])
            + ")"
        )
    by_name = _by_name()
    close = difflib.get_close_matches(folded, list(by_name), n=1, cutoff=0.75)
    if close:
        code = by_name[close[0]]
        return f" (did you mean {names[code]!r} ({code})?)"
    if re.fullmatch(r"[A-Za-z]{3}", str(text).strip()):
        near = difflib.get_close_matches(str(text).strip().upper(), list(names), n=1, cutoff=0.6)
        if near:
            return f" (did you mean {near[0]!r} ({names[near[0]].split(' (')[0]})?)"
    return ""
