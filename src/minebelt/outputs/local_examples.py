"""The names of the bundled example scenarios in the reader's language.

Layer: outputs. A bundled example's name is minebelt's own words, so a reader of another
language gets it translated (one message each, keyed by the name as the example file writes it);
a user's scenario keeps the name its file gives. ``tests/unit/outputs`` holds this list equal to
the names of ``examples/*.toml``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..i18n import current, pgettext

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


#: Each bundled example's ``source`` (what its figures rest on), one message per example file.
SOURCES: dict[str, Callable[[], str]] = {
    "the Espreso article's (2025) densities as a 90 % interval; production, cost and clearance figures as cited below": lambda: (
        pgettext(
            "source of examples/eastern-flank-full.toml",
            # "per cent" in the message: gettext tools read "% i" as a placeholder
            "the Espreso article's (2025) densities as a 90 per cent interval; production, cost and clearance figures as cited below",
        )
    ),
    "the Espreso article's (2025) reduced model applied to measured borders": lambda: pgettext(
        "source of examples/eastern-flank-reduced.toml",
        "the Espreso article's (2025) reduced model applied to measured borders",
    ),
    "the Espreso article's (2025) Korean model applied to measured borders": lambda: pgettext(
        "source of examples/eastern-flank.toml", "the Espreso article's (2025) Korean model applied to measured borders"
    ),
    "JCS 2016 via Asia Economy (1.27 M mines); Army via Kukmin Ilbo, 2018 (about 116 km2, derived from 'about 40 times Yeouido'); the Espreso article, 2025 (12,000 mines/km2); Gyeonggi Province DMZ portal (248 km)": lambda: (
        pgettext(
            "source of examples/korea-dmz.toml",
            "JCS 2016 via Asia Economy (1.27 M mines); Army via Kukmin Ilbo, 2018 (about 116 km2, derived from 'about 40 times Yeouido'); the Espreso article, 2025 (12,000 mines/km2); Gyeonggi Province DMZ portal (248 km)",
        )
    ),
    "the Espreso article (2025), 'Security belt' section: Korean model, 12,000 mines/km2, 2 km deep": lambda: pgettext(
        "source of examples/seed-korean-model.toml",
        "the Espreso article (2025), 'Security belt' section: Korean model, 12,000 mines/km2, 2 km deep",
    ),
    "the Espreso article (2025), 'Security belt' section: 'If density is reduced to 6,000 mines per square kilometer...'": lambda: (
        pgettext(
            "source of examples/seed-reduced-model.toml",
            "the Espreso article (2025), 'Security belt' section: 'If density is reduced to 6,000 mines per square kilometer...'",
        )
    ),
}


def scenario_name(name: str) -> str:
    """A scenario's name in the reader's words when it is a bundled example's, as written otherwise."""
    words = NAMES.get(name.strip())
    return words() if words else name


def scenario_source(source: str) -> str | None:
    """A bundled example's ``source`` in the reader's words; ``None`` for any other text (a
    user's file: its own words, shown as written and marked as such by the caller)."""
    words = SOURCES.get(" ".join(source.split()))
    if words is None:
        return None
    return source if current() == "en" else words()


__all__ = ["NAMES", "SOURCES", "scenario_name", "scenario_source"]
