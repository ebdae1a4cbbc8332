"""``map.png``: the static A4 map (matplotlib, output layer).

Layer: outputs.

A4 landscape at 200 dpi in the :class:`~minebelt.outputs.report.geo.GeoContext` projection: country
outlines, each section's front (land solid, water dashed) on a translucent band, its belt to
scale, 50-km markers, the largest places near the belts, a scale bar, a legend and the data
attribution. Labels are laid out by :func:`minebelt.outputs.report.labels.layout_map`, shared with
the inline SVG map. Without geometry, :func:`bars_png` draws mines by section instead.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from ... import numbers as N
from ..._version import __version__
from ...i18n import current
from ...i18n import gettext as _
from ..local_examples import scenario_name
from .credit import osm_notice
from .fmt import dist_range, fmt_mines, short
from .geo import KM_MARKER_STEP, PALETTE, GeoContext, Section
from .labels import is_far, layout_map
from .local_names import section_name

if TYPE_CHECKING:
    from ...pipeline.result import EstimateResult

ATTRIBUTION = "\u00a9 OpenStreetMap contributors, ODbL"
DPI = 200


def footer() -> str:
    """The map's footer line in the reader's language."""
    return f"minebelt {__version__} \u00b7 " + _("strategic estimate: km, km², millions — no tactical layout")


def figure(figsize: tuple[float, float], dpi: int) -> Any:
    """A matplotlib Figure on its own Agg canvas: no pyplot, no global backend state, safe in
    threads and notebooks."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def png_bytes(fig: Any, dpi: int = DPI) -> bytes:
    """The figure as PNG bytes (no software/date metadata: deterministic)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def nice_length(target_km: float) -> float:
    """The largest 1, 2 or 5 x 10^n km not above ``target_km``."""
    exp = 10 ** math.floor(math.log10(max(target_km, 1e-9)))
    return max(m * exp for m in (1, 2, 5) if m * exp <= target_km * (1 + 1e-9))


def poly_paths(geom: Any) -> list[Any]:
    """matplotlib Paths of a projected (multi)polygon, holes included."""
    import shapely
    from matplotlib.path import Path as MPath

    paths = []
    for poly in shapely.get_parts(geom):
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        verts, codes = [], []
        for r in [poly.exterior, *poly.interiors]:
            c = np.asarray(r.coords)
            if len(c) < 3:
                continue
            verts.append(c)
            codes += [MPath.MOVETO] + [MPath.LINETO] * (len(c) - 2) + [MPath.CLOSEPOLY]
        if verts:
            paths.append(MPath(np.concatenate(verts), codes))
    return paths


def line_coords(geom: Any) -> list[np.ndarray]:
    import shapely

    return [
        shapely.get_coordinates(p)
        for p in shapely.get_parts(geom)
        if p.geom_type == "LineString" and len(p.coords) >= 2
    ]


def _map_title(doc: dict[str, Any]) -> str:
    """The map's title: the scenario's name in the reader's words (a bundled example's is translated)."""
    return scenario_name(str((doc.get("scenario") or {}).get("name") or "")) or _("minebelt estimate")


def map_png(ctx: GeoContext, result: EstimateResult) -> bytes:
    """The static map of ``ctx`` as PNG bytes."""
    import matplotlib.patheffects as pe
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.font_manager import FontProperties
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, PathPatch, Rectangle

    doc = result.document
    x0, y0, x1, y1 = ctx.extent
    fig = figure((11.7, 8.3), DPI)
    ax = fig.add_axes([0.03, 0.07, 0.94, 0.83])
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_facecolor("#dbe9f4")  # sea / outside every outline
    ax.set_xticks([])
    ax.set_yticks([])
    halo = [pe.withStroke(linewidth=2.5, foreground="white")]
    thin = [pe.withStroke(linewidth=1.6, foreground="white")]

    defenders = {c for r in result.sections for c in str(r.get("country", "")).split("+")}
    for code, _name, g in ctx.countries:
        for p in poly_paths(g):
            ax.add_patch(
                PathPatch(
                    p,
                    facecolor="#fbf7ef" if code in defenders else "#efece6",
                    edgecolor="#8a8a8a",
                    linewidth=0.5,
                    zorder=1,
                )
            )
    handles: list[Any] = []
    for s in ctx.sections:
        land = [c for kind, g in s.pieces if kind != "water" for c in line_coords(g)]
        water = [c for kind, g in s.pieces if kind == "water" for c in line_coords(g)]
        # a broad translucent band marks the front at any zoom; the real belt sits on it
        ax.add_collection(
            LineCollection(land + water, colors=s.colour, linewidths=5.0, alpha=0.3, zorder=3, capstyle="round")
        )
        ax.add_collection(LineCollection(land, colors="#222222", linewidths=0.8, zorder=5))
        ax.add_collection(LineCollection(water, colors="#2b6cb0", linewidths=0.9, linestyles=(0, (3, 2)), zorder=5))
        if s.belt is not None:
            ax.add_collection(
                PathCollection(poly_paths(s.belt), facecolor=s.colour, edgecolor=s.colour, linewidths=0.4, zorder=4)
            )
        handles.append(Patch(facecolor=s.colour, edgecolor=s.colour, label=short(s.name, 42)))
    for s in ctx.sections:
        if s.markers:
            ax.scatter(
                [m[0] for m in s.markers],
                [m[1] for m in s.markers],
                s=6,
                c="white",
                edgecolors="#222222",
                linewidths=0.5,
                zorder=6,
            )
    if ctx.places:
        ax.scatter([p[0] for p in ctx.places], [p[1] for p in ctx.places], s=5, c="#6b2c91", zorder=6, linewidths=0)

    # scale bar (true scale at the centre of the equal-area projection)
    width_km = (x1 - x0) / 1000
    bar = nice_length(width_km / 5)
    bx, by = x0 + 0.03 * (x1 - x0), y0 + 0.04 * (y1 - y0)
    ax.add_patch(Rectangle((bx, by), bar * 500, (y1 - y0) * 0.006, facecolor="black", zorder=9))
    ax.add_patch(
        Rectangle(
            (bx + bar * 500, by),
            bar * 500,
            (y1 - y0) * 0.006,
            facecolor="white",
            edgecolor="black",
            linewidth=0.6,
            zorder=9,
        )
    )
    zero = ax.text(bx, by + (y1 - y0) * 0.012, "0", fontsize=7, ha="center", va="bottom", zorder=9, path_effects=halo)
    scale_label = ax.text(
        bx + bar * 1000,
        by + (y1 - y0) * 0.012,
        f"{N.count(bar)} km",  # the reader's separators, as every figure
        fontsize=7,
        ha="center",
        va="bottom",
        zorder=9,
        path_effects=halo,
    )

    handles += [
        Line2D([], [], color="#222222", linewidth=1, label=_("land border")),
        Line2D([], [], color="#2b6cb0", linewidth=1, linestyle=(0, (3, 2)), label=_("water border (river, lake)")),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            markersize=3.5,
            markerfacecolor="white",
            markeredgecolor="#222222",
            label=_("every %(step)s km along each border") % {"step": f"{KM_MARKER_STEP:.0f}"},
        ),
    ]
    if ctx.places:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=3,
                color="#6b2c91",
                label=_("largest places near the belts"),
            )
        )
    leg = ax.legend(
        handles=handles,
        loc="upper left",
        fontsize=6.5,
        framealpha=0.92,
        title=_("Belts (filled) and fronts"),
        title_fontsize=7,
    )
    leg.set_zorder(10)
    attr = ax.text(0.995, 0.005, osm_notice(ATTRIBUTION), transform=ax.transAxes, fontsize=7, ha="right", va="bottom", zorder=11,
                   bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none", "pad": 1.5})  # fmt: skip

    # labels: one layout in figure pixels (y down), shared with the SVG map
    renderer = fig.canvas.get_renderer()
    height = fig.bbox.height

    def flip(bb: Any) -> tuple[float, float, float, float]:
        return (bb.x0, height - bb.y1, bb.x1, height - bb.y0)

    def to_px(xm: float, ym: float) -> tuple[float, float]:
        X, Y = ax.transData.transform((xm, ym))
        return float(X), float(height - Y)

    weights = {"section": "bold", "country": "bold", "place": "normal", "km": "normal"}
    sizes = {"section": 7.0, "country": 8.0, "place": 5.5, "km": 5.5}

    def measure(text: str, kind: str) -> tuple[float, float]:
        fp = FontProperties(size=sizes[kind], weight=weights[kind])
        w, h, _d = renderer.get_text_width_height_descent(text, fp, ismath=False)
        return float(w), float(h)

    pt = DPI / 72.0
    frame = flip(ax.get_window_extent(renderer))
    obstacles = [flip(o.get_window_extent(renderer)) for o in (leg, attr, scale_label, zero)]
    labels = layout_map(ctx, to_px, frame, obstacles, measure, px_per_km=(frame[2] - frame[0]) / width_km, scale=pt)

    xy_of = {s.name: s.label_xy for s in ctx.sections}
    for lab in labels.all():
        if lab.placed is None:
            continue
        dx, dy = lab.placed
        xy = ax.transData.inverted().transform((lab.x, height - lab.y))
        kw: dict[str, Any] = {
            "fontsize": sizes[lab.kind],
            "fontweight": weights[lab.kind],
            "ha": lab.ha,
            "va": lab.va,
            "annotation_clip": False,
        }
        if lab.kind == "section":
            s = cast(Section, lab.key)  # a section's label carries its Section
            assert xy_of.get(s.name) is not None
            far = is_far(dx, dy, 14 * pt)
            arrow = (
                {"arrowstyle": "-", "color": s.colour, "linewidth": 0.6, "shrinkA": 0, "shrinkB": 1.5} if far else None
            )
            kw.update(color=s.colour, zorder=8, path_effects=halo, arrowprops=arrow)
        elif lab.kind == "country":
            kw.update(color="#6e6e6e", zorder=2, path_effects=halo, alpha=0.9)
        elif lab.kind == "place":
            kw.update(color="#6b2c91", zorder=7, path_effects=thin)
        else:
            kw.update(color="#333333", zorder=7, path_effects=thin)
        ax.annotate(lab.text, tuple(xy), xytext=(dx / pt, -dy / pt), textcoords="offset points", **kw)

    t = doc["totals"]
    fig.text(
        0.03,
        0.955,
        _map_title(doc),
        fontsize=14,
        fontweight="bold",
        va="center",
    )
    # the map's headline: three significant figures, as the report's summary
    rng = N.dist(t.get("mines_dist"), 3, words=True)
    sub = (
        _("%(mines)s mines") % {"mines": N.sig(t.get("mines"), 3, words=True, missing="n/a")} + (" (" + _("90 %%: %(range)s") % {"range": rng} + ")" if rng else "")
        + "  \u00b7  " + _("%(area)s km² of belt") % {"area": N.sig(t.get("area_km2"), 3, missing="n/a")}
        + "  \u00b7  " + front_words(doc)
    )  # fmt: skip
    fig.text(0.03, 0.918, sub, fontsize=10, va="center", color="#333333")
    foot = _("Lambert azimuthal equal-area projection centred on %(lat)s°N %(lon)s°E. Belt widths drawn to scale; the translucent band marks the front. Numbers: km along each border from its own km 0 (north or west end), every %(step)s km.") % {
        "lat": f"{ctx.lat0:.1f}".replace(".", N.SYMBOLS[current()][1]), "lon": f"{ctx.lon0:.1f}".replace(".", N.SYMBOLS[current()][1]), "step": f"{labels.km_step:.0f}"}  # fmt: skip
    if ctx.stated:
        foot += " " + _("Not mapped (stated lengths): %(sections)s.") % {"sections": ", ".join(ctx.stated)}
    fig.text(0.03, 0.045, foot, fontsize=6.5, color="#555555", va="center", wrap=True)
    fig.text(0.03, 0.02, footer(), fontsize=6.5, color="#555555", va="center")
    return png_bytes(fig)


def front_words(doc: dict[str, Any]) -> str:
    """``5 820 km of land front``: the km the belt is laid behind (``totals.belt_front_km``),
    in the headline's words; the border's length only when no front is recorded."""
    t = doc.get("totals") or {}
    front, length = t.get("belt_front_km"), t.get("length_km")
    km = front if front is not None else length
    secs = [r for r in doc.get("sections") or [] if isinstance(r, dict)]
    land = front is not None and length is not None and abs(float(front) - float(length)) > 0.5
    if land and any(r.get("along_water") == "skip" for r in secs):
        return _("%(km)s km of land front") % {"km": N.sig(km, 3, missing="n/a")}
    return _("%(length)s km of front") % {"length": N.sig(km, 3, missing="n/a")}


def bars_png(result: EstimateResult) -> bytes:
    """No geometry: a bar chart of mines by section (PNG bytes), saying why."""
    doc = result.document
    rows = result.sections
    names = [short(section_name(r), 48) for r in rows][::-1]
    vals = [(r.get("mines") or 0.0) / 1e6 for r in rows][::-1]
    fig = figure((11.7, 8.3), DPI)
    ax = fig.add_axes([0.32, 0.14, 0.62, 0.72])
    bars = ax.barh(names, vals, color=[PALETTE[i % len(PALETTE)] for i in range(len(rows))][::-1])
    errs = [r.get("mines_dist") for r in rows][::-1]
    for b, d, v in zip(bars, errs, vals, strict=True):
        if d is not None and dist_range(d):
            ax.plot(
                [d["p05"] / 1e6, d["p95"] / 1e6], [b.get_y() + b.get_height() / 2] * 2, color="black", linewidth=1.2
            )
        ax.text(v, b.get_y() + b.get_height() / 2, f"  {fmt_mines(v * 1e6)}", va="center", fontsize=9)
    ax.set_xlabel(_("mines (millions)"))
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlim(0, max(vals + [1e-9]) * 1.18)
    fig.text(0.03, 0.95, _map_title(doc), fontsize=14, fontweight="bold", va="center")
    t = doc["totals"]
    fig.text(
        0.03,
        0.915,
        _("%(mines)s mines") % {"mines": N.sig(t.get("mines"), 3, words=True, missing="n/a")}
        + "  \u00b7  "
        + _("%(area)s km² of belt") % {"area": N.sig(t.get("area_km2"), 3, missing="n/a")}
        + "  \u00b7  "
        + front_words(doc),
        fontsize=10,
        va="center",
    )
    no_map = _(
        "No map: every section length is stated in the scenario (no measured border geometry), so this shows mines by section instead."
    )
    fig.text(0.03, 0.05, no_map, fontsize=8.5, color="#555555", va="center")  # fmt: skip
    fig.text(0.03, 0.025, footer(), fontsize=6.5, color="#555555", va="center")
    return png_bytes(fig)
