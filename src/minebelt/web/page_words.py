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
    N_("Language"),
    N_("Strategic level only: km, km², millions. Length × depth × density, on measured borders."),
    N_("Mines needed"),
    N_("Belt area"),
    N_("Border length"),
    N_("Mines per km of front"),
    N_("Loading…"),
    N_("What it costs and leaves behind"),
    N_("Assumptions"),
    N_("Belt depth"),
    N_("Density"),
    N_("Along rivers and lakes"),
    N_("no belt"),
    N_("belt too"),
    N_("Uncertainty"),
    N_("density (90 %)"),
    N_("samples"),
    N_("Cost, production and clearance"),
    N_("assumptions from the bundled example eastern-flank-full.toml (sources in that file and below)"),
    N_("Any land border"),
    N_("search a country, or click a border on the map"),
    N_("Country name or ISO code, e.g. Norway, KOR"),
    N_("Sections"),
    N_("click a border on the map to add or remove it; ⇄ puts the belt on the other side"),
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
    N_("Defender"),
    N_("Neighbour"),
    N_("Length"),
    N_("Add"),
    N_("Scenario (TOML)"),
    N_("Results (CSV)"),
    N_("Belts (GeoJSON)"),
    N_("Compare"),
    N_("pin this scenario, change it, see what moved and why"),
    N_("Pin this scenario"),
    N_("Unpin"),
    N_("Nothing pinned."),
    N_("World atlas"),
    N_("every land border at this depth and density, ranked; add any side to the scenario"),
    N_("Rank by"),
    N_("belt area"),
    N_("border length"),
    N_("years to clear"),
    N_("people within 5 km"),
    N_("Only these countries (optional), e.g. EST, Latvia"),
    N_("Show the atlas"),
    N_("on the map"),
    N_("Check an article"),
    N_("paste its text: every quantity becomes a claim, checked against the model and the data"),
    N_("Paste the article's text here (plain text, up to 256 KiB)."),
    N_("Where it was published (optional)"),
    N_("Check the claims"),
    N_(
        "Map: vendored Leaflet 1.9.4 (BSD-2-Clause), no tiles: country outlines from the bundled data. Nothing leaves this machine."
    ),
    N_("API reference:"),
)
