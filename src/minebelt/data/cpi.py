"""Reader of the bundled US consumer price index, CPI-U annual averages (``data/us_cpi_u.json``).

Layer: data. The US Bureau of Labor Statistics' series CUUR0000SA0 (all items, US city average,
all urban consumers, 1982-84 = 100), annual averages, built by ``scripts/build_us_cpi.py`` from
the ``cpi`` package. Public domain (US government work).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any


@cache
def us_cpi_u() -> tuple[dict[int, float], dict[str, Any]]:
    """``({year: annual average index}, meta)`` of the bundled CPI-U series."""
    from importlib.resources import files

    doc = json.loads(files("minebelt").joinpath("data/us_cpi_u.json").read_text(encoding="utf-8"))
    return {int(y): float(v) for y, v in doc["annual"].items()}, doc["meta"]
