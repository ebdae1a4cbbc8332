"""``minebelt report``: one folder with everything an estimate produced, readable offline.

:func:`build_report` writes into a directory:

=======================  ===================================================================
``index.html``           one self-contained page (inline CSS and JS, images as data URIs, no
                         network request of any kind): a one-page summary first (headline
                         figures with ranges, costs, production time, clearance legacy,
                         civilians near the belt, biggest caveats), the maps, then each
                         block as short paragraphs and tables with detail collapsed.
``report.pdf``           with ``pdf=True`` (``--pdf``): the same briefing on A4 — summary,
                         map, tables, sources.
``map.png``              A4 landscape map at 200 dpi (a bar chart of mines by section when
                         no section has geometry).
``sections.csv``         one row per section; ``countries.csv``: one row per defending
                         country; values rounded to meaningful precision.
``data-dictionary.csv``  unit, precision and meaning of every CSV column.
``belts.geojson``        belt polygons (EPSG:4326) with the section figures as properties.
``belts.gpkg``           layers ``belts`` and ``borders`` (the sections' front lines).
``result.json``          the ``minebelt.estimate/1`` document (full precision).
``manifest.json``        every file with its sha256 and size, what was skipped and why, and
                         the provenance block.
=======================  ===================================================================

Layer: outputs. Python computes the values, the Jinja2 templates in ``templates/`` (HTML, CSS
and JavaScript as files) lay them out. Modules: :mod:`.build` (files in memory, one writing
step), :mod:`.briefing` (the one-page summary), :mod:`.production_view`, :mod:`.cost_view`,
:mod:`.clearance_view` (the blocks in words: conditions of a time, parts not costed, IMAS land
release) with their shared wording in :mod:`.block_text`, :mod:`.assumptions` (every input with
its source), :mod:`.sensitivity_view` (the sensitivity the pipeline chose,
:func:`minebelt.pipeline.sensitivity.report_sensitivity`), :mod:`.views` (input labels,
civilians, sources), :mod:`.fmt` (number formats), :mod:`.geo` (what the maps draw),
:mod:`.labels` (one label placer for both maps), :mod:`.map_png`, :mod:`.map_svg`,
:mod:`.charts`, :mod:`.html` (renders the templates), :mod:`.pdf` (fpdf2).
Strategic level only: km, km², millions; the maps show belts as areas, never layouts.
"""

from __future__ import annotations

from .build import REPORT_FILES, SCHEMA, build_report
from .fmt import fmt_km, fmt_mines, fmt_num

__all__ = ["REPORT_FILES", "SCHEMA", "build_report", "fmt_km", "fmt_mines", "fmt_num"]
