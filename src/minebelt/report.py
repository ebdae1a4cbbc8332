"""``minebelt report``: one folder with everything an estimate produced, readable offline.

:func:`build_report` writes into a directory:

=================  =========================================================================
``index.html``     one self-contained page (inline CSS and JS, images as data URIs, no
                   network request of any kind): headline figures, tables, a static and an
                   interactive map, uncertainty / sensitivity / calibration charts, the
                   optional blocks, the fact-check table and every source.
``map.png``        A4 landscape map at 200 dpi in a Lambert azimuthal equal-area projection
                   centred on the belts (a bar chart of mines by section when no section
                   has geometry).
``sections.csv``   one row per section; ``countries.csv``: one row per defending country.
``belts.geojson``  belt polygons (EPSG:4326) with the section figures as properties.
``belts.gpkg``     layers ``belts`` and ``borders`` (the sections' front lines).
``result.json``    the ``minebelt.estimate/1`` document.
``manifest.json``  every file with its sha256 and size, what was skipped and why, and the
                   provenance block.
=================  =========================================================================

Files are staged on the output folder's own file system and moved in only when complete
(:func:`minebelt.outputs.atomic_dir`), so a failure, Ctrl-C or SIGTERM leaves no partial
output; with ``force``, files of an earlier report that this one does not write are removed
only if that report's manifest lists them unchanged. Strategic level only: km, km²,
millions; the map shows belts as areas, never layouts.
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import __version__
from .errors import InputError

if TYPE_CHECKING:
    from .result import EstimateResult

SCHEMA = "minebelt.report/1"
ATTRIBUTION = "\u00a9 OpenStreetMap contributors, ODbL"
#: Every file name build_report may write (``--force`` removes stale ones of these only, and only
#: when the previous manifest lists them with their current sha256).
REPORT_FILES = (
    "index.html",
    "map.png",
    "sections.csv",
    "countries.csv",
    "belts.geojson",
    "belts.gpkg",
    "result.json",
    "manifest.json",
)
KM_MARKER_STEP = 50.0
PALETTE = (
    "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e",
    "#8c564b", "#e377c2", "#17becf", "#b5a300", "#3f4fa8",
    "#7a9a01", "#ad494a", "#00897b", "#c2185b", "#6d4c41",
)  # fmt: skip
VERDICT_COLOURS = {"holds": "#1a7f37", "imprecise": "#9a6700", "does-not-hold": "#cf222e", "unverifiable": "#57606a"}
OPTIONAL_BLOCKS = ("production", "cost", "clearance", "exposure", "calibration")

Progress = Callable[[str, float], None]


# =============================================================================== entry point


def build_report(
    result: EstimateResult,
    out_dir: Path,
    *,
    claims: dict | None = None,
    sensitivity: dict | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> dict:
    """Write the report of ``result`` into ``out_dir`` and return its manifest.

    Parameters
    ----------
    result:
        An :class:`~minebelt.result.EstimateResult` (keep its geometry for the maps and geo
        files: ``estimate(..., with_geometry=True)``, the default).
    out_dir:
        Directory to write into; created if missing. Must be empty unless ``force``.
    claims:
        Optional ``minebelt.factcheck/1`` document (:func:`minebelt.factcheck.check_file`),
        shown as the fact-check table.
    sensitivity:
        Optional ``{"tornado": [{"input", "low", "high", "swing"}], "sobol": [{"input",
        "S1", "ST"}]}``, shown as a tornado chart and a Sobol table.
    force:
        Write into a non-empty directory, replacing the report files already there.
    progress:
        Optional callback ``(stage, fraction_done)``.

    Raises
    ------
    OutputExistsError
        ``out_dir`` is not empty (or is a file) and ``force`` is false; nothing is touched.
    """
    from .outputs import atomic_dir

    out_dir = Path(out_dir)
    tick = progress or (lambda stage, frac: None)
    # staged on out_dir's own file system, moved in only when complete (minebelt.outputs)
    with atomic_dir(out_dir, force=force, option="report folder", manifest="manifest.json", stale=REPORT_FILES) as tmp:
        manifest = _write_all(result, tmp, claims, sensitivity, tick)
        tick("finish", 0.0)
    tick("finish", 1.0)
    return manifest


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


MEDIA_TYPES = {
    ".html": "text/html",
    ".png": "image/png",
    ".csv": "text/csv",
    ".geojson": "application/geo+json",
    ".gpkg": "application/geopackage+sqlite3",
    ".json": "application/json",
}


def _write_all(result: EstimateResult, tmp: Path, claims: dict | None, sensitivity: dict | None, tick: Progress) -> dict:
    from .exports import belt_features, write_csv, write_gpkg

    doc = result.document
    written: list[str] = []
    skipped: dict[str, str] = {}

    tick("tables", 0.0)
    (tmp / "result.json").write_text(result.to_json() + "\n", encoding="utf-8")
    write_csv(result, tmp / "sections.csv", "sections")
    write_csv(result, tmp / "countries.csv", "countries")
    written += ["result.json", "sections.csv", "countries.csv"]
    tick("tables", 1.0)

    has_geo = any(b is not None for b in (result.belts or [])) or any(g is not None for g in (result.border_lines or []))
    if has_geo:
        tick("geo files", 0.0)
        feats = belt_features([result])
        if feats:
            data = (doc.get("provenance") or {}).get("data") or {}
            fc = {
                "type": "FeatureCollection",
                "name": "minebelt belts",
                "attribution": data.get("attribution") or ATTRIBUTION,
                "license": data.get("license"),
                "features": feats,
            }
            (tmp / "belts.geojson").write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
            written.append("belts.geojson")
        else:
            skipped["belts.geojson"] = "no belt polygons in the result"
        tick("geo files", 0.5)
        write_gpkg(result, tmp / "belts.gpkg")
        written.append("belts.gpkg")
        tick("geo files", 1.0)
    else:
        reason = "no geometry: every section length is stated" if all(r.get("length_source") == "stated" for r in result.sections) else "no geometry in the result (estimated with with_geometry=False)"
        skipped = {"belts.geojson": reason, "belts.gpkg": reason}

    tick("map", 0.0)
    ctx = _geo_context(result) if has_geo else None
    tick("map", 0.3)
    if ctx is not None:
        _map_png(ctx, result, tmp / "map.png")
    else:
        _bars_png(result, tmp / "map.png")
    written.append("map.png")
    tick("map", 1.0)

    tick("charts", 0.0)
    charts = _charts(result, sensitivity)
    tick("charts", 1.0)

    tick("html", 0.0)
    page = _html(result, ctx, (tmp / "map.png").read_bytes(), charts, claims, sensitivity, skipped)
    (tmp / "index.html").write_text(page, encoding="utf-8")
    written.insert(0, "index.html")
    tick("html", 1.0)

    files = [{"path": n, "sha256": _sha256(tmp / n), "bytes": (tmp / n).stat().st_size, "media_type": MEDIA_TYPES[Path(n).suffix]} for n in written]
    manifest: dict[str, Any] = {
        "schema": SCHEMA,
        "minebelt_version": __version__,
        "scenario": {"name": doc["scenario"].get("name"), "sha256": doc["scenario"].get("sha256"), "file": doc["scenario"].get("file")},
        "files": files,
        "skipped": skipped,
        "fact_check": claims.get("file") if claims else None,
        "sensitivity": bool(sensitivity),
        "provenance": doc.get("provenance", {}),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8")
    return manifest


# =============================================================================== formatting


def _esc(x: Any) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool)


def fmt_mines(x: float | None) -> str:
    """Mines as text: ``19.20 M`` from 100,000 up, otherwise whole numbers."""
    if x is None or not math.isfinite(x):
        return "n/a"
    return f"{x / 1e6:,.2f} M" if abs(x) >= 1e5 else f"{x:,.0f}"


def fmt_num(x: Any) -> str:
    """A number as text with sensible precision (thousands separators, no float noise)."""
    if x is None:
        return "n/a"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if not _is_num(x):
        return str(x)
    x = float(x)
    if not math.isfinite(x):
        return "n/a"
    a = abs(x)
    if a >= 1e9:
        return f"{x / 1e9:,.2f} bn"
    if a >= 1e6:
        return f"{x / 1e6:,.2f} M"
    if a >= 100 or x == int(x):
        return f"{x:,.0f}"
    if a >= 1:
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:.3g}"


def fmt_km(x: Any) -> str:
    """Kilometres (or km²): whole numbers from 100 up, one decimal below."""
    if x is None or not _is_num(x) or not math.isfinite(float(x)):
        return "n/a"
    return f"{float(x):,.0f}" if abs(float(x)) >= 100 else f"{float(x):,.1f}"


def _dist_range(d: Any, fmt: Callable[[Any], str] = fmt_num) -> str:
    """``p05 – p95`` of a ``_dist`` block, or "" when absent or degenerate."""
    if not isinstance(d, dict) or d.get("p05") is None or d.get("p95") is None:
        return ""
    lo, hi = d["p05"], d["p95"]
    if math.isclose(lo, hi, rel_tol=1e-9, abs_tol=1e-12):
        return ""
    return f"{fmt(lo)} \u2013 {fmt(hi)}"


def _label(key: str) -> str:
    k = key.replace("_km2", " km\u00b2").replace("_per_km2", " per km\u00b2").replace("_m2", " m\u00b2")
    k = k.replace("_km", " km").replace("_", " ")
    return k


_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _linkify(text: Any) -> str:
    """Escape ``text`` and make its URLs clickable links (followed only when the reader clicks)."""
    s = "" if text is None else str(text)
    out, pos = [], 0
    for m in _URL.finditer(s):
        out.append(_esc(s[pos : m.start()]))
        url = m.group(0).rstrip(".,;:")
        out.append(f'<a href="{_esc(url)}" rel="noopener noreferrer" target="_blank">{_esc(url)}</a>')
        out.append(_esc(m.group(0)[len(url) :]))
        pos = m.end()
    out.append(_esc(s[pos:]))
    return "".join(out)


# =============================================================================== geometry context


@dataclass
class _Section:
    index: int
    name: str
    colour: str
    belt: Any  # projected (m) or None
    pieces: list[tuple[str, Any]] = field(default_factory=list)  # (kind, projected line)
    markers: list[tuple[float, float, float, str]] = field(default_factory=list)  # x, y, km, pair
    label_xy: tuple[float, float] | None = None
    tip: str = ""


@dataclass
class _GeoContext:
    lon0: float
    lat0: float
    extent: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax (m)
    countries: list[tuple[str, str, Any]]  # iso3, name, projected geometry (clipped to view)
    sections: list[_Section]
    places: list[tuple[float, float, str, str, float]]  # x, y, tooltip, name, population
    stated: list[str]  # names of sections without geometry


def _transformer(lon0: float, lat0: float):
    from .geometry import local_projection

    return local_projection("laea", round(lon0, 4), round(lat0, 4))


def _project(geom: Any, tr: Any) -> Any:
    from .geometry import to_local

    return to_local(geom, tr)


def _pair_pieces(pair: str, lo: float | None, hi: float | None) -> tuple[list[tuple[str, np.ndarray]], list[tuple[float, float, float]]]:
    """The land/water pieces (lon/lat) of one border between km ``lo`` and ``hi``, and the
    50-km markers (lon, lat, km) on it, km counted from the border's km-0 point."""
    from .geodata import pair_segments
    from .geometry import segment_km, substring_km

    a, b = pair.split("-")
    segs = pair_segments(a, b)
    if not segs:
        return [], []
    lo = 0.0 if lo is None else lo
    hi = segs[-1].end_km if hi is None else hi
    pieces: list[tuple[str, np.ndarray]] = []
    markers: dict[float, tuple[float, float, float]] = {}
    for seg in segs:
        s0, s1 = max(lo, seg.start_km), min(hi, seg.end_km)
        if s1 <= s0:
            continue
        coords, cum_km = segment_km(seg)
        if len(coords) < 2:
            continue
        piece = coords if (s0 <= seg.start_km and s1 >= seg.end_km) else substring_km(coords, cum_km, s0, s1)
        if len(piece) >= 2:
            pieces.append((seg.kind, piece))
        k = math.ceil(s0 / KM_MARKER_STEP) * KM_MARKER_STEP
        while k <= s1 + 1e-9:
            if k > 0 and k not in markers:
                markers[k] = (float(np.interp(k, cum_km, coords[:, 0])), float(np.interp(k, cum_km, coords[:, 1])), k)
            k += KM_MARKER_STEP
    return pieces, [markers[k] for k in sorted(markers)]


def _line_markers(geom: Any) -> list[tuple[float, float, float]]:
    """50-km markers along a user-drawn line (km from its first point)."""
    import shapely

    from .geometry import vertex_km

    out = []
    offset = 0.0
    for part in shapely.get_parts(geom):
        coords = shapely.get_coordinates(part)
        if len(coords) < 2:
            continue
        cum = vertex_km(coords) + offset
        k = math.ceil(cum[0] / KM_MARKER_STEP) * KM_MARKER_STEP
        while k <= cum[-1]:
            if k > 0:
                out.append((float(np.interp(k, cum, coords[:, 0])), float(np.interp(k, cum, coords[:, 1])), k))
            k += KM_MARKER_STEP
        offset = cum[-1]
    return out


def _section_tip(row: dict[str, Any]) -> str:
    lines = [row.get("name", "")]
    lines.append(f"{row.get('country', '')} \u2192 {row.get('border') or 'line'}")
    if row.get("length_km") is not None:
        extra = ""
        if row.get("water_km"):
            extra = f" ({fmt_num(row.get('land_km'))} land, {fmt_num(row.get('water_km'))} water)"
        lines.append(f"front {fmt_num(row['length_km'])} km{extra}")
    if row.get("area_km2") is not None:
        lines.append(f"belt {fmt_num(row['area_km2'])} km\u00b2 at {fmt_num(row.get('depth_km'))} km deep")
    rng = _dist_range(row.get("mines_dist"), fmt_mines)
    lines.append(f"mines {fmt_mines(row.get('mines'))}" + (f" (90 %: {rng})" if rng else ""))
    if row.get("mines_per_km_front") is not None:
        lines.append(f"{fmt_num(row['mines_per_km_front'])} mines per km of front")
    return "\n".join(lines)


def _find_places(node: Any, found: list[dict[str, Any]], under_places: bool = False) -> None:
    """Collect every ``{lon, lat, ...}`` item listed under a key naming places (``nearest_places``)."""
    if isinstance(node, dict):
        if under_places and _is_num(node.get("lon")) and _is_num(node.get("lat")):
            found.append(node)
            return
        for k, v in node.items():
            _find_places(v, found, under_places or "place" in str(k).lower())
    elif isinstance(node, list):
        for v in node:
            _find_places(v, found, under_places)


def _place_tip(p: dict[str, Any]) -> str:
    name = p.get("name") or p.get("place") or "place"
    bits = [str(name)]
    if p.get("country"):
        bits[0] += f" ({p['country']})"
    if _is_num(p.get("population")):
        bits.append(f"population {fmt_num(p['population'])}")
    for k in ("distance_km", "distance_to_belt_km", "km_to_belt"):
        if _is_num(p.get(k)):
            bits.append(f"{fmt_num(p[k])} km from the belt")
            break
    return "\n".join(bits)


def _geo_context(result: EstimateResult) -> _GeoContext | None:
    """Everything both maps draw, projected to a Lambert azimuthal equal-area projection
    centred on the belts (metres)."""
    import shapely

    rows = result.sections
    belts = list(result.belts or [None] * len(rows))
    lines = list(result.border_lines or [None] * len(rows))
    geoms = [g for g in belts + lines if g is not None and not g.is_empty]
    if not geoms:
        return None
    minx, miny, maxx, maxy = shapely.union_all([shapely.envelope(g) for g in geoms]).bounds
    lon0, lat0 = (minx + maxx) / 2, (miny + maxy) / 2
    tr = _transformer(lon0, lat0)

    sections: list[_Section] = []
    stated: list[str] = []
    k = 0
    for i, row in enumerate(rows):
        belt, line = belts[i], lines[i]
        if belt is None and line is None:
            stated.append(row["name"])
            continue
        sec = _Section(index=i, name=row["name"], colour=PALETTE[k % len(PALETTE)], belt=None, tip=_section_tip(row))
        k += 1
        if belt is not None and not belt.is_empty:
            sec.belt = _project(belt, tr)
        pairs = row.get("pairs") or []
        if pairs and row.get("line") != "user":
            for pair in pairs:
                try:
                    pieces, marks = _pair_pieces(pair, row.get("from_km"), row.get("to_km"))
                except InputError:
                    pieces, marks = [], []
                for kind, c in pieces:
                    sec.pieces.append((kind, _project(shapely.LineString(c), tr)))
                for lon, lat, km in marks:
                    x, y = tr.transform(lon, lat)
                    sec.markers.append((float(x), float(y), km, pair))
        if not sec.pieces and line is not None and not line.is_empty:
            sec.pieces = [("land", _project(line, tr))]
            for lon, lat, km in _line_markers(line):
                x, y = tr.transform(lon, lat)
                sec.markers.append((float(x), float(y), km, "line"))
        anchor = sec.belt if sec.belt is not None else (sec.pieces[0][1] if sec.pieces else None)
        if sec.pieces:
            # label at the middle of the longest piece of the front
            longest = max((p for _, p in sec.pieces), key=lambda g: g.length)
            pt = longest.interpolate(0.5, normalized=True)
            sec.label_xy = (pt.x, pt.y)
        elif anchor is not None:
            pt = anchor.representative_point()
            sec.label_xy = (pt.x, pt.y)
        sections.append(sec)

    drawn = [g for s in sections for g in ([s.belt] if s.belt is not None else []) + [p for _, p in s.pieces]]
    bx0, by0, bx1, by1 = shapely.union_all([shapely.envelope(g) for g in drawn]).bounds if drawn else (-1e5, -1e5, 1e5, 1e5)
    w, h = max(bx1 - bx0, 20e3), max(by1 - by0, 20e3)
    cx, cy = (bx0 + bx1) / 2, (by0 + by1) / 2
    pad = 0.08
    w, h = w * (1 + 2 * pad), h * (1 + 2 * pad)
    # A4 landscape map area: widen the shorter side so the map fills it
    aspect = 1.6
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    extent = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)

    countries: list[tuple[str, str, Any]] = []
    try:
        from .geodata import outlines
        from .iso import country_name

        codes, outl = outlines()
        # generous lon/lat window around the view, then clip exactly in the projection
        inv_pts = _inverse_box(extent, lon0, lat0)
        win = shapely.box(*inv_pts)
        view = shapely.box(extent[0] - 0.05 * w, extent[1] - 0.05 * h, extent[2] + 0.05 * w, extent[3] + 0.05 * h)
        hits = np.nonzero(shapely.intersects(outl, win))[0]
        for j in hits:
            g = shapely.clip_by_rect(outl[j], *win.bounds)
            if g.is_empty:
                continue
            g = shapely.intersection(shapely.make_valid(_project(g, tr)), view)
            if g.is_empty:
                continue
            code = str(codes[j])
            try:
                name = country_name(code)
            except Exception:  # unknown code in the outlines: show the code
                name = code
            countries.append((code, name, g))
    except (InputError, OSError):
        countries = []

    places: list[tuple[float, float, str, str, float]] = []
    found: list[dict[str, Any]] = []
    _find_places(result.document.get("exposure"), found)
    seen: set[tuple[float, float]] = set()
    for p in found:
        key = (round(float(p["lon"]), 5), round(float(p["lat"]), 5))
        if key in seen:
            continue
        seen.add(key)
        x, y = tr.transform(float(p["lon"]), float(p["lat"]))
        if extent[0] <= x <= extent[2] and extent[1] <= y <= extent[3]:
            pop = float(p["population"]) if _is_num(p.get("population")) else 0.0
            places.append((float(x), float(y), _place_tip(p), str(p.get("name") or ""), pop))
    return _GeoContext(lon0=lon0, lat0=lat0, extent=extent, countries=countries, sections=sections, places=places, stated=stated)


def _inverse_box(extent: tuple[float, float, float, float], lon0: float, lat0: float) -> tuple[float, float, float, float]:
    """A lon/lat box covering the projected ``extent`` (sampled along its edges), with margin."""
    tr = _transformer(lon0, lat0)
    x0, y0, x1, y1 = extent
    t = np.linspace(0, 1, 21)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(21, x1), x0 + (x1 - x0) * t, np.full(21, x0)])
    ys = np.concatenate([np.full(21, y0), y0 + (y1 - y0) * t, np.full(21, y1), y0 + (y1 - y0) * t])
    lon, lat = tr.transform(xs, ys, direction="INVERSE")
    m = 1.0
    return (max(-180.0, float(np.min(lon)) - m), max(-90.0, float(np.min(lat)) - m), min(180.0, float(np.max(lon)) + m), min(90.0, float(np.max(lat)) + m))


# =============================================================================== static map


def _figure(figsize: tuple[float, float], dpi: int) -> Any:
    """A matplotlib Figure on its own Agg canvas: no pyplot, no global backend state, safe in
    threads and notebooks."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def _nice_length(target_km: float) -> float:
    """The largest 1, 2 or 5 x 10^n km not above ``target_km``."""
    exp = 10 ** math.floor(math.log10(max(target_km, 1e-9)))
    return max(m * exp for m in (1, 2, 5) if m * exp <= target_km * (1 + 1e-9))


def _poly_patches(geom: Any) -> list[Any]:
    """matplotlib PathPatch-ready paths of a projected (multi)polygon, holes included."""
    import shapely
    from matplotlib.path import Path as MPath

    paths = []
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        verts, codes = [], []
        for ring in [poly.exterior, *poly.interiors]:
            c = np.asarray(ring.coords)
            if len(c) < 3:
                continue
            verts.append(c)
            codes += [MPath.MOVETO] + [MPath.LINETO] * (len(c) - 2) + [MPath.CLOSEPOLY]
        if verts:
            paths.append(MPath(np.concatenate(verts), codes))
    return paths


def _line_coords(geom: Any) -> list[np.ndarray]:
    import shapely

    return [shapely.get_coordinates(p) for p in shapely.get_parts(geom) if p.geom_type == "LineString" and len(p.coords) >= 2]


def _ring(radii: tuple[float, ...]) -> list[tuple[float, float]]:
    """Label offsets (points) around an anchor: east first, then the other directions, near to far."""
    dirs = [(1, -0.6), (1, 0.6), (-1, -0.6), (-1, 0.6), (0, 1), (0, -1), (1, 0), (-1, 0)]
    return [(r * dx, r * dy) for r in radii for dx, dy in dirs]


class _LabelPlacer:
    """Greedy label placement: try each offset until the label overlaps no earlier label
    (nor the legend, scale bar or attribution) and stays inside the map; else drop it."""

    def __init__(self, fig: Any, ax: Any, obstacles: list[Any]) -> None:
        self.ax = ax
        self.renderer = fig.canvas.get_renderer()
        self.frame = ax.get_window_extent(self.renderer)
        self.boxes = [o.get_window_extent(self.renderer) for o in obstacles]

    def place(self, text: str, xy: tuple[float, float], offsets: list[tuple[float, float]], leader: str | None = None, **kw: Any) -> bool:
        for dx, dy in offsets:
            ha = "left" if dx > 0 else "right" if dx < 0 else "center"
            va = "bottom" if dy > 0 else "top" if dy < 0 else "center"
            far = leader is not None and math.hypot(dx, dy) > 12
            arrow = {"arrowstyle": "-", "color": leader, "linewidth": 0.6, "shrinkA": 0, "shrinkB": 1.5} if far else None
            ann = self.ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", ha=ha, va=va, arrowprops=arrow, annotation_clip=True, **kw)
            bb = ann.get_window_extent(self.renderer).padded(2)
            inside = bb.x0 >= self.frame.x0 and bb.x1 <= self.frame.x1 and bb.y0 >= self.frame.y0 and bb.y1 <= self.frame.y1
            if inside and not any(bb.overlaps(b) for b in self.boxes):
                self.boxes.append(bb)
                return True
            ann.remove()
        return False


def _map_png(ctx: _GeoContext, result: EstimateResult, path: Path) -> None:
    import matplotlib.patheffects as pe
    import shapely
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, PathPatch, Rectangle

    doc = result.document
    x0, y0, x1, y1 = ctx.extent
    fig = _figure((11.7, 8.3), 200)
    ax = fig.add_axes([0.03, 0.07, 0.94, 0.83])
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor("#dbe9f4")  # sea / outside every outline
    ax.set_xticks([])
    ax.set_yticks([])
    halo = [pe.withStroke(linewidth=2.5, foreground="white")]

    defenders = {c for r in result.sections for c in str(r.get("country", "")).split("+")}
    for code, name, g in ctx.countries:
        for p in _poly_patches(g):
            ax.add_patch(PathPatch(p, facecolor="#fbf7ef" if code in defenders else "#efece6", edgecolor="#8a8a8a", linewidth=0.5, zorder=1))
    handles: list[Any] = []
    for s in ctx.sections:
        land = [c for kind, g in s.pieces if kind != "water" for c in _line_coords(g)]
        water = [c for kind, g in s.pieces if kind == "water" for c in _line_coords(g)]
        # a broad translucent band marks the front at any zoom; the real belt sits on it
        ax.add_collection(LineCollection(land + water, colors=s.colour, linewidths=5.0, alpha=0.3, zorder=3, capstyle="round"))
        ax.add_collection(LineCollection(land, colors="#222222", linewidths=0.8, zorder=5))
        ax.add_collection(LineCollection(water, colors="#2b6cb0", linewidths=0.9, linestyles=(0, (3, 2)), zorder=5))
        if s.belt is not None:
            ax.add_collection(PathCollection(_poly_patches(s.belt), facecolor=s.colour, edgecolor=s.colour, linewidths=0.4, zorder=4))
        handles.append(Patch(facecolor=s.colour, edgecolor=s.colour, label=_short(s.name, 42)))
    for s in ctx.sections:
        if s.markers:
            ax.scatter([m[0] for m in s.markers], [m[1] for m in s.markers], s=6, c="white", edgecolors="#222222", linewidths=0.5, zorder=6)
    if ctx.places:
        ax.scatter([p[0] for p in ctx.places], [p[1] for p in ctx.places], s=5, c="#6b2c91", zorder=6, linewidths=0)

    # scale bar (true scale at the centre of the equal-area projection)
    width_km = (x1 - x0) / 1000
    bar = _nice_length(width_km / 5)
    bx, by = x0 + 0.03 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    ax.add_patch(Rectangle((bx, by), bar * 500, (y1 - y0) * 0.006, facecolor="black", zorder=9))
    ax.add_patch(Rectangle((bx + bar * 500, by), bar * 500, (y1 - y0) * 0.006, facecolor="white", edgecolor="black", linewidth=0.6, zorder=9))
    ax.text(bx, by + (y1 - y0) * 0.012, "0", fontsize=7, ha="center", va="bottom", zorder=9, path_effects=halo)
    scale_label = ax.text(bx + bar * 1000, by + (y1 - y0) * 0.012, f"{bar:,.0f} km", fontsize=7, ha="center", va="bottom", zorder=9, path_effects=halo)

    handles += [
        Line2D([], [], color="#222222", linewidth=1, label="land border"),
        Line2D([], [], color="#2b6cb0", linewidth=1, linestyle=(0, (3, 2)), label="water border (river, lake)"),
        Line2D([], [], marker="o", linestyle="", markersize=3.5, markerfacecolor="white", markeredgecolor="#222222", label=f"km along the border, every {KM_MARKER_STEP:.0f} km"),
    ]
    if ctx.places:
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=3, color="#6b2c91", label="largest places near the belts"))
    leg = ax.legend(handles=handles, loc="upper left", fontsize=6.5, framealpha=0.92, title="Belts (filled) and fronts", title_fontsize=7)
    leg.set_zorder(10)
    attr = ax.text(0.995, 0.005, ATTRIBUTION, transform=ax.transAxes, fontsize=7, ha="right", va="bottom", zorder=11, bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 1.5})

    # labels, most important first, each where it overlaps nothing placed before it
    placer = _LabelPlacer(fig, ax, [leg, attr, scale_label])
    thin = [pe.withStroke(linewidth=1.6, foreground="white")]
    for s in ctx.sections:
        if s.label_xy is not None:
            placer.place(_short(s.name, 34), s.label_xy, _ring((8, 20, 34, 50, 70)), leader=s.colour,
                         fontsize=7, color=s.colour, fontweight="bold", zorder=8, path_effects=halo)  # fmt: skip
    for s in ctx.sections:
        for x, y, km, _pair in s.markers:
            if km % 100 == 0:
                placer.place(f"{km:.0f}", (x, y), _ring((3,)), fontsize=5.5, color="#333333", zorder=7, path_effects=thin)
    for x, y, _tip, name, _pop in sorted(ctx.places, key=lambda p: -p[4])[:12]:
        placer.place(name, (x, y), _ring((3, 9)), fontsize=5.5, color="#6b2c91", zorder=7, path_effects=thin)
    view = shapely.box(x0 + 0.04 * (x1 - x0), y0 + 0.04 * (y1 - y0), x1 - 0.04 * (x1 - x0), y1 - 0.04 * (y1 - y0))
    for code, name, g in sorted(ctx.countries, key=lambda c: -c[2].area):
        inner = shapely.intersection(g, view)
        if inner.is_empty or inner.area < 0.004 * (x1 - x0) * (y1 - y0):
            continue
        pt = inner.representative_point()
        placer.place(name.upper(), (pt.x, pt.y), [(0, 0), (0, 12), (0, -12)], fontsize=8.5, color="#6e6e6e", zorder=2,
                     path_effects=halo, fontweight="bold", alpha=0.9)  # fmt: skip

    t = doc["totals"]
    fig.text(0.03, 0.955, str(doc["scenario"].get("name") or "minebelt estimate"), fontsize=14, fontweight="bold", va="center")
    rng = _dist_range(t.get("mines_dist"), fmt_mines)
    sub = (
        f"{fmt_mines(t.get('mines'))} mines" + (f" (90 %: {rng})" if rng else "")
        + f"  \u00b7  {fmt_num(t.get('area_km2'))} km\u00b2 of belt  \u00b7  {fmt_num(t.get('length_km'))} km of front"
    )  # fmt: skip
    fig.text(0.03, 0.918, sub, fontsize=10, va="center", color="#333333")
    foot = f"Lambert azimuthal equal-area projection centred on {ctx.lat0:.1f}\u00b0N {ctx.lon0:.1f}\u00b0E. Belt widths drawn to scale; the translucent band marks the front."
    if ctx.stated:
        foot += f" Not mapped (stated lengths): {', '.join(ctx.stated)}."
    fig.text(0.03, 0.045, foot, fontsize=6.5, color="#555555", va="center", wrap=True)
    fig.text(0.03, 0.02, f"minebelt {__version__} \u00b7 strategic estimate: km, km\u00b2, millions \u2014 no tactical layout", fontsize=6.5, color="#555555", va="center")
    fig.savefig(path, dpi=200, metadata={"Software": None})


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def _bars_png(result: EstimateResult, path: Path) -> None:
    """No geometry: a bar chart of mines by section, saying why."""

    doc = result.document
    rows = result.sections
    names = [_short(r["name"], 48) for r in rows][::-1]
    vals = [(r.get("mines") or 0.0) / 1e6 for r in rows][::-1]
    fig = _figure((11.7, 8.3), 200)
    ax = fig.add_axes([0.32, 0.14, 0.62, 0.72])
    bars = ax.barh(names, vals, color=[PALETTE[i % len(PALETTE)] for i in range(len(rows))][::-1])
    errs = [r.get("mines_dist") for r in rows][::-1]
    for b, d, v in zip(bars, errs, vals):
        if _dist_range(d):
            ax.plot([d["p05"] / 1e6, d["p95"] / 1e6], [b.get_y() + b.get_height() / 2] * 2, color="black", linewidth=1.2)
        ax.text(v, b.get_y() + b.get_height() / 2, f"  {v:,.2f} M", va="center", fontsize=9)
    ax.set_xlabel("mines (millions)")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlim(0, max(vals + [1e-9]) * 1.18)
    fig.text(0.03, 0.95, str(doc["scenario"].get("name") or "minebelt estimate"), fontsize=14, fontweight="bold", va="center")
    t = doc["totals"]
    fig.text(0.03, 0.915, f"{fmt_mines(t.get('mines'))} mines  \u00b7  {fmt_num(t.get('area_km2'))} km\u00b2  \u00b7  {fmt_num(t.get('length_km'))} km of front", fontsize=10, va="center")
    fig.text(
        0.03, 0.05,
        "No map: every section length is stated in the scenario (no measured border geometry), so this shows mines by section instead.",
        fontsize=8.5, color="#555555", va="center",
    )  # fmt: skip
    fig.text(0.03, 0.025, f"minebelt {__version__} \u00b7 strategic estimate: km, km\u00b2, millions \u2014 no tactical layout", fontsize=6.5, color="#555555", va="center")
    fig.savefig(path, dpi=200, metadata={"Software": None})


# =============================================================================== charts


def _svg_data_uri(fig: Any) -> str:
    """A matplotlib figure as an ``<img>``-ready SVG data URI (deterministic bytes)."""
    import matplotlib

    buf = io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "minebelt", "svg.fonttype": "path"}):
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    return "data:image/svg+xml;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _charts(result: EstimateResult, sensitivity: dict | None) -> dict[str, str]:
    charts: dict[str, str] = {}
    s = result.samples.get("totals.mines")
    if s is not None and np.size(s) > 1 and _spread(s):
        charts["distribution"] = _hist_chart(result)
    if sensitivity and sensitivity.get("tornado"):
        base = sensitivity.get("median_total", result.totals.get("mines"))
        charts["tornado"] = _tornado_chart(sensitivity["tornado"], base if _is_num(base) else None)
    if sensitivity and sensitivity.get("sobol"):
        charts["sobol"] = _sobol_chart(sensitivity["sobol"])
    cal = result.document.get("calibration")
    if isinstance(cal, dict) and cal.get("barriers"):
        try:
            charts["calibration"] = _calibration_chart(cal, result.totals)
        except (TypeError, ValueError, KeyError):
            pass  # an unexpected calibration shape: the generic table still shows it
    return charts


def _spread(v: Any) -> bool:
    """Whether a sample varies beyond floating-point noise."""
    v = np.asarray(v, dtype=float)
    v = v[np.isfinite(v)]
    if v.size < 2:
        return False
    lo, hi = np.percentile(v, [1, 99])
    return bool(hi - lo > 1e-9 * max(abs(float(np.median(v))), 1e-300))


def _hist_chart(result: EstimateResult) -> str:

    fig = _figure((10, 3.4), 100)
    axes = fig.subplots(1, 2)
    for ax, key, label, scale in (
        (axes[0], "totals.mines", "total mines (millions)", 1e6),
        (axes[1], "totals.area_km2", "belt area (km\u00b2)", 1.0),
    ):
        v = np.asarray(result.samples.get(key, []), dtype=float)
        v = v[np.isfinite(v)] / scale
        if v.size < 2 or not _spread(v):
            ax.text(0.5, 0.5, "no uncertainty in this figure", ha="center", va="center", transform=ax.transAxes, color="#666666")
            ax.set_xlabel(label)
            ax.set_yticks([])
            continue
        p05, p50, p95 = np.percentile(v, [5, 50, 95])
        lo, hi = np.percentile(v, [0.5, 99.5])  # long tails would squash the body
        ax.hist(v[(v >= lo) & (v <= hi)], bins=60, color="#4c78a8", alpha=0.85)
        for q, ls in ((p05, "--"), (p50, "-"), (p95, "--")):
            ax.axvline(q, color="#b22222", linestyle=ls, linewidth=1)
        ax.set_title(f"median {p50:,.2f}, 90 % interval {p05:,.2f} \u2013 {p95:,.2f}", fontsize=9)
        ax.set_xlabel(label)
        ax.set_yticks([])
        ax.spines[["top", "right", "left"]].set_visible(False)
    fig.suptitle(f"Monte Carlo distribution ({np.size(result.samples['totals.mines']):,} samples; 0.5\u201399.5 % shown, dashed: 5 % and 95 %)", fontsize=10)
    fig.tight_layout()
    return _svg_data_uri(fig)


def _tornado_chart(rows: list[dict[str, Any]], base: float | None) -> str:

    rows = sorted(rows, key=lambda r: abs(float(r.get("swing") or 0)), reverse=True)[:15][::-1]
    fig = _figure((9, 0.45 * len(rows) + 1.3), 100)
    ax = fig.subplots()
    for i, r in enumerate(rows):
        lo, hi = float(r["low"]) / 1e6, float(r["high"]) / 1e6
        ax.barh(i, hi - lo, left=min(lo, hi), color="#4c78a8" if hi >= lo else "#e45756", height=0.6)
        ax.text(max(lo, hi), i, f"  {float(r.get('swing') or abs(hi - lo) * 1e6) / 1e6:,.2f} M", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [_short(str(r["input"]), 40) for r in rows], fontsize=8)
    if base is not None:
        ax.axvline(base / 1e6, color="black", linewidth=1)
    ax.set_xlabel("total mines (millions) with the input at its low and high value, others at their medians")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Tornado: which inputs move the total most", fontsize=10)
    return _svg_data_uri(fig)


def _sobol_chart(rows: list[dict[str, Any]]) -> str:

    rows = sorted(rows, key=lambda r: float(r.get("ST") or 0), reverse=True)[:15][::-1]
    fig = _figure((9, 0.45 * len(rows) + 1.3), 100)
    ax = fig.subplots()
    y = np.arange(len(rows))
    ax.barh(y + 0.18, [float(r.get("ST") or 0) for r in rows], height=0.36, color="#4c78a8", label="total effect ST")
    ax.barh(y - 0.18, [float(r.get("S1") or 0) for r in rows], height=0.36, color="#f58518", label="first order S1")
    ax.set_yticks(y, [_short(str(r["input"]), 40) for r in rows], fontsize=8)
    ax.set_xlim(0, 1.05)
    ax.set_xlabel("share of the variance of total mines")
    ax.legend(fontsize=8, loc="lower right")
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title("Sobol indices", fontsize=10)
    return _svg_data_uri(fig)


def _calibration_chart(cal: dict[str, Any], totals: dict[str, Any]) -> str:

    scen = cal.get("scenario") or {}
    metrics = [("mines_per_km_front", "mines per km of front"), ("mines_per_km2", "mines per km\u00b2 of belt")]
    fig = _figure((10, 0.42 * (len(cal["barriers"]) + 1) + 1.4), 100)
    axes = fig.subplots(1, 2)
    for ax, (key, label) in zip(axes, metrics):
        names, vals, colours = [], [], []
        for b in cal["barriers"]:
            v = b.get(key)
            if _is_num(v) and v > 0:
                names.append(_short(str(b.get("name", "?")), 34))
                vals.append(float(v))
                colours.append("#9d9d9d")
        sv = scen.get(key)
        if sv is None and key == "mines_per_km_front":
            sv = totals.get("mines_per_km_front")
        if sv is None and key == "mines_per_km2" and totals.get("area_km2"):
            sv = (totals.get("mines") or 0) / totals["area_km2"]
        if _is_num(sv) and sv > 0:
            names.append("this scenario")
            vals.append(float(sv))
            colours.append("#d62728")
        if not vals:
            ax.set_axis_off()
            continue
        order = np.argsort(vals)
        ax.barh([names[i] for i in order], [vals[i] for i in order], color=[colours[i] for i in order])
        for j, i in enumerate(order):
            ax.text(vals[i], j, f" {fmt_num(vals[i])}", va="center", fontsize=7.5)
        from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

        ax.set_xscale("log")
        ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt_num(v)))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlim(min(vals) / 1.6, max(vals) * 2.2)
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlabel(label + " (log scale)")
        ax.tick_params(axis="y", labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Calibration against historical barriers", fontsize=10)
    fig.tight_layout()
    return _svg_data_uri(fig)


# =============================================================================== interactive map


def _svg_path(geom: Any, nd: int) -> str:
    """SVG path data of projected (multi)lines or polygons, in km with y up-flipped."""
    import shapely

    out = []
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
            close = True
        elif part.geom_type == "LineString":
            rings = [part]
            close = False
        elif part.geom_type in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
            out.append(_svg_path(part, nd))
            continue
        else:
            continue
        for r in rings:
            c = np.asarray(r.coords)[:, :2]
            if len(c) < 2:
                continue
            c = np.round(np.column_stack([c[:, 0] / 1000, -c[:, 1] / 1000]), nd)
            pts = " ".join(f"{x:g} {y:g}" for x, y in c)
            out.append(f"M{pts}" + ("Z" if close else ""))
    return "".join(out)


#: Size (px) the interactive map is laid out for at its initial zoom (the page's map box).
SVG_LAYOUT_PX = (1180.0, 700.0)


@dataclass
class _SvgLabel:
    x: float  # px at the initial view
    y: float
    text: str
    size: float  # font size, px
    width_em: float  # mean glyph width
    offsets: list[tuple[float, float, str]]  # dx, dy (px, dy to the baseline), text-anchor
    placed: tuple[float, float, str] | None = None


def _layout_labels(labels: list[_SvgLabel], width: float, height: float, obstacles: list[tuple[float, float, float, float]]) -> None:
    """Greedy placement in screen pixels of the initial view: each label takes its first
    offset that overlaps nothing placed before it; the others stay unplaced."""
    boxes = list(obstacles)
    for lab in labels:
        w = lab.width_em * lab.size * len(lab.text)
        for dx, dy, anchor in lab.offsets:
            left = lab.x + dx - (w if anchor == "end" else w / 2 if anchor == "middle" else 0.0)
            top = lab.y + dy - 0.8 * lab.size
            box = (left - 2, top - 1, left + w + 2, top + 1.05 * lab.size + 1)
            if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height:
                continue
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                continue
            boxes.append(box)
            lab.placed = (dx, dy, anchor)
            break


def _svg_text(lab: _SvgLabel, cls: str, xk: float, yk: float, fallback: tuple[float, float, str], style: str = "") -> str:
    """A label at map position (km); unplaced labels only show once zoomed in (class lz)."""
    dx, dy, anchor = lab.placed or fallback
    z = "" if lab.placed else " lz"
    st = f' style="{style}"' if style else ""
    return (
        f'<text class="{cls}{z}"{st} x="{xk:.2f}" y="{yk:.2f}" dx="{dx / lab.size:.2f}em" dy="{dy / lab.size:.2f}em" '
        f'text-anchor="{anchor}">{_esc(lab.text)}</text>'
    )


def _svg_map(ctx: _GeoContext, result: EstimateResult) -> str:
    import shapely

    x0, y0, x1, y1 = ctx.extent
    w, h = (x1 - x0) / 1000, (y1 - y0) / 1000
    vb = f"{x0 / 1000:.1f} {-y1 / 1000:.1f} {w:.1f} {h:.1f}"
    tol_outline = max(w, h) / 2500 * 1000  # m
    defenders = {c for r in result.sections for c in str(r.get("country", "")).split("+")}

    # label layout at the initial view
    scale = min(SVG_LAYOUT_PX[0] / w, SVG_LAYOUT_PX[1] / h)  # px per km
    W, H = w * scale, h * scale

    def px(xm: float, ym: float) -> tuple[float, float]:
        return (xm / 1000 - x0 / 1000) * scale, (y1 / 1000 - ym / 1000) * scale

    obstacles = [(W - 50, 0, W, 120), (W - 270, H - 24, W, H)]
    near = [(10, 15, "start"), (10, -6, "start"), (-10, 15, "end"), (-10, -6, "end"), (0, 20, "middle"), (0, -12, "middle")]
    far = [(dx * 2.4, dy * 2.0, a) for dx, dy, a in near]
    small = [(4, -4, "start"), (-4, -4, "end"), (4, 12, "start"), (-4, 12, "end")]
    sec_labels: list[tuple[_Section, _SvgLabel]] = []
    for s in ctx.sections:
        if s.label_xy is not None:
            sec_labels.append((s, _SvgLabel(*px(*s.label_xy), _short(s.name, 34), 12, 0.62, near + far)))
    km_labels: list[tuple[float, float, _SvgLabel]] = []
    for s in ctx.sections:
        for x, y, km, _pair in s.markers:
            if km % 100 == 0:
                km_labels.append((x, y, _SvgLabel(*px(x, y), f"{km:.0f}", 10, 0.58, small)))
    place_labels = [(x, y, _SvgLabel(*px(x, y), name, 10.5, 0.58, small)) for x, y, _t, name, _p in sorted(ctx.places, key=lambda p: -p[4])[:12] if name]
    view = shapely.box(x0 + 0.03 * (x1 - x0), y0 + 0.03 * (y1 - y0), x1 - 0.03 * (x1 - x0), y1 - 0.03 * (y1 - y0))
    country_labels = []
    for code, name, g in sorted(ctx.countries, key=lambda c: -c[2].area):
        inner = shapely.intersection(g, view)
        if inner.is_empty or inner.area < 0.004 * (x1 - x0) * (y1 - y0):
            continue
        pt = inner.representative_point()
        country_labels.append((pt.x, pt.y, _SvgLabel(*px(pt.x, pt.y), name.upper(), 12, 0.72, [(0, 4, "middle"), (0, -10, "middle"), (0, 18, "middle")])))
    _layout_labels([lab for _, lab in sec_labels] + [lab for *_, lab in km_labels] + [lab for *_, lab in place_labels] + [lab for *_, lab in country_labels], W, H, obstacles)

    parts = [f'<svg id="imap" viewBox="{vb}" data-home="{vb}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="interactive map of the belts">']
    parts.append(f'<rect x="{x0 / 1000 - w:.1f}" y="{-y1 / 1000 - h:.1f}" width="{3 * w:.1f}" height="{3 * h:.1f}" class="sea"/>')
    parts.append('<g class="countries">')
    for code, name, g in ctx.countries:
        d = _svg_path(shapely.simplify(g, tol_outline, preserve_topology=True), 1)
        if d:
            cls = "country def" if code in defenders else "country"
            parts.append(f'<path class="{cls}" d="{d}" data-tip="{_esc(name)}"/>')
    parts.append("</g>")
    parts.append('<g class="clabels">')
    for x, y, lab in country_labels:
        parts.append(_svg_text(lab, "clabel", x / 1000, -y / 1000, (0, 4, "middle")))
    parts.append("</g>")
    for s in ctx.sections:
        parts.append(f'<g class="sec" data-tip="{_esc(s.tip)}" style="--c:{s.colour}">')
        band = "".join(_svg_path(shapely.simplify(g, tol_outline / 2), 2) for _, g in s.pieces)
        if band:
            parts.append(f'<path class="band" d="{band}"/>')
        if s.belt is not None:
            d = _svg_path(shapely.simplify(s.belt, 40.0, preserve_topology=True), 2)  # 40 m: keeps a 2 km belt's shape
            if d:
                parts.append(f'<path class="belt" d="{d}"/>')
        land = "".join(_svg_path(g, 2) for kind, g in s.pieces if kind != "water")
        water = "".join(_svg_path(g, 2) for kind, g in s.pieces if kind == "water")
        if land:
            parts.append(f'<path class="land" d="{land}"/>')
        if water:
            parts.append(f'<path class="water" d="{water}"/>')
        parts.append("</g>")
    parts.append('<g class="km">')
    dots = "".join(f"M{x / 1000:.2f} {-y / 1000:.2f}h0" for s in ctx.sections for x, y, _km, _p in s.markers)
    if dots:
        parts.append(f'<path class="kmo" d="{dots}"/>')
    for s in ctx.sections:
        for x, y, km, pair in s.markers:
            label = f"km {km:.0f} of the {pair} border" if pair != "line" else f"km {km:.0f} of the line"
            parts.append(f'<path class="kmdot" d="M{x / 1000:.2f} {-y / 1000:.2f}h0" data-tip="{_esc(label)}"/>')
    for x, y, lab in km_labels:
        parts.append(_svg_text(lab, "kml", x / 1000, -y / 1000, small[0]))
    parts.append("</g>")
    if ctx.places:
        parts.append('<g class="places">')
        for x, y, tip, _name, _pop in ctx.places:
            parts.append(f'<path class="place" d="M{x / 1000:.2f} {-y / 1000:.2f}h0" data-tip="{_esc(tip)}"/>')
        for x, y, lab in place_labels:
            parts.append(_svg_text(lab, "plabel", x / 1000, -y / 1000, small[0]))
        parts.append("</g>")
    parts.append('<g class="slabels">')
    for s, lab in sec_labels:
        assert s.label_xy is not None
        parts.append(_svg_text(lab, "slabel", s.label_xy[0] / 1000, -s.label_xy[1] / 1000, near[0], f"fill:{s.colour}"))
    parts.append("</g></svg>")
    return "".join(parts)


MAP_JS = r"""
(function(){
  var svg=document.getElementById('imap'); if(!svg) return;
  var tip=document.getElementById('tip'), home=svg.getAttribute('data-home').split(' ').map(Number), vb=home.slice();
  function px(){return vb[2]/svg.clientWidth;}
  function apply(){svg.setAttribute('viewBox',vb.join(' '));svg.style.setProperty('--u',px()+'px');svg.classList.toggle('zoomed',home[2]/vb[2]>1.7);}
  function zoom(f,cx,cy){var r=svg.getBoundingClientRect(),mx=vb[0]+(cx-r.left)/r.width*vb[2],my=vb[1]+(cy-r.top)/r.height*vb[3];
    var nw=Math.min(Math.max(vb[2]*f,home[2]/400),home[2]*2),k=nw/vb[2];vb=[mx-(mx-vb[0])*k,my-(my-vb[1])*k,vb[2]*k,vb[3]*k];apply();}
  svg.addEventListener('wheel',function(e){e.preventDefault();zoom(e.deltaY>0?1.25:0.8,e.clientX,e.clientY);},{passive:false});
  var drag=null;
  svg.addEventListener('pointerdown',function(e){drag=[e.clientX,e.clientY,vb[0],vb[1]];svg.setPointerCapture(e.pointerId);});
  svg.addEventListener('pointermove',function(e){
    if(drag){var r=svg.getBoundingClientRect(),s=vb[2]/r.width;vb[0]=drag[2]-(e.clientX-drag[0])*s;vb[1]=drag[3]-(e.clientY-drag[1])*s;apply();return;}
    var t=e.target.closest('[data-tip]');
    if(t){tip.textContent=t.getAttribute('data-tip');tip.style.display='block';tip.style.left=(e.clientX+14)+'px';tip.style.top=(e.clientY+14)+'px';}
    else tip.style.display='none';});
  svg.addEventListener('pointerup',function(){drag=null;});
  svg.addEventListener('pointerleave',function(){tip.style.display='none';});
  document.getElementById('zin').onclick=function(){var r=svg.getBoundingClientRect();zoom(0.6,r.left+r.width/2,r.top+r.height/2);};
  document.getElementById('zout').onclick=function(){var r=svg.getBoundingClientRect();zoom(1/0.6,r.left+r.width/2,r.top+r.height/2);};
  document.getElementById('zhome').onclick=function(){vb=home.slice();apply();};
  window.addEventListener('resize',apply); apply();
})();
"""

CSS = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--accent:#b42318}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
header{background:#1f2328;color:#fff;padding:22px 32px 18px}
header h1{margin:0 0 4px;font-size:24px}
header p{margin:2px 0;color:#c9d1d9;font-size:13.5px}
nav{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:8px 32px;font-size:13.5px}
nav a{color:var(--muted);text-decoration:none;margin-right:16px}
nav a:hover{color:var(--ink)}
main{max-width:1240px;margin:0 auto;padding:8px 32px 48px}
section{margin-top:30px}
h2{font-size:19px;border-bottom:1px solid var(--line);padding-bottom:6px;margin:0 0 12px}
h3{font-size:15.5px;margin:18px 0 8px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin-top:18px}
.card{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:14px 16px}
.card .v{font-size:26px;font-weight:700;letter-spacing:-.5px}
.card .l{color:var(--muted);font-size:13px}
.card .r{color:var(--muted);font-size:12.5px;margin-top:2px}
.card.main{background:#fff4f2;border-color:#f3c3bd}
.card.main .v{color:var(--accent)}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 4px}
th,td{padding:5px 8px;border-bottom:1px solid var(--line);vertical-align:top;text-align:left;overflow-wrap:break-word}
td:first-child{min-width:140px}
td.t{min-width:260px}
td a{word-break:break-all}
tr.has-sub td{border-bottom:none}
tr.sub td{font-size:12.5px;color:var(--muted);padding-top:0}
tr.sub td b{font-weight:600}
th{background:var(--bg);font-weight:600;vertical-align:bottom}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.n,td.nw{white-space:nowrap}
tr.total td{font-weight:700;border-top:2px solid #8c959f}
.scroll{overflow-x:auto}
.note{color:var(--muted);font-size:13px}
.kv{width:auto;min-width:50%}
.kv th{width:1%;white-space:nowrap;font-weight:500;color:var(--muted);background:none;vertical-align:top}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;white-space:nowrap}
figure{margin:10px 0}
figure img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px}
figcaption{color:var(--muted);font-size:12.5px;margin-top:4px}
.mapbox{position:relative;border:1px solid var(--line);border-radius:8px;overflow:hidden;background:#dbe9f4}
#imap{display:block;width:100%;height:min(72vh,700px);cursor:grab;touch-action:none;--u:1px}
#imap:active{cursor:grabbing}
#imap .sea{fill:#dbe9f4}
#imap .country{fill:#efece6;stroke:#8a8a8a;stroke-width:.7;vector-effect:non-scaling-stroke}
#imap .country.def{fill:#fbf7ef}
#imap .clabel{font-size:calc(var(--u)*12);fill:#6e6e6e;font-weight:700;text-anchor:middle;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:calc(var(--u)*3)}
#imap .band{fill:none;stroke:var(--c);stroke-opacity:.28;stroke-width:9;stroke-linecap:round;stroke-linejoin:round;vector-effect:non-scaling-stroke}
#imap .belt{fill:var(--c);stroke:var(--c);stroke-width:.6;vector-effect:non-scaling-stroke}
#imap .land{fill:none;stroke:#222;stroke-width:1.2;vector-effect:non-scaling-stroke}
#imap .water{fill:none;stroke:#2b6cb0;stroke-width:1.2;stroke-dasharray:5 3;vector-effect:non-scaling-stroke}
#imap .sec:hover .band{stroke-opacity:.6}
#imap .kmo{stroke:#222;stroke-width:6;stroke-linecap:round;vector-effect:non-scaling-stroke;pointer-events:none}
#imap .kmdot{stroke:#fff;stroke-width:3.5;stroke-linecap:round;vector-effect:non-scaling-stroke}
#imap .kml{font-size:calc(var(--u)*10);fill:#333;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:calc(var(--u)*2.5)}
#imap .place{stroke:#6b2c91;stroke-width:4.5;stroke-linecap:round;vector-effect:non-scaling-stroke}
#imap .plabel{font-size:calc(var(--u)*10.5);fill:#6b2c91;pointer-events:none;paint-order:stroke;stroke:#fff;stroke-width:calc(var(--u)*2.5)}
#imap .lz{display:none}
#imap.zoomed .lz{display:inline}
#imap .slabel{font-size:calc(var(--u)*12);font-weight:700;paint-order:stroke;stroke:#fff;stroke-width:calc(var(--u)*3);pointer-events:none}
.mapctl{position:absolute;top:10px;right:10px;display:flex;flex-direction:column;gap:4px}
.mapctl button{width:32px;height:32px;border:1px solid var(--line);border-radius:6px;background:#fff;font-size:17px;cursor:pointer}
.attr{position:absolute;right:6px;bottom:4px;font-size:11px;background:rgba(255,255,255,.85);padding:1px 5px;border-radius:3px}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;font-size:12.5px;margin:8px 0 0}
.legend span{display:inline-flex;align-items:center;gap:6px}
.legend i{display:inline-block;width:14px;height:10px;border-radius:2px}
#tip{position:fixed;display:none;pointer-events:none;background:#1f2328;color:#fff;font-size:12.5px;padding:6px 9px;border-radius:6px;white-space:pre-line;max-width:340px;z-index:20;box-shadow:0 2px 8px rgba(0,0,0,.25)}
blockquote{margin:0;color:var(--ink);font-style:italic}
ul.src li{margin:3px 0;font-size:13.5px}
code{font-size:12.5px;background:var(--bg);padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12.5px;border-top:1px solid var(--line);margin-top:40px;padding-top:10px}
@media print{nav,.mapctl{display:none}header{background:none;color:#000;padding:0}header p{color:#333}section{break-inside:avoid-page}#imap{height:auto}}
"""


# =============================================================================== HTML


def _num_td(v: Any, fmt: Callable[[Any], str] = fmt_num) -> str:
    return f'<td class="n">{_esc(fmt(v))}</td>'


def _table(headers: list[tuple[str, bool]], rows: list[list[str]], total: list[str] | None = None) -> str:
    head = "".join(f'<th class="n">{_esc(h)}</th>' if num else f"<th>{_esc(h)}</th>" for h, num in headers)
    body = "".join(f"<tr>{''.join(r)}</tr>" for r in rows)
    if total:
        body += f'<tr class="total">{"".join(total)}</tr>'
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _sections_table(result: EstimateResult) -> str:
    rows = result.sections
    mc = any(_dist_range(r.get("mines_dist")) for r in rows)
    geo = any(r.get("length_source") == "measured" for r in rows)
    headers = [("section", False), ("country", False), ("border", False), ("front km", True)]
    if geo:
        headers += [("water km", True)]
    headers += [("depth km", True), ("belt km\u00b2", True), ("mines per km\u00b2", True), ("mines", True)]
    if mc:
        headers += [("mines p05\u2013p95", True)]
    headers += [("mines per km of front", True), ("length", False), ("density", False)]
    out = []
    for r in rows:
        cells = [f"<td>{_esc(r.get('name'))}</td>", f"<td>{_esc(r.get('country'))}</td>", f"<td>{_esc(r.get('border') or '')}</td>", _num_td(r.get("length_km"), fmt_km)]
        if geo:
            cells.append(_num_td(r.get("water_km"), fmt_km) if r.get("water_km") is not None else "<td></td>")
        cells += [_num_td(r.get("depth_km")), _num_td(r.get("area_km2"), fmt_km), _num_td(r.get("density_per_km2")), _num_td(r.get("mines"), fmt_mines)]
        if mc:
            cells.append(f'<td class="n">{_esc(_dist_range(r.get("mines_dist"), fmt_mines))}</td>')
        cells += [_num_td(r.get("mines_per_km_front")), f"<td class=\"nw\">{_esc(r.get('length_source'))}</td>", f"<td class=\"nw\">{_esc(r.get('density_model') or r.get('density_kind') or '')}</td>"]
        out.append(cells)
    t = result.totals
    total = ["<td>Total</td><td></td><td></td>", _num_td(t.get("length_km"), fmt_km)]
    if geo:
        water = sum((r.get("water_km") or 0.0) for r in rows)
        total.append(_num_td(water, fmt_km))
    total += ["<td></td>", _num_td(t.get("area_km2"), fmt_km), "<td></td>", _num_td(t.get("mines"), fmt_mines)]
    if mc:
        total.append(f'<td class="n">{_esc(_dist_range(t.get("mines_dist"), fmt_mines))}</td>')
    total += [_num_td(t.get("mines_per_km_front")), "<td></td><td></td>"]
    note = ""
    if t.get("overlap_km2"):
        note = f'<p class="note">Totals count the {fmt_num(t["overlap_km2"])} km\u00b2 where belts of one country overlap only once.</p>'
    return _table(headers, out, total) + note


def _countries_table(result: EstimateResult) -> str:
    bc = result.by_country
    mc = any(_dist_range(r.get("mines_dist")) for r in bc.values())
    headers = [("country", False), ("code", False), ("sections", True), ("front km", True), ("belt km\u00b2", True), ("mines", True)]
    if mc:
        headers.append(("mines p05\u2013p95", True))
    headers.append(("mines per km of front", True))
    rows = []
    for code, r in bc.items():
        cells = [f"<td>{_esc(r.get('name'))}</td>", f"<td>{_esc(code)}</td>", _num_td(r.get("sections")), _num_td(r.get("length_km"), fmt_km), _num_td(r.get("area_km2"), fmt_km), _num_td(r.get("mines"), fmt_mines)]
        if mc:
            cells.append(f'<td class="n">{_esc(_dist_range(r.get("mines_dist"), fmt_mines))}</td>')
        cells.append(_num_td(r.get("mines_per_km_front")))
        rows.append(cells)
    return _table(headers, rows)


def _inputs_table(result: EstimateResult) -> str:
    inputs = result.document.get("inputs") or []
    if not inputs:
        return ""
    rows = []
    for e in inputs:
        secs = e.get("sections") or []
        rows.append(
            [
                f"<td><code>{_esc(e.get('key'))}</code></td>",
                f"<td>{_esc(_label(str(e.get('role', ''))))}</td>",
                f"<td>{_esc(e.get('value'))} {_esc(e.get('unit') or '')}</td>",
                _num_td(e.get("median")),
                f"<td>{'yes' if e.get('uncertain') else 'no'}</td>",
                f"<td>{_esc(', '.join(secs) if len(secs) <= 3 else f'{len(secs)} sections')}</td>",
            ]
        )
    return _table([("input", False), ("role", False), ("value", False), ("median", True), ("uncertain", False), ("used by", False)], rows)


def _scalar(v: Any) -> bool:
    return v is None or isinstance(v, (str, bool)) or _is_num(v)


def _inline_dict(d: dict[str, Any]) -> str:
    """A small dict of scalars on one line: ``places 3 · population 12,000``."""
    return " \u00b7 ".join(f"{_esc(_label(k))} {_value_html(k, v, d)}" for k, v in d.items() if not k.endswith("_dist"))


def _item_summary(d: dict[str, Any]) -> str:
    """One list item (e.g. a place) as a short line: its name, then its other scalars."""
    name = d.get("name") or d.get("title") or d.get("figure")
    bits = [f"<b>{_esc(name)}</b>" + (f" ({_esc(d['country'])})" if isinstance(d.get("country"), str) else "")] if name is not None else []
    for k, v in d.items():
        if k in ("name", "title", "figure", "lon", "lat", "country") or k.endswith("_dist") or not _scalar(v):
            continue
        if k == "distance_km" and _is_num(v):
            bits.append(f"{_esc(fmt_num(v))} km away")
        elif k == "population" and _is_num(v):
            bits.append(f"pop. {_esc(fmt_num(v))}")
        else:
            bits.append(f"{_esc(_label(k))} {_value_html(k, v, d)}")
    return " \u00b7 ".join(bits)


def _value_html(key: str, v: Any, parent: dict[str, Any]) -> str:
    """Any value of a block as HTML: numbers with their 90 % range, text with links, small
    dicts inline, lists of dicts as one short line per item."""
    if isinstance(v, str):
        return _linkify(v)
    if _is_num(v) or v is None or isinstance(v, bool):
        rng = _dist_range(parent.get(f"{key}_dist"))
        return _esc(fmt_num(v)) + (f' <span class="note">(90 %: {_esc(rng)})</span>' if rng else "")
    if isinstance(v, (list, tuple)):
        if all(_scalar(x) for x in v):
            return "; ".join(_esc(fmt_num(x)) if _is_num(x) else _linkify(x) for x in v)
        if all(isinstance(x, dict) for x in v):
            return "<br>".join(_item_summary(x) for x in v) if v else ""
    if isinstance(v, dict) and all(_scalar(x) for x in v.values()):
        return _inline_dict(v)
    return _esc(json.dumps(v, ensure_ascii=False))


def _cell(key: str, v: Any, parent: dict[str, Any]) -> str:
    long = (isinstance(v, str) and len(v) > 50) or (isinstance(v, list) and len(json.dumps(v, default=str)) > 50)
    cls = ' class="n"' if _is_num(v) else (' class="t"' if long else "")
    return f"<td{cls}>{_value_html(key, v, parent)}</td>"


def _block_html(block: Any, depth: int = 0) -> str:
    """A generic rendering of an optional block: scalars (and small dicts) as a key/value
    table, dicts of dicts as a table with one row per key, lists of dicts as tables, other
    nested dicts recursively."""
    if not isinstance(block, dict):
        if isinstance(block, list):
            return _list_html(block, depth)
        return f"<p>{_value_html('', block, {})}</p>"
    scalars, nested = [], []
    for k, v in block.items():
        if k.endswith("_dist") and k[: -len("_dist")] in block:
            continue
        if k in ("sources", "source"):
            continue  # listed under Sources
        if isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()):
            nested.append((k, v, "rows"))
        elif isinstance(v, dict) and not all(_scalar(x) for x in v.values()):
            nested.append((k, v, "dict"))
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            nested.append((k, v, "list"))
        else:
            scalars.append((k, v))
    out = []
    if scalars:
        rows = "".join(f"<tr><th>{_esc(_label(k))}</th><td>{_value_html(k, v, block)}</td></tr>" for k, v in scalars)
        out.append(f'<table class="kv"><tbody>{rows}</tbody></table>')
    for k, v, kind in nested:
        tag = "h4" if depth else "h3"
        out.append(f"<{tag}>{_esc(_label(k))}</{tag}>")
        if kind == "rows":
            out.append(_rows_table(v))
        elif kind == "list":
            out.append(_list_html(v, depth + 1))
        else:
            out.append(_block_html(v, depth + 1))
    return "".join(out)


def _columns(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(short columns, long columns) of a list of rows. Long ones (notes, lists of sources)
    go in a full-width line under each row, so tables stay narrow."""
    cols: list[str] = []
    for r in rows:
        for k in r:
            if k.endswith("_dist") or k in cols or k in ("lon", "lat"):
                continue
            cols.append(k)

    def long(c: str) -> bool:
        for r in rows:
            v = r.get(c)
            if (isinstance(v, str) and len(v) > 60) or (isinstance(v, list) and v and all(isinstance(x, str) for x in v)):
                return True
        return False

    longs = [c for c in cols if long(c)]
    return [c for c in cols if c not in longs], longs


def _numeric(rows: list[dict[str, Any]], c: str) -> bool:
    vals = [r.get(c) for r in rows]
    return any(_is_num(v) for v in vals) and all(_is_num(v) or v is None for v in vals)


def _rows_with_notes(headers: list[tuple[str, bool]], cells: list[list[str]], notes: list[str]) -> str:
    head = "".join(f'<th class="n">{_esc(h)}</th>' if num else f"<th>{_esc(h)}</th>" for h, num in headers)
    body = []
    for row, note in zip(cells, notes):
        cls = ' class="has-sub"' if note else ""
        body.append(f"<tr{cls}>{''.join(row)}</tr>")
        if note:
            body.append(f'<tr class="sub"><td colspan="{len(headers)}">{note}</td></tr>')
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def _note(r: dict[str, Any], longs: list[str]) -> str:
    return "<br>".join(f"<b>{_esc(_label(c))}:</b> {_value_html(c, r.get(c), r)}" for c in longs if r.get(c) not in (None, "", []))


def _rows_table(d: dict[str, dict[str, Any]]) -> str:
    cols, longs = _columns(list(d.values()))
    cells = [[f"<td>{_esc(name)}</td>"] + [_cell(c, r.get(c), r) for c in cols] for name, r in d.items()]
    rows = list(d.values())
    return _rows_with_notes([("", False)] + [(_label(c), _numeric(rows, c)) for c in cols], cells, [_note(r, longs) for r in rows])


def _list_html(items: list[Any], depth: int) -> str:
    if items and all(isinstance(x, dict) for x in items):
        cols, longs = _columns(items)
        cells = [[_cell(c, r.get(c), r) for c in cols] for r in items]
        return _rows_with_notes([(_label(c), _numeric(items, c)) for c in cols], cells, [_note(r, longs) for r in items])
    return "<ul>" + "".join(f"<li>{_block_html(x, depth + 1) if isinstance(x, (dict, list)) else _linkify(x)}</li>" for x in items) + "</ul>"


def _collect_sources(node: Any, out: list[str], skip_top: bool = True) -> None:
    """Every citation in the document: ``sources`` / ``source`` / ``citation`` values."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("sources", "source", "citation", "citations", "model_sources"):
                _add_source(v, out)
            elif isinstance(v, (dict, list)):
                _collect_sources(v, out, skip_top=False)
    elif isinstance(node, list):
        for v in node:
            _collect_sources(v, out, skip_top=False)


def _add_source(v: Any, out: list[str]) -> None:
    if v is None or v == "":
        return
    if isinstance(v, str):
        if v not in out:
            out.append(v)
    elif isinstance(v, list):
        for x in v:
            _add_source(x, out)
    elif isinstance(v, dict):
        bits = [str(v[k]) for k in ("title", "name", "publisher", "author", "date", "year", "url", "quote") if v.get(k)]
        _add_source(", ".join(bits) if bits else json.dumps(v, ensure_ascii=False), out)
    else:
        _add_source(str(v), out)


def _factcheck_html(claims: dict[str, Any]) -> str:
    summ = claims.get("summary") or {}
    badges = " ".join(f'<span class="badge" style="background:{VERDICT_COLOURS.get(k, "#57606a")}">{_esc(k)}: {v}</span>' for k, v in summ.items())
    rows = []
    for c in claims.get("claims") or []:
        verdict = c.get("verdict", "")
        rows.append(
            [
                f"<td><code>{_esc(c.get('id'))}</code><br><span class='note'>{_esc(c.get('source') or '')}</span></td>",
                f"<td><blockquote>\u201c{_esc(c.get('quote'))}\u201d</blockquote></td>",
                f"<td>{_esc(c.get('stated_text'))}</td>",
                f"<td>{_esc(c.get('computed_text'))}</td>",
                f'<td><span class="badge" style="background:{VERDICT_COLOURS.get(verdict, "#57606a")}">{_esc(verdict)}</span></td>',
                f"<td>{_linkify(c.get('explanation'))}<br><span class='note'>{_esc(c.get('method') or '')}</span></td>",
            ]
        )
    file = f" from <code>{_esc(claims.get('file'))}</code>" if claims.get("file") else ""
    return (
        f"<p>{len(claims.get('claims') or [])} claims{file}, each recomputed by minebelt. {badges}</p>"
        + _table([("claim", False), ("quote", False), ("stated", False), ("computed", False), ("verdict", False), ("why", False)], rows)
    )


def _sensitivity_html(sens: dict[str, Any], charts: dict[str, str]) -> str:
    out = []
    if sens.get("tornado"):
        out.append("<h3>Tornado</h3><p class=\"note\">Total mines with one input at its low and at its high value, all others at their medians.</p>")
    if "tornado" in charts:
        out.append(f'<figure><img alt="tornado chart" src="{charts["tornado"]}"></figure>')
    if sens.get("tornado"):
        t = sens["tornado"]
        has = {k: any(r.get(k) is not None for r in t) for k in ("value", "p05", "p95")}
        headers = [("input", False)] + [(h, k != "value") for k, h in (("value", "distribution"), ("p05", "low (p05)"), ("p95", "high (p95)")) if has[k]]
        headers += [("total at low", True), ("total at high", True), ("swing", True)]
        rows = []
        for r in t:
            cells = [f"<td><code>{_esc(r.get('input'))}</code></td>"]
            if has["value"]:
                cells.append(f"<td>{_esc(r.get('value'))}</td>")
            cells += [_num_td(r.get(k)) for k in ("p05", "p95") if has[k]]
            cells += [_num_td(r.get("low"), fmt_mines), _num_td(r.get("high"), fmt_mines), _num_td(r.get("swing"), fmt_mines)]
            rows.append(cells)
        out.append(_table(headers, rows))
    if sens.get("sobol"):
        out.append("<h3>Sobol indices</h3><p class=\"note\">Share of the variance of total mines due to each input alone (S1) and with its interactions (ST).</p>")
    if "sobol" in charts:
        out.append(f'<figure><img alt="Sobol indices" src="{charts["sobol"]}"></figure>')
    if sens.get("sobol"):
        def idx(r: dict[str, Any], k: str) -> str:
            conf = r.get(f"{k}_conf")
            return f'<td class="n">{_esc(fmt_num(r.get(k)))}' + (f" \u00b1 {_esc(fmt_num(conf))}" if _is_num(conf) else "") + "</td>"

        rows = [[f"<td><code>{_esc(r.get('input'))}</code></td>", idx(r, "S1"), idx(r, "ST")] for r in sens["sobol"]]
        out.append(_table([("input", False), ("first order S1", True), ("total effect ST", True)], rows))
    rest = {k: v for k, v in sens.items() if k not in ("tornado", "sobol")}
    if rest:
        out.append(_block_html(rest))
    return "".join(out)


def _provenance_html(result: EstimateResult, sources: list[str]) -> str:
    doc = result.document
    prov = doc.get("provenance") or {}
    sc = doc.get("scenario") or {}
    kv: list[tuple[str, str]] = [
        ("scenario", _esc(sc.get("name"))),
        ("scenario file", _esc(sc.get("file") or "(built in code)")),
        ("scenario source", _linkify(sc.get("source") or "")),
        ("scenario sha256", f"<code>{_esc(prov.get('scenario_sha256') or sc.get('sha256'))}</code>"),
        ("method", _esc(prov.get("method"))),
        ("samples", _esc(fmt_num(prov.get("samples")) if prov.get("samples") else "none (point values)")),
        ("seed", _esc(prov.get("seed") if prov.get("seed") is not None else "n/a")),
        ("minebelt version", _esc(prov.get("minebelt_version") or __version__)),
        ("result schema", _esc(doc.get("schema"))),
    ]
    data = prov.get("data")
    if isinstance(data, dict):
        for k in ("source", "version", "license", "attribution", "overlap_rule", "km0_rule"):
            if data.get(k) is not None:
                kv.append((f"border data {k.replace('_', ' ')}", _linkify(data[k])))
        for k, v in data.items():
            if k not in ("source", "version", "license", "attribution", "overlap_rule", "km0_rule") and v is not None:
                kv.append((f"border data {k.replace('_', ' ')}", _linkify(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))))
    else:
        kv.append(("border data", "not used (every section length is stated)"))
    for k, v in prov.items():
        if k not in ("minebelt_version", "model_sources", "scenario_sha256", "samples", "seed", "method", "data"):
            kv.append((_label(k), _linkify(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))))
    table = '<table class="kv"><tbody>' + "".join(f"<tr><th>{_esc(k)}</th><td>{v}</td></tr>" for k, v in kv) + "</tbody></table>"
    srcs = '<ul class="src">' + "".join(f"<li>{_linkify(s)}</li>" for s in sources) + "</ul>" if sources else '<p class="note">No citation.</p>'
    return f"<h3>Provenance</h3>{table}<h3>Sources cited</h3>{srcs}"


def _headline(result: EstimateResult) -> str:
    t = result.totals
    cards = [
        ("main", fmt_mines(t.get("mines")), "mines in total", _dist_range(t.get("mines_dist"), fmt_mines)),
        ("", f"{fmt_num(t.get('area_km2'))} km\u00b2", "belt area", _dist_range(t.get("area_km2_dist"))),
        ("", f"{fmt_num(t.get('length_km'))} km", "front length", _dist_range(t.get("length_km_dist"))),
        ("", fmt_num(t.get("mines_per_km_front")), "mines per km of front", _dist_range(t.get("mines_per_km_front_dist"))),
        ("", f"{t.get('sections', len(result.sections))} / {t.get('countries', len(result.by_country))}", "sections / defending countries", ""),
    ]
    html_cards = "".join(
        f'<div class="card {cls}"><div class="v">{_esc(v)}</div><div class="l">{_esc(lab)}</div>'
        + (f'<div class="r">90 % interval {_esc(r)}</div>' if r else "")
        + "</div>"
        for cls, v, lab, r in cards
    )
    return f'<div class="cards">{html_cards}</div>'


def _legend_html(ctx: _GeoContext) -> str:
    items = "".join(f'<span><i style="background:{s.colour}"></i>{_esc(s.name)}</span>' for s in ctx.sections)
    items += '<span><i style="background:#222;height:2px"></i>land border</span>'
    items += '<span><i style="background:repeating-linear-gradient(90deg,#2b6cb0 0 5px,transparent 5px 8px);height:2px"></i>water border</span>'
    items += f'<span><i style="background:#222;width:7px;height:7px;border-radius:50%"></i>every {KM_MARKER_STEP:.0f} km along the border</span>'
    if ctx.places:
        items += '<span><i style="background:#6b2c91;width:7px;height:7px;border-radius:50%"></i>nearby places</span>'
    return f'<div class="legend">{items}</div>'


def _html(
    result: EstimateResult,
    ctx: _GeoContext | None,
    map_png: bytes,
    charts: dict[str, str],
    claims: dict | None,
    sensitivity: dict | None,
    skipped: dict[str, str],
) -> str:
    doc = result.document
    sc = doc.get("scenario") or {}
    title = str(sc.get("name") or "minebelt estimate")
    nav: list[tuple[str, str]] = [("figures", "Figures"), ("map", "Map"), ("tables", "Tables")]
    body: list[str] = []

    body.append(f'<section id="figures"><h2>Headline figures</h2>{_headline(result)}')
    if any(_dist_range(doc["totals"].get(f"{k}_dist")) for k in ("mines", "area_km2", "length_km", "mines_per_km_front")):
        body.append('<p class="note">Ranges are the 5th\u201395th percentiles of the Monte Carlo sample; the big numbers are point values (every input at its median).</p>')
    body.append("</section>")

    png_uri = "data:image/png;base64," + base64.b64encode(map_png).decode("ascii")
    body.append('<section id="map"><h2>Map</h2>')
    if ctx is not None:
        body.append(
            '<div class="mapbox">' + _svg_map(ctx, result)
            + '<div class="mapctl"><button id="zin" title="zoom in">+</button><button id="zout" title="zoom out">\u2212</button>'
            '<button id="zhome" title="whole view">\u2302</button></div>'
            f'<div class="attr">{_esc(ATTRIBUTION)}</div></div>'
            + _legend_html(ctx)
            + '<p class="note">Drag to pan, scroll or use the buttons to zoom; hover a belt, border or marker for its figures. '
            "Belts are drawn to scale (zoom in to see their width); the translucent band marks each front. "
            "Lambert azimuthal equal-area projection centred on the belts.</p>"
        )  # fmt: skip
        if ctx.stated:
            body.append(f'<p class="note">Not on the map (stated lengths, no geometry): {_esc(", ".join(ctx.stated))}.</p>')
        body.append(f'<h3>Static map</h3><figure><img alt="map of the belts" src="{png_uri}"><figcaption>The same map as <code>map.png</code> (A4, 200 dpi).</figcaption></figure>')
    else:
        body.append(
            '<p class="note">No map: every section length is stated in the scenario, so there is no border geometry to draw. '
            "The chart shows mines by section instead (also saved as <code>map.png</code>).</p>"
            f'<figure><img alt="mines by section" src="{png_uri}"></figure>'
        )
    body.append("</section>")

    body.append(f'<section id="tables"><h2>Sections</h2>{_sections_table(result)}<h3>By defending country</h3>{_countries_table(result)}')
    inp = _inputs_table(result)
    if inp:
        body.append(f"<h3>Inputs</h3>{inp}")
    body.append("</section>")

    if "distribution" in charts:
        nav.append(("uncertainty", "Uncertainty"))
        body.append(f'<section id="uncertainty"><h2>Uncertainty</h2><figure><img alt="distribution of the totals" src="{charts["distribution"]}"></figure></section>')

    if sensitivity:
        nav.append(("sensitivity", "Sensitivity"))
        body.append(f'<section id="sensitivity"><h2>Sensitivity</h2>{_sensitivity_html(sensitivity, charts)}</section>')

    for name in OPTIONAL_BLOCKS:
        block = doc.get(name)
        if block is None:
            continue
        nav.append((name, name.capitalize()))
        inner = ""
        if name == "calibration" and "calibration" in charts:
            inner += f'<figure><img alt="calibration chart" src="{charts["calibration"]}"></figure>'
        try:
            inner += _block_html(block)
        except Exception as e:  # never let an unexpected block shape break the report
            inner += f'<p class="note">(could not lay out this block: {_esc(e)}; see result.json)</p>'
        body.append(f'<section id="{name}"><h2>{_esc(name.capitalize())}</h2>{inner}</section>')

    if claims:
        nav.append(("factcheck", "Fact-check"))
        body.append(f'<section id="factcheck"><h2>Fact-check</h2>{_factcheck_html(claims)}</section>')

    sources: list[str] = []
    prov = doc.get("provenance") or {}
    _add_source(prov.get("model_sources"), sources)
    for name in OPTIONAL_BLOCKS:
        _collect_sources(doc.get(name), sources)
    if isinstance(prov.get("data"), dict):
        _add_source(prov["data"].get("source"), sources)
    if claims:
        _collect_sources({k: v for k, v in claims.items() if k != "claims"}, sources)
    nav.append(("sources", "Sources"))
    body.append(f'<section id="sources"><h2>Sources &amp; provenance</h2>{_provenance_html(result, sources)}')
    files = ["index.html", "map.png", "sections.csv", "countries.csv", "result.json", "manifest.json"]
    files += [f for f in ("belts.geojson", "belts.gpkg") if f not in skipped]
    body.append(f'<p class="note">Files of this report: {", ".join(f"<code>{f}</code>" for f in files)}.')
    if skipped:
        body.append(" Not written: " + "; ".join(f"<code>{_esc(k)}</code> ({_esc(v)})" for k, v in skipped.items()) + ".")
    body.append("</p></section>")

    navhtml = "".join(f'<a href="#{a}">{_esc(b)}</a>' for a, b in nav)
    src = sc.get("source")
    head_src = f"<p>Source: {_esc(src)}</p>" if src else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # no network: everything is inline; the policy makes the browser refuse any load
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_esc(title)} \u2014 minebelt report</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_esc(title)}</h1>{head_src}"
        f"<p>minebelt {_esc(__version__)} report \u00b7 strategic level only: km, km\u00b2, millions \u2014 no tactical layouts</p></header>"
        f"<nav>{navhtml}</nav><main>{''.join(body)}"
        f'<footer>Generated offline by minebelt {_esc(__version__)}. Border geometry {_esc(ATTRIBUTION)} where maps are shown. '
        f"Scenario sha256 <code>{_esc(sc.get('sha256'))}</code>.</footer></main>"
        f'<div id="tip"></div><script>{MAP_JS}</script></body></html>\n'
    )
