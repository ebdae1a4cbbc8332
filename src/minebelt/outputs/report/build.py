"""``build_report``: every report file made in memory, then written in one step.

Layer: outputs.

:func:`render_files` computes the content of each file (bytes) from the result;
:func:`write_report_files` is the only function that touches the disk. It stages the files
on the target's own file system and moves them in at the end (:mod:`minebelt.outputs`), so a
failure or a kill leaves no partial output.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..._version import __version__

if TYPE_CHECKING:
    from ...pipeline.result import EstimateResult

SCHEMA = "minebelt.report/1"
ATTRIBUTION = "\u00a9 OpenStreetMap contributors, ODbL"
#: Every file name build_report may write (``--force`` removes stale ones of these only).
REPORT_FILES = (
    "index.html",
    "report.pdf",
    "map.png",
    "sections.csv",
    "countries.csv",
    "data-dictionary.csv",
    "belts.geojson",
    "belts.gpkg",
    "result.json",
    "compare.json",
    "hazard-areas.csv",
    "hazard-areas.gpkg",
    "manifest.json",
)
MEDIA_TYPES = {
    ".html": "text/html",
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".csv": "text/csv",
    ".geojson": "application/geo+json",
    ".gpkg": "application/geopackage+sqlite3",
    ".json": "application/json",
}

Progress = Callable[[str, float], None]


def build_report(
    result: EstimateResult,
    out_dir: Path,
    *,
    claims: dict | None = None,
    sensitivity: dict | None = None,
    force: bool = False,
    progress: Progress | None = None,
    pdf: bool = False,
    comparison: dict | None = None,
    records: bool = False,
) -> dict:
    """Write the report of ``result`` into ``out_dir`` and return its manifest.

    Parameters
    ----------
    result:
        An :class:`~minebelt.pipeline.result.EstimateResult` (keep its geometry for the maps and geo
        files: ``estimate(..., with_geometry=True)``, the default).
    out_dir:
        Directory to write into; created if missing. Must be empty unless ``force``.
    claims:
        Optional ``minebelt.factcheck/2`` document (:func:`minebelt.factcheck.check_file`).
    sensitivity:
        Optional ``minebelt.sensitivity/1`` document (tornado and Sobol rows).
    force:
        Write into a non-empty directory, replacing the report files already there.
    progress:
        Optional callback ``(stage, fraction_done)``.
    pdf:
        Also write ``report.pdf`` (A4: summary, map, tables, sources).
    comparison:
        Optional ``minebelt.compare/1`` document (:func:`minebelt.pipeline.compare.compare`
        with this scenario first): a "Compared" section in the page and the PDF, and
        ``compare.json``.
    records:
        Also write the belts as hazard-area records (``hazard-areas.csv``,
        ``hazard-areas.gpkg``: :mod:`minebelt.outputs.records`).

    Raises
    ------
    OutputExistsError
        ``out_dir`` is not empty (or is a file) and ``force`` is false; nothing is touched.
    """
    out_dir = Path(out_dir)
    tick = progress or (lambda stage, frac: None)
    check_out_dir(out_dir, force)
    files, skipped = render_files(result, claims, sensitivity, tick, pdf, comparison=comparison, records=records)
    manifest = _manifest(result, files, skipped, claims, sensitivity)
    if comparison:
        manifest["compared_with"] = [s["name"] for s in comparison["scenarios"][1:]]
    files["manifest.json"] = (json.dumps(manifest, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode(
        "utf-8"
    )
    tick("finish", 0.0)
    write_report_files(out_dir, files, force=force)
    tick("finish", 1.0)
    return manifest


def render_files(
    result: EstimateResult,
    claims: dict | None,
    sensitivity: dict | None,
    tick: Progress,
    pdf: bool = False,
    *,
    comparison: dict | None = None,
    records: bool = False,
) -> tuple[dict[str, bytes], dict[str, str]]:
    """The content of every report file but the manifest (``{name: bytes}``, in the
    manifest's order) and the files skipped with the reason."""
    from ..exports import belts_geojson_text, csv_text, data_dictionary_text, gpkg_bytes
    from .charts import charts
    from .geo import geo_context
    from .html import render_page
    from .map_png import bars_png, map_png
    from .map_svg import svg_map

    doc = result.document
    out: dict[str, bytes] = {}
    skipped: dict[str, str] = {}

    tick("tables", 0.0)
    out["result.json"] = (result.to_json() + "\n").encode("utf-8")
    out["sections.csv"] = csv_text(result, "sections").encode("utf-8")
    out["countries.csv"] = csv_text(result, "countries").encode("utf-8")
    out["data-dictionary.csv"] = data_dictionary_text(result, records=records).encode("utf-8")
    if comparison:
        out["compare.json"] = (json.dumps(comparison, indent=2, ensure_ascii=False, allow_nan=False) + "\n").encode(
            "utf-8"
        )
    if records:
        from ..records import records_csv_text, records_gpkg_bytes

        out["hazard-areas.csv"] = records_csv_text(result).encode("utf-8")
        if any(b is not None for b in (result.belts or [])):
            out["hazard-areas.gpkg"] = records_gpkg_bytes(result)
        else:
            skipped["hazard-areas.gpkg"] = (
                "no belt polygons: every section length is stated (the CSV has the records without geometry)"
            )
    tick("tables", 1.0)

    has_geo = any(b is not None for b in (result.belts or [])) or any(
        g is not None for g in (result.border_lines or [])
    )
    if has_geo:
        tick("geo files", 0.0)
        if any(b is not None for b in (result.belts or [])):
            data = (doc.get("provenance") or {}).get("data") or {}
            out["belts.geojson"] = belts_geojson_text(
                [result], data.get("attribution") or ATTRIBUTION, data.get("license")
            ).encode("utf-8")
        else:
            skipped["belts.geojson"] = "no belt polygons in the result"
        tick("geo files", 0.5)
        out["belts.gpkg"] = gpkg_bytes(result)
        tick("geo files", 1.0)
    else:
        stated = all(r.get("length_source") == "stated" for r in result.sections)
        reason = (
            "no geometry: every section length is stated"
            if stated
            else "no geometry in the result (estimated with with_geometry=False)"
        )
        skipped.update({"belts.geojson": reason, "belts.gpkg": reason})

    tick("map", 0.0)
    ctx = geo_context(result) if has_geo else None
    tick("map", 0.3)
    png = map_png(ctx, result) if ctx is not None else bars_png(result)
    out["map.png"] = png
    tick("map", 1.0)

    tick("charts", 0.0)
    chart_uris = charts(result, sensitivity)
    tick("charts", 1.0)

    if pdf:
        from .pdf import build_pdf

        tick("pdf", 0.0)
        out["report.pdf"] = build_pdf(doc, png, claims, comparison=comparison)
        tick("pdf", 1.0)

    tick("html", 0.0)
    names = ["index.html", *out, "manifest.json"]
    page = render_page(doc, svg=svg_map(ctx, result) if ctx is not None else None, map_png=png, charts=chart_uris,
                       claims=claims, sensitivity=sensitivity, files=names, skipped=skipped, comparison=comparison)  # fmt: skip
    tick("html", 1.0)
    ordered = {"index.html": page.encode("utf-8")}
    ordered.update(out)
    return ordered, skipped


def _manifest(
    result: EstimateResult,
    files: dict[str, bytes],
    skipped: dict[str, str],
    claims: dict | None,
    sensitivity: dict | None,
) -> dict[str, Any]:
    doc = result.document
    return {
        "schema": SCHEMA,
        "minebelt_version": __version__,
        "scenario": {
            "name": doc["scenario"].get("name"),
            "sha256": doc["scenario"].get("sha256"),
            "file": doc["scenario"].get("file"),
        },
        "files": [
            {
                "path": n,
                "sha256": hashlib.sha256(b).hexdigest(),
                "bytes": len(b),
                "media_type": MEDIA_TYPES[Path(n).suffix],
            }
            for n, b in files.items()
        ],
        "skipped": skipped,
        "fact_check": claims.get("file") if claims else None,
        "sensitivity": bool(sensitivity),
        "provenance": doc.get("provenance", {}),
    }


# =============================================================================== writing


def check_out_dir(out_dir: Path, force: bool) -> None:
    """Refuse a file, or a non-empty folder without ``force``, or a folder that cannot be
    written (one line, nothing is touched): :func:`minebelt.outputs.atomic.check_output_dir`."""
    from ..atomic import check_output_dir

    check_output_dir(out_dir, force=force, option="report folder")


def write_report_files(out_dir: Path, files: dict[str, bytes], *, force: bool = False) -> None:
    """Write ``files`` into ``out_dir`` all or nothing (:func:`minebelt.outputs.atomic_dir`):
    staged on the folder's own file system and moved in when complete; ``manifest.json`` last.
    With ``force``, report files of an earlier run that this one did not write are removed only
    if that run's manifest lists them unchanged; other files stay."""
    from ..atomic import atomic_dir

    with atomic_dir(out_dir, force=force, option="report folder", manifest="manifest.json", stale=REPORT_FILES) as tmp:
        for name, data in files.items():
            (tmp / name).write_bytes(data)
