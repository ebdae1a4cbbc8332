"""Limits and defaults of minebelt, in one place.

Model *figures* (densities, costs, productivities) are not here: they are sourced
constants in :mod:`minebelt.constants`, each with its citation. This module holds the
software's own limits and conventions.

Validation limits (inputs outside them are errors, exit code 2)
    ``DEPTH_KM_MAX`` = 50 km
        Largest belt depth a section may ask for: the range is (0, 50] km.
    ``DENSITY_PER_KM2_MAX`` = 100,000 mines/km²
        Largest areal density: the range is (0, 100000]. Ten times the densest figure in the
        seed article, so only typos are refused.
    ``DENSITY_PER_KM_FRONT_MAX`` = 1,000,000 mines/km
        Largest linear density (mines per km of front): the range is (0, 1e6].
    ``LENGTH_KM_MAX`` = 25,000 km
        Longest stated section length: longer than the longest land border on Earth
        (Canada–United States, about 8,900 km) with room for multi-border sections.
    ``SAMPLES_MAX`` = 10,000,000
        Most Monte Carlo samples per run (memory: about 80 MB per sampled input).
    ``API_SAMPLES_MAX`` = 100,000, ``API_SECTIONS_MAX`` = 100, ``API_BODY_BYTES_MAX`` = 1 MiB
        Caps for the local web API so one request cannot exhaust the machine.

Geometry
    ``TERRITORY_MARGIN_KM`` = 60 km
        Bundled territory polygons reach this far from each land border, so belts up to
        ``DEPTH_KM_MAX`` deep are complete.
    ``BUFFER_CHUNK_KM`` = 150 km
        Border lines are buffered in pieces of at most this length, each in its own
        transverse Mercator projection centred on the piece (scale error < 0.01 % at
        75 km from the central meridian), then areas are taken geodesically on WGS84
        after densifying (``DENSIFY_DEG``).
    ``DENSIFY_DEG`` = 0.005°
        Before any geodesic length or area, edges are cut to at most this many degrees
        (≤ 0.56 km), so the geodesic between two vertices is the lon/lat-straight edge that
        GeoJSON and GEOS mean (see :mod:`minebelt.measure`; error < 1e-5 per edge).
    ``BUFFER_DENSIFY_DEG`` = 0.02°
        Lines are cut to edges of at most this before they are projected for buffering, and the
        buffer's long edges to about as many metres before they go back: a lon/lat-straight
        edge of 0.02° (2.2 km) and its straight image in the local projection are < 0.2 m
        apart at 60°N (< 0.01 % of a 2 km belt), at a quarter of the vertices of ``DENSIFY_DEG``.
    ``BUFFER_OVERLAP_KM`` = 1 km
        Consecutive buffer pieces of one run overlap by this much, so their flat ends meet
        inside the other piece and every bend of the front gets its round join.
    ``STRETCH_END_TOLERANCE_KM`` = 0.5 km
        A ``to_km`` up to this far beyond the end of a border is read as its end: the
        rounding of the lengths that ``minebelt estimate`` prints (whole km).
    ``EXPOSURE_RADII_KM`` = (1, 5, 10)
        Distances from a belt at which populated places are counted.

Fact-check verdicts (see :mod:`minebelt.factcheck`)
    ``HOLDS_REL_TOL`` = 0.05
        A stated "about X" holds when the recomputed value is within 5 % of X (or within
        the claim's own rounding, whichever is larger).
    ``IMPRECISE_REL_TOL`` = 0.25
        Within 25 % it is ``imprecise``; beyond, ``does-not-hold``.

Uncertainty
    ``SUMMARY_QUANTILES`` = (0.05, 0.5, 0.95)
        The quantiles reported in every ``*_dist`` block, with the mean.
    ``SENSITIVITY_SAMPLES`` = 4096
        Base sample size N for Saltelli sampling in ``minebelt sensitivity``.
"""

from __future__ import annotations

DEPTH_KM_MAX = 50.0
DENSITY_PER_KM2_MAX = 100_000.0
DENSITY_PER_KM_FRONT_MAX = 1_000_000.0
LENGTH_KM_MAX = 25_000.0
SAMPLES_MAX = 10_000_000
API_SAMPLES_MAX = 100_000
API_SECTIONS_MAX = 100
API_BODY_BYTES_MAX = 1 << 20

TERRITORY_MARGIN_KM = 60.0
BUFFER_CHUNK_KM = 150.0
BUFFER_OVERLAP_KM = 1.0
DENSIFY_DEG = 0.005
BUFFER_DENSIFY_DEG = 0.02
STRETCH_END_TOLERANCE_KM = 0.5
EXPOSURE_RADII_KM = (1.0, 5.0, 10.0)

HOLDS_REL_TOL = 0.05
IMPRECISE_REL_TOL = 0.25

SUMMARY_QUANTILES = (0.05, 0.5, 0.95)
SENSITIVITY_SAMPLES = 4096
