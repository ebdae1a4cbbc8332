"""The named density models (``korea-peak``, ``reduced``, ``dmz-average``, ...), each with its citation.

Layer: pure (sourced constants). ``minebelt models`` lists them; a scenario names one as its
``density``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..i18n import N_
from .barriers import INNER_GERMAN
from .facts import FACTS
from .facts_sources import ASIAE_2018, KOREA_HERALD_2018
from .seeds import seed_001
from .sourcing import Certainty, Citation

# --------------------------------------------------------------------------------------
# Density models
# --------------------------------------------------------------------------------------

DensityKind = Literal["areal", "linear"]


@dataclass(frozen=True)
class DensityModel:
    """A named density assumption.

    ``kind="areal"``: ``value`` is mines per km² of belt; mines = length x depth x value.
    ``kind="linear"``: ``value`` is mines per km of front; mines = length x value, whatever
    the depth (the implied areal density is value / depth).
    """

    name: str
    kind: DensityKind
    value: float
    citation: Citation
    description: str
    certainty: Certainty = "medium"
    note: str = ""
    extra_citations: tuple[Citation, ...] = field(default_factory=tuple)

    @property
    def unit(self) -> str:
        return "mines/km\u00b2" if self.kind == "areal" else "mines/km of front"


KOREA_PEAK = DensityModel(
    name="korea-peak",
    kind="areal",
    value=12_000.0,
    description=N_(
        "Korean DMZ model of the Espreso article (2025): 12,000 mines per km\u00b2 over the whole belt, which the article calls the density of the most fortified areas; numerically about the DMZ's average areal density."
    ),
    citation=seed_001(
        "They are laid in more than 500 confirmed minefields, with densities exceeding 12,000 "
        "mines per square kilometer in the most fortified areas."
    ),
    certainty="weak",
    note=(
        "Seed 001 quotes it for 'the most fortified areas', yet it is close to the DMZ's average areal "
        "density: about 1.27 M mines over about 116 km\u00b2 of mined area (the Army's, 2018), i.e. about 10,900/km\u00b2. What "
        "makes the model 4.7x denser per km of front than the DMZ (24,000 against about 5,100 mines per "
        "km of its 248 km front) is the depth: the model mines the full 2 km, while the DMZ's mined "
        "strips average about 0.47 km (116 km\u00b2 / 248 km). See 'dmz-average' and 'dmz-average-linear'."
    ),
)

REDUCED = DensityModel(
    name="reduced",
    kind="areal",
    value=6_000.0,
    description=N_(
        "Reduced model of the Espreso article (2025): half the Korean model's 12,000/km², supplemented by surveillance and fire control."
    ),
    citation=seed_001(
        "If density is reduced to 6,000 mines per square kilometer, the length of mine lines is "
        "shortened, and the system is supplemented with modern remote surveillance, fire control, "
        "and rapid mining systems, countries can create an effective deterrent barrier at acceptable costs."
    ),
    certainty="weak",
    note="A planning assumption of the article, not an observed density.",
)

#: Named density models, by name. Extended with historically calibrated models below.
DENSITY_MODELS: dict[str, DensityModel] = {m.name: m for m in (KOREA_PEAK, REDUCED)}


def density_model(name: str) -> DensityModel:
    """The density model called ``name`` (raises ``KeyError`` when unknown)."""
    return DENSITY_MODELS[name]


#: The DMZ's own averages as density models (areal and linear).
DENSITY_MODELS["dmz-average"] = DensityModel(
    name="dmz-average",
    kind="areal",
    value=FACTS["DMZ_MINES_SOUTH"].value / FACTS["DMZ_ARMY_MINED_AREA_KM2"].value,
    description=N_(
        "Korean DMZ average: about 1.27 M mines over about 116 km\u00b2 of mined area (about 10,900 per km\u00b2)."
    ),
    citation=ASIAE_2018,
    certainty="medium",
    note=(
        "Mined area: the Army's about 116 km\u00b2, derived from 'about 40 times Yeouido' (40 x 2.9 km\u00b2; Kukmin Ilbo, 2018), "
        "independent of the seed article under check; 112.58 km\u00b2 (KMCRI) gives 11,300/km\u00b2, 117.8 km\u00b2 (National Defense Committee, 2010) 10,800/km\u00b2."
    ),
    extra_citations=(FACTS["DMZ_ARMY_MINED_AREA_KM2"].citation,),
)
DENSITY_MODELS["dmz-average-linear"] = DensityModel(
    name="dmz-average-linear",
    kind="linear",
    value=FACTS["DMZ_MINES_SOUTH"].value / FACTS["DMZ_LENGTH_KM"].value,
    description=N_(
        "Korean DMZ average per km of front: about 1.27 M mines along about 248 km (about 5,100 per km), whatever the depth."
    ),
    citation=ASIAE_2018,
    certainty="medium",
    extra_citations=(KOREA_HERALD_2018,),
)
DENSITY_MODELS["inner-german-linear"] = DensityModel(
    name="inner-german-linear",
    kind="linear",
    value=1_322_700 / 800,
    description=N_(
        "Inner-German border: at least 1,322,700 mines laid over 1961-1985 along about 800 km of mined border (about 1,650 per km)."
    ),
    citation=INNER_GERMAN,
    certainty="medium",
    note="A cumulative count: fewer were in the ground at any one time.",
)
