"""The type of one historical clearance in the back-test table (:mod:`.clearance_history`).

Layer: pure (a data class). Kept apart from the tables so that the cases can live in more than
one data module (:mod:`.clearance_history`, :mod:`.clearance_cases_more`) without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .sourcing import Certainty, Citation

Role = Literal["fit", "test", "no workforce"]
Condition = Literal["legacy", "recorded"]


@dataclass(frozen=True)
class ClearanceCase:
    """One historical clearance: what was cleared, by how many, in how long.

    ``deminers`` is the workforce at work over the period (None: not found), in deminers (people
    clearing) wherever the sources separate them from support staff, ``unit`` saying what the
    figure counts; ``years`` the actual duration, calendar years of the phase worked (a winter
    stand-down inside a phase counts, as in every rate; months between phases with no one on
    the ground do not). ``cleared_m2`` is the area cleared (or derived from the front).
    """

    key: str
    name: str
    period: str
    mines: float
    mines_scope: str
    cleared_m2: float
    area_note: str
    deminers: float | None
    workforce_note: str
    years: float
    years_note: str
    role: Role
    condition: Condition
    certainty: Certainty
    citations: tuple[Citation, ...]
    why: str = ""  #: why the case lands where it does (or why it is held out), in words
    front_km: float | None = None
    #: What the workforce figure counts, as its source gives it: the fit's unit is the deminer
    #: (a person clearing, as the headline's "with W deminers"), not all staff.
    unit: str = ""

    @property
    def deminer_years(self) -> float | None:
        """The actual effort, deminer-years (None without a workforce)."""
        return None if self.deminers is None else self.deminers * self.years

    @property
    def mines_per_km2(self) -> float:
        return self.mines / (self.cleared_m2 / 1e6)
