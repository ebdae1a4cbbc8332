"""Sourced defaults of the production block: producers' capacities with scope and year.

Layer: pure (sourced constants).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .sourcing import Certainty, Citation

Scope = Literal["anti-personnel", "all-types"]


# ====================================================================================
# Production capacity and stocks
# ====================================================================================

BELMA_REUTERS = Citation(
    key="belma-reuters-2025",
    title="Poland to resume production of anti-personnel mines (Reuters exclusive: deputy minister P. Zalewski; Belma CEO J. Zakrzewski)",
    publisher="Reuters, relayed by rco.news, ragex.co and news-pravda (2025-12-17)",
    date="2025-12-17",
    url="https://rco.news/world/64301",
    quote=(
        "this company has the ability to produce up to 1.2 million mines of various types, including anti-personnel "
        "mines, next year. Belma currently produces about 100,000 mines annually."
    ),
)
BELMA_FUNDING = Citation(
    key="belma-rz-2026",
    title="Miny produkuje tylko jedna firma w Polsce (Rzeczpospolita, relayed)",
    publisher="Do Rzeczy, citing Rzeczpospolita",
    date="2026-03-04",
    url="https://dorzeczy.pl/kraj/854636/miny-produkuje-tylko-jedna-firma-w-polsce-jak-obronimy-granice.html",
    quote="dosta\u0142y ponad 311 mln z\u0142 na zwi\u0119kszenie zdolno\u015bci produkcyjnych min do 1,2 mln rocznie",
)


@dataclass(frozen=True)
class CapacityRecord:
    """A producer's annual output with its scope (anti-personnel only, or all mine types)."""

    producer: str
    country: str
    mines_per_year: float
    scope: Scope
    year: int
    citation: Citation
    certainty: Certainty
    note: str = ""


PRODUCTION_CAPACITY_DEFAULTS: tuple[CapacityRecord, ...] = (
    CapacityRecord(
        producer="Belma (Bydgoskie Zak\u0142ady Elektromechaniczne)",
        country="POL",
        mines_per_year=1_200_000,
        scope="all-types",
        year=2026,
        citation=BELMA_REUTERS,
        certainty="medium",
        note="Stated ability for 2026, all mine types including anti-personnel; output in 2025 about 100,000 a year.",
    ),
)
