"""The border data's method, as its provenance records it, marked for translation.

Layer: outputs (report). minebelt's own border build (``scripts/build_borders.py``) writes how
it resolves overlapping polygons and where a border's km 0 lies into the data's provenance
(``provenance.data.overlap_rule``, ``km0_rule``; the JSON keeps them as written). They are
minebelt's words, not a source's: a reader of another language reads them in the reader's
words (:func:`.local_names.data_word`); a text the catalogue does not hold (a rebuilt bundle
with a new wording) is shown as written, marked English.
"""

from __future__ import annotations

from ...i18n import N_

#: The rules as the bundled border data records them (``src/minebelt/data/borders_meta.json``).
DATA_RULES = (
    N_(
        "Overlaps between land polygons are detected with an STRtree (all intersecting pairs); every connected overlap piece >= 1 km2 (geodesic), and every smaller piece that is at least half of a polygon part of either claimant (a micro-state or exclave inside its neighbour's polygon: Vatican City), is assigned to one claimant and subtracted from the other before any boundary is computed. Default: internationally recognised borders (an explicit table, each case cited, in minebelt's border build), ISO 3166-1 dependent territories keep their area against their parent's duplicate polygon; pieces not in the table: component rule (the claimant for which the piece is the larger share of the source polygon part that contains it, i.e. the exclave owner; ties -> larger claimant). Maritime polygons are resolved the same way. Other pieces < 1 km2 (slivers from differing simplification of the two sides) are not resolved: the border is taken from a's side only and the nearest-neighbour assignment (0.01 deg) absorbs them."
    ),
    N_(
        "The shared boundary of a pair (a<b) is merged into connected parts (shapely.line_merge). Each open part is oriented to start at its northernmost endpoint if |dlat| > |dlon|*cos(mean lat) between its two endpoints (north-south part), otherwise at its westernmost endpoint (ties: westernmost resp. northernmost). A closed ring starts at its northernmost vertex (tie: westernmost) and is traversed eastward from it (clockwise on a north-up map). Parts are ordered by their start points: if the whole border's extent (bounding box of all parts) is larger north-south than east-west (same cos(lat) test) northernmost start first, else westernmost start first; ties: the other coordinate, then longer part first. km run continuously across parts in that order; rows of one (a,b) sorted by seq give the border from km 0 to its end."
    ),
)

__all__ = ["DATA_RULES"]
