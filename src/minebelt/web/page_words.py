"""The web page's fixed words (``static/index.html``'s ``data-i18n`` texts), marked here so that
Babel extracts them into the catalogues (HTML has no extractor; the page's scripts are
extracted directly: ``babel.cfg``). ``tests/unit/interfaces/test_web_words.py`` holds this
list equal to the page's.

Layer: interfaces.
"""

from __future__ import annotations

from ..i18n import N_

PAGE_WORDS = (
    N_("How many mines would a border barrier belt need?"),
    N_("Strategic level only: km, km², millions. Length × depth × density, on measured borders."),
    N_("Mines needed"),
    N_("Belt area"),
    N_("Border length"),
    N_("Mines per km of front"),
    N_("What it costs and leaves behind"),
    N_("Cost, production and clearance"),
    N_("Assumptions"),
    N_("Belt depth"),
    N_("Density"),
    N_("Along rivers and lakes"),
    N_("New scenario"),
    N_("Clear sections"),
    N_("Copy link"),
    N_("section"),
    N_("from km"),
    N_("to km"),
    N_("length km"),
    N_("area km²"),
    N_("mines"),
    N_("Add a section with a stated length"),
    N_("Scenario (TOML)"),
    N_("Results (CSV)"),
    N_("Belts (GeoJSON)"),
    N_("Sections"),
    N_("click a border on the map to add or remove it; ⇄ puts the belt on the other side"),
    N_("Language"),
)
