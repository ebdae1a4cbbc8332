"""Limits and defaults of minebelt, in one place.

Layer: foundation.

Model *figures* (densities, costs, productivities) are not here: they are sourced
constants in :mod:`minebelt.model`, each with its citation. This module holds the
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
    ``POSITIVE_MIN`` = 1e-6
        Smallest value of a quantity that must be > 0 (a depth, a density, a capacity, a
        number of deminers, ...), in its own unit (for an uncertain value, its 0.1 %
        quantile). Nothing real is that small in any of these units, and a divisor of 1e-300
        made production years and clearance decades overflow to infinity.
    ``SAMPLES_MAX`` = 1,000,000
        Most Monte Carlo samples per run. Memory grows with samples x sections: measured
        (``benchmarks/bench_limits.py``, numpy float64) about 150 MB + samples x (300 B +
        120 B per section) in the worst case (every section its own country, production,
        cost and clearance blocks); ``examples/eastern-flank-full.toml`` (10 sections, 6
        countries, every block) takes 1.07 GB at 10⁶ samples. The former cap of 10⁷ needed
        8.5 GB there; 10⁶ keeps a run under about 2 GB, and its Monte Carlo error stays far below
        any input's spread (the standard error of the p05 of seed 001's "6000 to 12000"
        density is sqrt(0.05 x 0.95 / 10⁶) / φ(1.645) x σ = 0.045 % of the value).
    ``SAMPLE_SECTIONS_MAX`` = 10,000,000
        Most samples x sections per run (CLI and Python API), so memory stays under about
        2 GB whatever the number of sections (by the formula above: 10⁶ samples of 10
        sections, or 10⁵ samples of 100 sections, about 1.6 GB worst case).
    ``SECTIONS_MAX`` = 1,000
        Most sections per scenario: every land border of the world from both sides is about
        650 sections (``minebelt borders`` lists 325 land borders).
    ``NAME_CHARS_MAX`` = 200
        Longest scenario, section or parameter name: names go into table cells, map labels
        and file titles. (The probe: a 1 MB name crashed matplotlib after 63 s.)
    ``TEXT_CHARS_MAX`` = 10,000
        Longest free text (``source``, ``description``, ``currency``): about two pages.
    ``SCENARIO_BYTES_MAX`` = 4 MiB, ``CLAIMS_BYTES_MAX`` = 4 MiB
        Largest scenario or claims file read. The largest bundled example is 22 KB; 4 MiB
        still holds 1,000 sections with inline GeoJSON lines of a few thousand vertices.
    ``GEOJSON_BYTES_MAX`` = 64 MiB
        Largest ``line`` or ``mask`` GeoJSON file read (``LINE_VERTICES_MAX`` vertices at
        about 40 bytes each is 8 MB; room for pretty-printed files).
    ``LINE_VERTICES_MAX`` = 200,000
        Most vertices in one ``line`` or ``mask`` (all rings and parts together): a bound on
        reading and checking the file (the probe's 2 million took 247 s). It does not bound the
        work of the belt, which depends on how the vertices lie: ``GEOMETRY_WORK_MAX`` does.
    ``GEOMETRY_WORK_MAX`` = 2,000,000
        Most vertex pairs within reach of each other (twice the depth) that building one
        section's belts may node, summed over the depths they are built at (the point depth,
        or the area curve's node depths over an uncertain depth's range), estimated on the
        line before any work (:mod:`minebelt.scenario.workload`, an upper
        bound for any shape). Measured (``benchmarks/bench_limits.py --only geometry``): a
        pair costs 0.15-0.25 us on smooth or noisy traces and up to 15 us on zigzags that fold
        back within the depth, so the cap is 0.3-0.5 s of one core on an ordinary line and at
        most about 30 s on the worst shape; the probe's 199,999-vertex zigzag (hours before)
        has 2 billion. The bundled border lines drawn as lines need 12,000-190,000 at 2-50
        km (Poland–Belarus at 50 km: 190,000, 1.4 s); a 1,340 km border traced every 90 m fits
        at 2 km, every 450 m at 50 km. The error line says which spacing would fit.
    ``GEOJSON_DEPTH_MAX`` = 16
        Deepest nesting of a GeoJSON object (a FeatureCollection of MultiPolygons is 7).
    ``TOML_DEPTH_MAX`` = 32
        Deepest nesting of tables and arrays in a scenario or claims file, counting inline
        GeoJSON (a section's inline MultiPolygon mask is about 12 deep).
    ``TOML_KEY_PARTS_MAX`` = 32
        Most parts of one dotted key or table header (``a.b.c`` has 3). Python's ``tomllib``
        needs memory quadratic in this number: 40,000 parts (an 80 KB file) took 6.2 GB.
        Checked on the text before parsing.
    ``TOML_KEYS_MAX`` = 100,000
        Most keys and array items of a parsed scenario or claims file together (inline
        lines count their coordinates).
    ``EXPR_CHARS_MAX`` = 1,000, ``EXPR_NODES_MAX`` = 200
        Longest fact-check ``expr`` and most elements (numbers, names, operators) in it. Python's
        parser needs memory and recursion proportional to nesting (50,000 unary minus signs
        raised MemoryError).
    ``COMPARE_SCENARIOS_MAX`` = 12
        Most scenarios ``minebelt compare`` sets side by side (one column each: more do not
        fit a terminal or an A4 page).
    ``COMPARE_FACTORS_MAX`` = 24
        Most differing inputs whose effect ``compare`` measures one at a time (one estimate
        each, measured geometry reused from the section cache); beyond it the attribution is
        "not estimated" and the figures are still compared.
    ``ARTICLE_BYTES_MAX`` = 256 KiB
        Largest article ``minebelt extract`` reads (a long feature is 50 KB of text). Reading
        quantities costs about 20 ms per sentence about the domain (quantulum3), so 256 KiB of
        such text is about 20 s of work on a 2-core machine (14 copies of seed 001: 22 s).
    ``ARTICLE_CLAIMS_MAX`` = 2,000
        Most claims one article may yield; beyond it the article is refused (a table of
        figures, not an article).
    ``SENSITIVITY_RUNS_MAX`` = 2,000,000
        Most model evaluations of one Sobol analysis, N x (uncertain inputs + 2) (Saltelli
        design). Evaluating them is cheap and linear in the inputs (see
        :mod:`minebelt.pipeline.sensitivity`: 1,000 sections with their own depth at N = 1,024 take
        8 s); SALib's analysis with its 100 bootstrap resamples is not: about 25 s per
        million runs at N = 65,536 (``benchmarks/bench_limits.py``; the probe's 300 inputs
        at N = 65,536 took 620 s and 1.3 GB). 2 million keeps one analysis near a minute:
        N = 1,024 (``report``) allows 1,951 uncertain inputs, N = 4,096 (the default) 486,
        N = 65,536 28. ``report`` leaves the sensitivity section out, with a note, beyond it.

Web API (``minebelt serve``; a local server shared by a few users)
    ``API_SAMPLES_MAX`` = 100,000, ``API_SECTIONS_MAX`` = 100, ``API_BODY_BYTES_MAX`` = 1 MiB
        Caps for the local web API so one request cannot exhaust the machine.
    ``API_SAMPLE_SECTIONS_MAX`` = 2,000,000
        Most samples x sections of one request: at most about 300 MB and 2 s of one core
        (formula above); the page's eastern flank (10 sections) at 100,000 samples is 10⁶.
    ``API_COMPARE_SCENARIOS_MAX`` = 4
        Most scenarios one ``POST /api/compare`` sets side by side (the page compares two: the
        pinned scenario and the current one); each is estimated once more per input that
        differs from the baseline (at most ``COMPARE_FACTORS_MAX``).
    ``API_GEOMETRY_BUFFERS_MAX`` = 120
        Most belt buffers one request may need: a measured section costs 1 buffer at a fixed
        depth and, with an uncertain depth, one more per node depth in its 0.1-99.9 % range
        (its area is interpolated between exact depths, ``minebelt.geo.sections.belts_needed``:
        13 for "1.5 to 2.5" km); a whole border in the bundled curves costs 1 (its polygon,
        when drawn). 100 measured sections at a fixed depth, or about 9 stretches with an
        uncertain depth, fit. (The probe: 100 sections with uncertain depth took 5 CPU-minutes.)
    ``WEB_WORKERS`` = the machine's CPUs (2 on the reference machine)
        Requests computed at once (estimates, fact-checks, geometry documents): one per CPU the
        process may run on; more only adds memory, not throughput.
    ``WEB_QUEUE_MAX`` = 32, ``WEB_QUEUE_WAIT_S`` = 10 s
        Requests that may wait for a worker, and how long; beyond either the server answers
        503 with ``Retry-After: WEB_RETRY_AFTER_S`` (5 s) at once instead of piling up work. A
        waiting request holds only its body (at most ``API_BODY_BYTES_MAX``); the wait bound
        keeps latency in check. An estimate already answered is served from the cache without
        waiting (``minebelt.web.guard``), and a new depth on a bundled border costs
        milliseconds (``minebelt.geo.sections``), so 10-20 clients moving the depth are
        answered, not refused (``benchmarks/bench_web.py``).
    ``WEB_SHUTDOWN_GRACE_S`` = 5 s
        On SIGTERM or Ctrl+C the server stops taking requests and waits this long for answers
        in flight, then stops: a computation no one will read (a page's 30-second first view
        under load) does not keep a stopped server alive. Sections queued for measuring are
        not started once it stops (``minebelt.geo.sections.STOPPING``).
    ``WEB_ALLOWED_HOSTS`` = ("127.0.0.1", "localhost", "::1")
        ``Host`` header values the server answers (any port); others get 400. A web page
        elsewhere cannot reach the local server through DNS rebinding. Add names with
        ``minebelt serve --allow-host NAME`` or the environment variable
        ``MINEBELT_ALLOW_HOSTS`` (comma-separated); the address given to ``--host`` is added.

Geometry
    ``TERRITORY_MARGIN_KM`` = 60 km
        Bundled territory polygons reach this far from each land border, so belts up to
        ``DEPTH_KM_MAX`` deep are complete.
    ``BUFFER_CHUNK_KM`` = 150 km
        Fronts are buffered in pieces of at most this length, each in its own transverse
        Mercator projection centred on the piece (scale error < 0.03 % within 125 km of the
        central meridian: half a piece plus a 50 km belt), then areas are taken geodesically
        on WGS84 after densifying (``DENSIFY_DEG``). The zone is the normal bundle of the front
        (:mod:`minebelt.geo.zone`), which pieces add up to exactly: no overlap is needed.
    ``DENSIFY_DEG`` = 0.005°
        Before any geodesic length or area, edges are cut to at most this many degrees
        (≤ 0.56 km), so the geodesic between two vertices is the lon/lat-straight edge that
        GeoJSON and GEOS mean (see :mod:`minebelt.geo.measure`; error < 1e-5 per edge).
    ``BUFFER_DENSIFY_DEG`` = 0.02°
        Lines are cut to edges of at most this before they are projected for buffering, and the
        buffer's long edges to about as many metres before they go back: a lon/lat-straight
        edge of 0.02° (2.2 km) and its straight image in the local projection are < 0.2 m
        apart at 60°N (< 0.01 % of a 2 km belt), at a quarter of the vertices of ``DENSIFY_DEG``.
    ``BUFFER_QUAD_SEGS`` = 16
        Segments per quarter circle of the zone's round edges (bends, and the round buffer it
        is cut from): an inscribed arc lies within ``d (1 - cos(pi/64))`` = 0.12 % of the depth
        of the circle.
    ``END_CHORD_KM`` = 1 km
        At a real end of a front (a river with ``skip``, the end of a stretch, a tripoint) the
        belt stops square, perpendicular to the chord of the front's last km (half the run if
        it is shorter than 2 km), so a kink of a few metres in the data does not turn the end of
        a deep belt.
    ``LINE_WATER_MIN_KM`` = 1.5 km
        A drawn line is split into land and water runs by the bundled inland water; a water
        stretch shorter than this (a river crossing) stays land, as the border data merge runs
        shorter than 1.5 km (``scripts/build_borders.py``, ``MIN_RUN_M``).
    ``DETACHED_TOLERANCE_KM`` = 1.5 km
        A piece of the belt is attached to its front when it lies within this of the front
        line, or is joined to such a piece through the defender's land and inland water inside
        the zone; other pieces (islands, land across the sea) are left out and reported
        (``detached_km2``). The bundled border lines and territory edges differ by up to
        1.3 km (``docs/data-borders.md``).
    ``COVERAGE_MARGIN_KM`` = 58 km
        A drawn line's belt uses the fine ``territory`` (with lakes) within this of the
        country's stored land border lines, where the territory (60 km) is complete, and the
        coarse outline only beyond (:func:`minebelt.geo.belt.coverage`).
    ``STRETCH_END_TOLERANCE_KM`` = 0.5 km
        A ``to_km`` up to this far beyond the end of a border is read as its end: the
        rounding of the lengths that ``minebelt estimate`` prints (whole km).
    ``EXPOSURE_RADII_KM`` = (1, 5, 10)
        Distances from a belt at which populated places are counted.

Atlas (``minebelt atlas``, :mod:`minebelt.pipeline.atlas`)
    ``ATLAS_DEPTH_KM`` = 2 km
        Default belt depth of the atlas: the seed article's belt.
    ``CACHE_DIR_ENV`` = ``"MINEBELT_CACHE_DIR"``
        Environment variable naming the cache folder; unset, the platform's user cache folder
        (``~/.cache/minebelt`` on Linux). The atlas keeps its figures per depth there
        (:mod:`minebelt.geo.atlas_cache`); removing the folder only costs time.
    ``ATLAS_CACHE_DEPTHS`` = 32
        Depths whose atlas figures are kept (about 0.3 MB each), the least recently used
        removed first.
    ``ATLAS_CACHE_FINGERPRINTS`` = 4
        Versions of the data and code whose cached figures are kept side by side (two
        installed versions of minebelt do not evict each other).

Fact-check verdicts (see :mod:`minebelt.factcheck`)
    ``HOLDS_REL_TOL`` = 0.05
        A stated "about X" holds when the recomputed value is within 5 % of X (or within
        the claim's own rounding, whichever is larger).
    ``IMPRECISE_REL_TOL`` = 0.25
        Within 25 % it is ``imprecise``; beyond, ``does-not-hold``.

Borders
    ``EASTERN_FLANK`` = ten (defender, border) ISO 3166 alpha-3 pairs
        The land borders of Finland, Estonia, Latvia, Lithuania, Poland and Ukraine with Russia
        and Belarus: the web page's default view and the benchmarks' scenario.

Uncertainty
    ``SUMMARY_QUANTILES`` = (0.05, 0.5, 0.95)
        The quantiles reported in every ``*_dist`` block, with the mean.
    ``SENSITIVITY_SAMPLES`` = 4096
        Base sample size N for Saltelli sampling in ``minebelt sensitivity``.
"""

from __future__ import annotations

import os

EASTERN_FLANK: tuple[tuple[str, str], ...] = (
    ("FIN", "RUS"), ("EST", "RUS"), ("LVA", "RUS"), ("LVA", "BLR"), ("LTU", "BLR"),
    ("LTU", "RUS"), ("POL", "BLR"), ("POL", "RUS"), ("UKR", "BLR"), ("UKR", "RUS"),
)  # fmt: skip
DEPTH_KM_MAX = 50.0
DENSITY_PER_KM2_MAX = 100_000.0
DENSITY_PER_KM_FRONT_MAX = 1_000_000.0
LENGTH_KM_MAX = 25_000.0
POSITIVE_MIN = 1e-6
SAMPLES_MAX = 1_000_000
SAMPLE_SECTIONS_MAX = 10_000_000
SECTIONS_MAX = 1_000
NAME_CHARS_MAX = 200
TEXT_CHARS_MAX = 10_000
SCENARIO_BYTES_MAX = 4 << 20
CLAIMS_BYTES_MAX = 4 << 20
GEOJSON_BYTES_MAX = 64 << 20
LINE_VERTICES_MAX = 200_000
GEOMETRY_WORK_MAX = 2_000_000
GEOJSON_DEPTH_MAX = 16
TOML_DEPTH_MAX = 32
TOML_KEY_PARTS_MAX = 32
TOML_KEYS_MAX = 100_000
EXPR_CHARS_MAX = 1_000
EXPR_NODES_MAX = 200
SENSITIVITY_RUNS_MAX = 2_000_000
COMPARE_SCENARIOS_MAX = 12
COMPARE_FACTORS_MAX = 24
ARTICLE_BYTES_MAX = 256 << 10
ARTICLE_CLAIMS_MAX = 2_000

API_SAMPLES_MAX = 100_000
API_SECTIONS_MAX = 100
API_BODY_BYTES_MAX = 1 << 20
API_SAMPLE_SECTIONS_MAX = 2_000_000
API_GEOMETRY_BUFFERS_MAX = 120
API_COMPARE_SCENARIOS_MAX = 4
WEB_WORKERS = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
WEB_QUEUE_MAX = 32
WEB_QUEUE_WAIT_S = 10.0
WEB_RETRY_AFTER_S = 5
WEB_SHUTDOWN_GRACE_S = 5
WEB_ALLOWED_HOSTS = ("127.0.0.1", "localhost", "::1")

TERRITORY_MARGIN_KM = 60.0
BUFFER_CHUNK_KM = 150.0
BUFFER_QUAD_SEGS = 16
END_CHORD_KM = 1.0
DETACHED_TOLERANCE_KM = 1.5
COVERAGE_MARGIN_KM = 58.0
LINE_WATER_MIN_KM = 1.5
DENSIFY_DEG = 0.005
BUFFER_DENSIFY_DEG = 0.02
STRETCH_END_TOLERANCE_KM = 0.5
EXPOSURE_RADII_KM = (1.0, 5.0, 10.0)

ATLAS_DEPTH_KM = 2.0
CACHE_DIR_ENV = "MINEBELT_CACHE_DIR"
ATLAS_CACHE_DEPTHS = 32
ATLAS_CACHE_FINGERPRINTS = 4

HOLDS_REL_TOL = 0.05
IMPRECISE_REL_TOL = 0.25

SUMMARY_QUANTILES = (0.05, 0.5, 0.95)
SENSITIVITY_SAMPLES = 4096
