"""What both maps draw, projected once (output layer).

Layer: outputs.

:func:`geo_context` turns an estimate's belts and fronts into a :class:`GeoContext` in a
Lambert azimuthal equal-area projection centred on the belts (metres): section belts and
front pieces (land / water), 50-km markers counted from each border's km-0 point, country
outlines clipped to the view, and the populated places listed in the exposure block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ...errors import InputError
from ...i18n import gettext as _
from ...i18n import pgettext
from .fmt import dist_range, fmt_mines, fmt_num, is_num
from .local_names import place, section_name

if TYPE_CHECKING:
    from ...pipeline.result import EstimateResult

#: Markers (dots) along every border, km.
KM_MARKER_STEP = 50.0
#: One colour per section, in order.
PALETTE = (
    "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e",
    "#8c564b", "#e377c2", "#17becf", "#b5a300", "#3f4fa8",
    "#7a9a01", "#ad494a", "#00897b", "#c2185b", "#6d4c41",
)  # fmt: skip


@dataclass
class Section:
    index: int
    name: str
    colour: str
    belt: Any  # projected (m) or None
    pieces: list[tuple[str, Any]] = field(default_factory=list)  # (kind, projected line)
    markers: list[tuple[float, float, float, str]] = field(default_factory=list)  # x, y, km, pair
    label_xy: tuple[float, float] | None = None
    tip: str = ""


@dataclass
class GeoContext:
    lon0: float
    lat0: float
    extent: tuple[float, float, float, float]  # xmin, ymin, xmax, ymax (m)
    countries: list[tuple[str, str, Any]]  # iso3, name, projected geometry (clipped to view)
    sections: list[Section]
    places: list[tuple[float, float, str, str, float]]  # x, y, tooltip, name, population
    stated: list[str]  # names of sections without geometry


def _transformer(lon0: float, lat0: float):
    from ...geo.projection import local_projection

    return local_projection("laea", round(lon0, 4), round(lat0, 4))


def _project(geom: Any, tr: Any) -> Any:
    from ...geo.projection import to_local

    return to_local(geom, tr)


def _pair_pieces(
    pair: str, lo: float | None, hi: float | None
) -> tuple[list[tuple[str, np.ndarray]], list[tuple[float, float, float]]]:
    """The land/water pieces (lon/lat) of one border between km ``lo`` and ``hi``, and the
    50-km markers (lon, lat, km) on it, km counted from the border's km-0 point."""
    from ...data.borders import pair_segments
    from ...geo.front import segment_km, substring_km

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

    from ...geo.measure import vertex_km

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
    """A section's tooltip on the page's map, one fact a line, in the reader's words (the
    countries as ISO codes, as the km markers name their border)."""
    lines = [section_name(row)]
    border = row.get("border") or pgettext("map tooltip", "line")
    lines.append(f"{row.get('country', '')} \u2192 {border}")
    if row.get("length_km") is not None:
        kw = {"length": fmt_num(row["length_km"])}
        if row.get("water_km"):
            kw |= {"land": fmt_num(row.get("land_km")), "water": fmt_num(row.get("water_km"))}
            lines.append(_("length %(length)s km (%(land)s land, %(water)s water)") % kw)
        else:
            lines.append(_("length %(length)s km") % kw)
    if row.get("area_km2") is not None:
        lines.append(
            _("belt %(area)s km\u00b2 at %(depth)s km deep")
            % {"area": fmt_num(row["area_km2"]), "depth": fmt_num(row.get("depth_km"))}
        )
    rng = dist_range(row.get("mines_dist"), fmt_mines)
    mines = fmt_mines(row.get("mines"))
    lines.append(
        _("mines %(mines)s (90 %%: %(range)s)") % {"mines": mines, "range": rng}
        if rng
        else _("mines %(mines)s") % {"mines": mines}
    )
    if row.get("mines_per_km_front") is not None:
        lines.append(_("%(n)s mines per km of front") % {"n": fmt_num(row["mines_per_km_front"])})
    return "\n".join(lines)


def _find_places(node: Any, found: list[dict[str, Any]], under_places: bool = False) -> None:
    """Collect every ``{lon, lat, ...}`` item listed under a key naming places (``nearest_places``)."""
    if isinstance(node, dict):
        if under_places and is_num(node.get("lon")) and is_num(node.get("lat")):
            found.append(node)
            return
        for k, v in node.items():
            _find_places(v, found, under_places or "place" in str(k).lower())
    elif isinstance(node, list):
        for v in node:
            _find_places(v, found, under_places)


def _place_tip(p: dict[str, Any]) -> str:
    """A populated place's tooltip on the page's map: its name (and country code), its
    population, its distance from the belt, in the reader's words."""
    name = place(p) or p.get("place") or pgettext("map tooltip", "place")
    bits = [str(name)]
    if p.get("country"):
        bits[0] += f" ({p['country']})"
    if is_num(p.get("population")):
        bits.append(_("population %(n)s") % {"n": fmt_num(p["population"])})
    for k in ("distance_km", "distance_to_belt_km", "km_to_belt"):
        if is_num(p.get(k)):
            bits.append(_("%(km)s km from the belt") % {"km": fmt_num(p[k])})
            break
    return "\n".join(bits)


def geo_context(result: EstimateResult) -> GeoContext | None:
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

    sections: list[Section] = []
    stated: list[str] = []
    k = 0
    for i, row in enumerate(rows):
        belt, line = belts[i], lines[i]
        if belt is None and line is None:
            stated.append(section_name(row))
            continue
        sec = Section(
            index=i, name=section_name(row), colour=PALETTE[k % len(PALETTE)], belt=None, tip=_section_tip(row)
        )
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
    bx0, by0, bx1, by1 = (
        shapely.union_all([shapely.envelope(g) for g in drawn]).bounds if drawn else (-1e5, -1e5, 1e5, 1e5)
    )
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
        from ...data.borders import outlines
        from ...data.iso import country_name

        codes, outl = outlines()
        # generous lon/lat window around the view, then clip exactly in the projection
        # wide enough for a page map box wider than the A4 map (up to 2:1)
        wide = (extent[0] - 0.3 * w, extent[1] - 0.05 * h, extent[2] + 0.3 * w, extent[3] + 0.05 * h)
        inv_pts = _inverse_box(wide, lon0, lat0)
        win = shapely.box(*inv_pts)
        view = shapely.box(*wide)
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
            pop = float(p["population"]) if is_num(p.get("population")) else 0.0
            places.append((float(x), float(y), _place_tip(p), place(p), pop))
    return GeoContext(
        lon0=lon0, lat0=lat0, extent=extent, countries=countries, sections=sections, places=places, stated=stated
    )


def _inverse_box(
    extent: tuple[float, float, float, float], lon0: float, lat0: float
) -> tuple[float, float, float, float]:
    """A lon/lat box covering the projected ``extent`` (sampled along its edges), with margin."""
    tr = _transformer(lon0, lat0)
    x0, y0, x1, y1 = extent
    t = np.linspace(0, 1, 21)
    xs = np.concatenate([x0 + (x1 - x0) * t, np.full(21, x1), x0 + (x1 - x0) * t, np.full(21, x0)])
    ys = np.concatenate([np.full(21, y0), y0 + (y1 - y0) * t, np.full(21, y1), y0 + (y1 - y0) * t])
    lon, lat = tr.transform(xs, ys, direction="INVERSE")
    m = 1.0
    return (
        max(-180.0, float(np.min(lon)) - m),
        max(-90.0, float(np.min(lat)) - m),
        min(180.0, float(np.max(lon)) + m),
        min(90.0, float(np.max(lat)) + m),
    )


def country_anchors(
    ctx: GeoContext, margin: float = 0.03, min_share: float = 0.0015
) -> list[tuple[str, str, float, float, float]]:
    """Where to write each country's name: ``(code, name, x, y, area share)``, largest first.

    The point is the pole of inaccessibility (shapely ``polylabel``) of the country's largest
    part inside the view less a margin, so the name sits well inside the outline; countries
    showing less than ``min_share`` of the view get no name.
    """
    import shapely
    from shapely.ops import polylabel

    x0, y0, x1, y1 = ctx.extent
    w, h = x1 - x0, y1 - y0
    view = shapely.box(x0 + margin * w, y0 + margin * h, x1 - margin * w, y1 - margin * h)
    out = []
    for code, name, g in ctx.countries:
        inner = shapely.intersection(g, view)
        if inner.is_empty:
            continue
        share = inner.area / (w * h)
        if share < min_share:
            continue
        parts = [p for p in shapely.get_parts(inner) if p.geom_type == "Polygon"]
        if not parts:
            continue
        big = max(parts, key=lambda p: p.area)
        try:
            pt = polylabel(big, tolerance=max(w, h) / 500)
        except Exception:  # degenerate polygon: any interior point will do
            pt = big.representative_point()
        out.append((code, name, float(pt.x), float(pt.y), float(share)))
    out.sort(key=lambda c: -c[4])
    return out
