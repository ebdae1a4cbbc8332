"""ISO 3166-1 alpha-3 country codes and names (bundled ``data/iso3166.json``).

Layer: data.

Built by ``scripts/build_iso3166.py`` from the ``pycountry`` registry package, plus the
user-assigned code ``XKX`` (Kosovo) that the OpenStreetMap-derived border data uses.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files


@cache
def country_names() -> dict[str, str]:
    """``{"POL": "Poland", ...}`` for every known alpha-3 code."""
    doc = json.loads(files("minebelt").joinpath("data/iso3166.json").read_text(encoding="utf-8"))
    return doc["countries"]


def country_name(code: str) -> str:
    """English name of an alpha-3 code, or of each part of a joint code ``"EST+LVA+LTU"``."""
    names = country_names()
    return " + ".join(names.get(c, c) for c in code.split("+"))
