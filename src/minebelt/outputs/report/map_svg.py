"""The report's interactive map: SVG path data and label positions (output layer).

Layer: outputs.

:func:`svg_map` computes everything the ``_map.html.j2`` template draws: path data in km
(y flipped), tooltips, and labels laid out by the same placer as ``map.png``
(:func:`minebelt.outputs.report.labels.layout_map`) at the page's initial map size. Labels that do
not fit at that size are kept with ``zoom_only`` set: the page shows them when zoomed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import numpy as np

from ... import numbers as N
from ...i18n import current
from ...i18n import gettext as _
from . import local_words
from .fmt import fmt_num
from .geo import KM_MARKER_STEP, GeoContext, Section
from .labels import Label, is_far, layout_map

if TYPE_CHECKING:
    from ...pipeline.result import EstimateResult

#: Size (px) the interactive map is laid out for at its initial zoom (the page's map box).
SVG_LAYOUT_PX = (1180.0, 620.0)
#: Font size (px) and mean glyph width (em) per kind of label; the CSS uses the same sizes.
FONTS = {"section": (12.0, 0.62), "country": (12.0, 0.72), "place": (10.5, 0.58), "km": (10.0, 0.58)}


def svg_path(geom: Any, nd: int) -> str:
    """SVG path data of projected (multi)lines or polygons, in km with y flipped."""
    import shapely

    out = []
    for part in shapely.get_parts(geom):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            rings, close = [part.exterior, *part.interiors], True
        elif part.geom_type == "LineString":
            rings, close = [part], False
        elif part.geom_type in ("MultiPolygon", "MultiLineString", "GeometryCollection"):
            out.append(svg_path(part, nd))
            continue
        else:
            continue
        for r in rings:
            c = np.asarray(r.coords)[:, :2]
            if len(c) < 2:
                continue
            c = np.round(np.column_stack([c[:, 0] / 1000, -c[:, 1] / 1000]), nd)
            out.append("M" + " ".join(f"{x:g} {y:g}" for x, y in c) + ("Z" if close else ""))
    return "".join(out)


def _text(lab: Label, xm: float, ym: float) -> dict[str, Any]:
    """A label as SVG text attributes: anchor in km, offsets in em (constant on screen)."""
    size = FONTS[lab.kind][0]
    dx, dy = lab.placed or lab.offsets[0]
    va = "top" if dy > 0 else "bottom" if dy < 0 else "center"
    baseline = dy + {"top": 0.8, "bottom": -0.25, "center": 0.275}[va] * size
    anchor = "start" if dx > 0 else "end" if dx < 0 else "middle"
    return {
        "text": lab.text,
        "x": f"{xm / 1000:.2f}",
        "y": f"{-ym / 1000:.2f}",
        "dx": f"{dx / size:.2f}",
        "dy": f"{baseline / size:.2f}",
        "anchor": anchor,
        "zoom_only": lab.placed is None,
    }


def svg_map(ctx: GeoContext, result: EstimateResult) -> dict[str, Any]:
    """Everything the interactive map template draws (see the module docstring)."""
    import shapely

    x0, y0, x1, y1 = ctx.extent
    w, h = (x1 - x0) / 1000, (y1 - y0) / 1000
    tol_outline = max(w, h) / 2500 * 1000  # m
    defenders = {c for r in result.sections for c in str(r.get("country", "")).split("+")}

    scale = min(SVG_LAYOUT_PX[0] / w, SVG_LAYOUT_PX[1] / h)  # px per km at the initial view
    W, H = w * scale, h * scale

    def to_px(xm: float, ym: float) -> tuple[float, float]:
        return (xm / 1000 - x0 / 1000) * scale, (y1 / 1000 - ym / 1000) * scale

    def measure(text: str, kind: str) -> tuple[float, float]:
        size, em = FONTS[kind]
        return em * size * len(text), 1.05 * size

    obstacles = [(W - 50, 0, W, 120), (W - 270, H - 24, W, H)]  # zoom buttons, attribution
    labels = layout_map(ctx, to_px, (0, 0, W, H), obstacles, measure, px_per_km=scale)

    def xy_of(lab: Label) -> tuple[float, float]:
        return (x0 + lab.x / scale * 1000, y1 - lab.y / scale * 1000)

    sections = []
    for s in ctx.sections:
        belt = ""
        if s.belt is not None:
            belt = svg_path(shapely.simplify(s.belt, 40.0, preserve_topology=True), 2)  # 40 m keeps a 2 km belt's shape
        sections.append(
            {
                "tip": s.tip,
                "colour": s.colour,
                "band": "".join(svg_path(shapely.simplify(g, tol_outline / 2), 2) for _, g in s.pieces),
                "belt": belt,
                "land": "".join(svg_path(g, 2) for kind, g in s.pieces if kind != "water"),
                "water": "".join(svg_path(g, 2) for kind, g in s.pieces if kind == "water"),
            }
        )
    section_labels = []
    for lab in labels.sections:
        s = cast(Section, lab.key)  # a section's label carries its Section
        assert s.label_xy is not None  # only sections with a label point get a label (layout_map)
        t = _text(lab, *s.label_xy)
        t["colour"] = s.colour
        t["leader"] = None
        if lab.placed and is_far(*lab.placed, 14):
            ax, ay = s.label_xy
            bx, by = lab.box[0] if lab.placed[0] > 0 else lab.box[2], (lab.box[1] + lab.box[3]) / 2  # type: ignore[index]
            t["leader"] = (
                f"M{ax / 1000:.2f} {-ay / 1000:.2f}L{x0 / 1000 + bx / scale:.2f} {-(y1 / 1000 - by / scale):.2f}"
            )
        section_labels.append(t)

    return {
        "viewbox": f"{x0 / 1000:.1f} {-y1 / 1000:.1f} {w:.1f} {h:.1f}",
        "sea": {"x": f"{x0 / 1000 - w:.1f}", "y": f"{-y1 / 1000 - h:.1f}", "w": f"{3 * w:.1f}", "h": f"{3 * h:.1f}"},
        "countries": [
            {
                "d": d,
                "tip": name if current() == "en" else local_words.country(code, None),
                "defender": code in defenders,
            }
            for code, name, g in ctx.countries
            if (d := svg_path(shapely.simplify(g, tol_outline, preserve_topology=True), 1))
        ],
        "country_labels": [_text(lab, *xy_of(lab)) for lab in labels.countries],
        "sections": sections,
        "section_labels": section_labels,
        "km_dots": "".join(f"M{x / 1000:.2f} {-y / 1000:.2f}h0" for s in ctx.sections for x, y, _km, _p in s.markers),
        "km_markers": [
            {
                "d": f"M{x / 1000:.2f} {-y / 1000:.2f}h0",
                "tip": _("km %(km)s of the %(pair)s border") % {"km": N.count(km), "pair": pair}
                if pair != "line"
                else _("km %(km)s of the line") % {"km": N.count(km)},
            }
            for s in ctx.sections
            for x, y, km, pair in s.markers
        ],
        "km_labels": [_text(lab, *xy_of(lab)) for lab in labels.km],
        "km_step": labels.km_step,
        "marker_step": KM_MARKER_STEP,
        "places": [{"d": f"M{x / 1000:.2f} {-y / 1000:.2f}h0", "tip": tip} for x, y, tip, _n, _p in ctx.places],
        "place_labels": [_text(lab, *xy_of(lab)) for lab in labels.places],
        "legend": [{"colour": s.colour, "name": s.name} for s in ctx.sections],
        "stated": ctx.stated,
        "scale_note": f"1 px \u2248 {fmt_num(1 / scale)} km at the initial view",
    }
