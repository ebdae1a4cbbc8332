"""The names of the bundled example scenarios in the reader's language.

Layer: outputs. A bundled example's name is minebelt's own words, so a reader of another
language gets it translated (one message each, keyed by the name as the example file writes it);
a user's scenario keeps the name its file gives. ``tests/unit/outputs`` holds this list equal to
the names of ``examples/*.toml``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import pgettext

#: Each bundled scenario's name (``name`` of a scenario file or of its ``[[scenarios]]``).
NAMES: dict[str, Callable[[], str]] = {
    "Eastern flank, full picture (uncertain)": lambda: pgettext(
        "bundled scenario", "Eastern flank, full picture (uncertain)"
    ),
    "Eastern flank, full land borders, reduced model (6,000 mines/km2)": lambda: pgettext(
        "bundled scenario", "Eastern flank, full land borders, reduced model (6,000 mines/km2)"
    ),
    "Eastern flank, full land borders, Korean DMZ model": lambda: pgettext(
        "bundled scenario", "Eastern flank, full land borders, Korean DMZ model"
    ),
    "Korean DMZ minefields as built (in-sample check)": lambda: pgettext(
        "bundled scenario", "Korean DMZ minefields as built (in-sample check)"
    ),
    "Korean DMZ minefields at the JCS 2021 planned capacity": lambda: pgettext(
        "bundled scenario", "Korean DMZ minefields at the JCS 2021 planned capacity"
    ),
    "Korean DMZ: seed 001's Korean model on the measured MDL": lambda: pgettext(
        "bundled scenario", "Korean DMZ: seed 001's Korean model on the measured MDL"
    ),
    "Korean DMZ model: full replication": lambda: pgettext("bundled scenario", "Korean DMZ model: full replication"),
    "Korean DMZ model: priority fronts": lambda: pgettext("bundled scenario", "Korean DMZ model: priority fronts"),
    "Korean DMZ model: selective fronts, lower end": lambda: pgettext(
        "bundled scenario", "Korean DMZ model: selective fronts, lower end"
    ),
    "Korean DMZ model: selective fronts, upper end": lambda: pgettext(
        "bundled scenario", "Korean DMZ model: selective fronts, upper end"
    ),
    "Reduced model (6,000 mines/km2)": lambda: pgettext("bundled scenario", "Reduced model (6,000 mines/km2)"),
}


def scenario_name(name: str) -> str:
    """A scenario's name in the reader's words when it is a bundled example's, as written otherwise."""
    words = NAMES.get(name.strip())
    return words() if words else name


__all__ = ["NAMES", "scenario_name"]
