"""Which sensitivity the report shows (output layer; runs :func:`minebelt.sensitivity.sensitivity`).

The report ranks the inputs of the first headline figure that the scenario's uncertain inputs
actually move: the number of mines, else the clearance time, the build cost, the production
time. A scenario whose only uncertain input is, say, the clearance capacity (the Korean DMZ
back-test) then shows what drives the clearance time instead of failing on the mine count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InputError

if TYPE_CHECKING:
    from ..scenario import Scenario

#: Headline figures, in the order the report tries them.
REPORT_OUTPUTS = ("totals.mines", "clearance.calendar_years", "cost.total", "production.years_to_fill")


def report_sensitivity(scenario: Scenario, n_base: int = 1024, seed: int = 0) -> dict[str, Any] | None:
    """The ``minebelt.sensitivity/1`` document of the first of :data:`REPORT_OUTPUTS` that
    depends on an uncertain input (``output`` names it), or None when there is none.

    Raises :class:`~minebelt.sensitivity.SensitivityTooLarge` beyond the analysis caps."""
    from ..sensitivity import SensitivityTooLarge, sensitivity, uncertain_inputs

    if not uncertain_inputs(scenario):
        return None
    for output in REPORT_OUTPUTS:
        try:
            return sensitivity(scenario, n_base=n_base, seed=seed, output=output)
        except SensitivityTooLarge:  # beyond the caps: the caller says the report goes without it
            raise
        except InputError:  # not a figure of this scenario, or no uncertain input moves it
            continue
    return None
