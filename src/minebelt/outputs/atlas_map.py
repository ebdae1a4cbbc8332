"""The atlas's world map: a choropleth of mines per border side, A4 landscape PNG (matplotlib).

Layer: outputs.

Drawn offline from the bundled country outlines and border lines
(:func:`minebelt.data.borders.outlines`, :func:`minebelt.data.borders.segment_lines`) in the
Equal Earth projection (EPSG:8857, equal-area). A 2 km belt is far below a pixel at world
scale, so each side is drawn as a band (:data:`BAND_FRACTION` of the map's width) along its land border, inside the
defender's outline, coloured by that side's mines under the atlas's density model in classes
(:data:`CLASSES`); the two sides of a border sit back to back and can differ. Water borders
are drawn as thin blue lines (no belt behind them). A panel lists the largest sides. A4
landscape at 200 dpi: every text 6.5 pt or more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .. import numbers as N
from .._version import __version__
from ..i18n import current
from ..i18n import gettext as _
from .report.credit import attribution
from .report.map_png import figure, png_bytes, poly_paths

if TYPE_CHECKING:
    from ..pipeline.atlas_result import Atlas

DPI = 200
A4_LANDSCAPE_IN = (11.69, 8.27)
#: Width of each side's band on the map: the map's width / this (about 0.5 mm at A4; 67 km on
#: the world map).
BAND_FRACTION = 500.0
#: Classes of mines per side (lower bounds), and their colours (light to dark).
CLASSES = (0.0, 1e5, 1e6, 5e6, 1e7, 2.5e7, 5e7, 1e8)
COLOURS = ("#fff5d6", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#5c1f02")
PROJECTION = "EPSG:8857"  # Equal Earth (Šavrič, Patterson & Jenny 2018)
#: Latitudes drawn (Antarctica has no land border).
LAT_RANGE = (-58.0, 84.0)


def _mines_label(x: float) -> str:
    from ..numbers import num

    return num(x, scale=True)


def _class_of(mines: float) -> int:
    return int(np.searchsorted(CLASSES, mines, side="right")) - 1


def _project(geoms: Any, tr: Any) -> Any:
    import shapely

    return shapely.transform(geoms, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))


def _side_lines(rows: list[dict[str, Any]], model: str, tr: Any) -> list[tuple[int, str, Any]]:
    """(class, defender, projected land border line) of every side with mines."""
    import shapely

    from ..data.borders import segment_lines

    cols, lines = segment_lines()
    a, b, kind = (np.asarray(cols[k]).astype(str) for k in ("a", "b", "kind"))
    out = []
    for r in rows:
        mines = r["mines"][model]
        if not mines or mines <= 0:
            continue
        d, n = r["defender"], r["neighbour"]
        sel = (kind == "land") & (((a == d) & (b == n)) | ((a == n) & (b == d)))
        if sel.any():
            out.append((_class_of(mines), d, _project(shapely.union_all(lines[sel]), tr)))
    return out


def _bands(sides: list[tuple[int, str, Any]], band_m: float, tr: Any) -> list[tuple[int, Any]]:
    """(class, projected band polygon): each side's line buffered by ``band_m`` inside its
    defender's outline."""
    import shapely

    from ..data.borders import outlines

    codes, shapes = outlines()
    codes = np.asarray(codes).astype(str)
    outline_of: dict[str, Any] = {}
    out = []
    for k, d, line in sides:
        if d not in outline_of:
            outline_of[d] = _project(shapely.union_all(shapes[codes == d]), tr) if (codes == d).any() else None
        if outline_of[d] is None:
            continue
        simple = shapely.simplify(line, band_m / 25.0)
        band = shapely.intersection(shapely.buffer(simple, band_m, quad_segs=2), outline_of[d])
        if not band.is_empty:
            out.append((k, band))
    return out


#: Where the map is drawn in the figure (left, bottom, width, height): the Equal Earth world
#: (about 2.05 : 1) fills the width of the page between the title and the footer.
AXES = (0.01, 0.11, 0.98, 0.75)


def _fit(
    bounds: tuple[float, float, float, float], world: tuple[float, float, float, float]
) -> tuple[float, float, float, float]:
    """``bounds`` with a margin, widened to the axes' shape and kept inside ``world``."""
    x0, y0, x1, y1 = bounds
    w, h = max(x1 - x0, 300_000.0), max(y1 - y0, 300_000.0)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, h = w * 1.3, h * 1.3
    aspect = (AXES[2] * A4_LANDSCAPE_IN[0]) / (AXES[3] * A4_LANDSCAPE_IN[1])
    w, h = max(w, h * aspect), max(h, w / aspect)
    return (max(cx - w / 2, world[0]), max(cy - h / 2, world[1]), min(cx + w / 2, world[2]), min(cy + h / 2, world[3]))


def _where(result: Atlas) -> str:
    from ..data.iso import country_name
    from .atlas_view import short_name

    codes = result.options.countries
    if not codes:
        return _("every land border")
    names = [short_name(c, country_name(c)) for c in codes]
    if current() == "en":
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    else:
        from babel.lists import format_list

        listed = format_list(names, locale=current())
    return _("the land borders of %(countries)s") % {"countries": listed}


def _top_lines(rows: list[dict[str, Any]], model: str) -> str:
    """The panel of the ten largest sides: ``EST side of EST–RUS: 2.39 M`` in English; a side as
    ``defender > neighbour`` in the other languages (no possessive to decline)."""
    top = sorted(rows, key=lambda r: -r["mines"][model])[:10]
    if current() == "en":
        lines = [f"{i + 1:>2}. {r['defender']} side of {r['defender']}\u2013{r['neighbour']}: {_mines_label(r['mines'][model])}"
                 for i, r in enumerate(top)]  # fmt: skip
        return "Largest sides\n" + "\n".join(lines)
    lines = [
        f"{i + 1:>2}. {r['defender']} > {r['neighbour']}: {_mines_label(r['mines'][model])}" for i, r in enumerate(top)
    ]
    return _("Largest sides (defender > neighbour)") + "\n" + "\n".join(lines)


def map_words(result: Atlas, band_m: float) -> dict[str, Any]:
    """Every text of the map in the reader's language: ``title``, ``headline``, ``density``,
    ``legend`` (its title), ``classes`` (one label per class of :data:`CLASSES`), ``water``,
    ``largest`` (the panel), ``footer`` and ``credit``; numbers in the reader's locale. The
    borders' licence attribution (ODbL) is kept in its own words, introduced in the reader's."""
    from ..data.borders import data_info
    from ..model.densities import DENSITY_MODELS
    from .atlas_view import headline, model_text
    from .terminal.atlas import curves_note
    from .views import model_label

    m = DENSITY_MODELS[result.model]
    classes = [f"{_mines_label(lo)}\u2013{_mines_label(hi)}" for lo, hi in zip(CLASSES, CLASSES[1:], strict=False)]
    classes.append(_("%(mines)s or more") % {"mines": _mines_label(CLASSES[-1])})
    info = data_info()
    return {
        "title": _("Mines per border side: a %(depth)s km belt behind %(where)s")
        % {"depth": N.num(result.depth_km, scale=False), "where": _where(result)},
        "headline": headline(result),
        "density": _("Density: %(model)s. Each side is drawn as a band of %(band)s km inside the defender's outline (not to scale); rivers and lakes carry no belt.")
        % {"model": model_text(m), "band": N.count(round(band_m / 1000))},
        "legend": _("Mines per side (%(model)s)") % {"model": model_label(m.name)},
        "classes": classes,
        "water": _("water border: no belt (skipped)"),
        "largest": _top_lines(result.all_rows or result.rows, result.model),
        "footer": _("Equal Earth projection. Borders: %(attribution)s. Data version %(version)s; %(curves)s.")
        % {"attribution": attribution(info["attribution"]), "version": info["version"], "curves": curves_note(result)},
        "credit": _("minebelt %(version)s \u00b7 strategic estimate: km, km\u00b2, millions \u2014 no tactical layout")
        % {"version": __version__},
    }  # fmt: skip


def _fit_width(fig: Any, text: Any, right: float, smallest: float = 8.0) -> None:
    """Shrink ``text``'s font until it ends left of ``right`` (a fraction of the figure's width):
    a title naming six countries in a long language runs off the page at its full size."""
    renderer = fig.canvas.get_renderer()
    limit = right * fig.bbox.width
    while text.get_window_extent(renderer).x1 > limit and text.get_fontsize() > smallest:
        text.set_fontsize(text.get_fontsize() - 0.5)


def atlas_png(result: Atlas) -> bytes:
    """The world map of ``result`` (every side, whatever ``top``) as PNG bytes: A4 landscape, 200 dpi."""
    import shapely
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.patches import Patch
    from pyproj import Transformer

    from ..data.borders import outlines, segment_lines

    tr = Transformer.from_crs("EPSG:4326", PROJECTION, always_xy=True)
    model = result.model
    rows = result.all_rows or result.rows
    fig = figure(A4_LANDSCAPE_IN, DPI)
    ax = fig.add_axes(AXES)
    ax.set_aspect("equal")
    ax.set_anchor("N")  # the map right under the title; what the page's shape leaves goes below
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_visible(False)
    box = shapely.box(-180.0, LAT_RANGE[0], 180.0, LAT_RANGE[1])
    codes, shapes = outlines()
    world = _project(shapely.intersection(shapely.segmentize(np.asarray(shapes), 1.0), box), tr)
    ax.add_collection(
        PathCollection(
            [p for g in world for p in poly_paths(g)],
            facecolor="#eeece7",
            edgecolor="#a6a6a6",
            linewidths=0.25,
            zorder=1,
        )
    )
    sides = _side_lines(rows, model, tr)
    extent = _project(box.segmentize(1.0), tr).bounds
    if result.options.countries and sides:
        extent = _fit(shapely.union_all([g for _, _, g in sides]).bounds, extent)
    band_m = (extent[2] - extent[0]) / BAND_FRACTION
    bands = _bands(sides, band_m, tr)
    ax.set_xlim(extent[0], extent[2])
    ax.set_ylim(extent[1], extent[3])
    by_class: dict[int, list[Any]] = {}
    for k, band in bands:
        by_class.setdefault(k, []).extend(poly_paths(band))
    for k, paths in sorted(by_class.items()):
        ax.add_collection(PathCollection(paths, facecolor=COLOURS[k], edgecolor="none", zorder=2 + k * 0.01))
    cols, lines = segment_lines()
    kinds = np.asarray(cols["kind"]).astype(str)
    for kind, colour, width in (("land", "#3a3a3a", 0.3), ("water", "#2b6cb0", 0.45)):
        segs = [
            np.asarray(c)
            for g in _project(lines[kinds == kind], tr)
            for c in (shapely.get_coordinates(p) for p in shapely.get_parts(g))
        ]
        ax.add_collection(LineCollection(segs, colors=colour, linewidths=width, zorder=3))

    w = map_words(result, band_m)
    handles = [Patch(facecolor=COLOURS[k], edgecolor="#888888", linewidth=0.3, label=label) for k, label in enumerate(w["classes"])]  # fmt: skip
    handles.append(Patch(facecolor="none", edgecolor="#2b6cb0", label=w["water"]))
    leg = ax.legend(handles=handles, loc="lower left", fontsize=7, title=w["legend"], title_fontsize=7.5,
                    framealpha=0.95, borderpad=0.6)  # fmt: skip
    leg.set_zorder(10)
    ax.text(0.995, 0.02, w["largest"], transform=ax.transAxes, ha="right", va="bottom", fontsize=7, family="DejaVu Sans Mono",
            zorder=10, bbox={"facecolor": "white", "alpha": 0.95, "edgecolor": "#bbbbbb", "pad": 4})  # fmt: skip
    _fit_width(fig, fig.text(0.02, 0.95, w["title"], fontsize=15, fontweight="bold", va="center"), 0.96)
    fig.text(0.02, 0.905, w["headline"], fontsize=9, va="center", color="#333333", wrap=True)
    fig.text(0.02, 0.875, w["density"], fontsize=7.5, va="center", color="#444444")
    fig.text(0.02, 0.065, w["footer"], fontsize=6.5, color="#555555", va="center", wrap=True)
    fig.text(0.02, 0.035, w["credit"], fontsize=6.5, color="#555555", va="center")
    return png_bytes(fig, DPI)
