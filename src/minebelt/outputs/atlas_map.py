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

from .._version import __version__
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
        return "every land border"
    names = [short_name(c, country_name(c)) for c in codes]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"the land borders of {listed}"


def atlas_png(result: Atlas) -> bytes:
    """The world map of ``result`` (every side, whatever ``top``) as PNG bytes: A4 landscape, 200 dpi."""
    import shapely
    from matplotlib.collections import LineCollection, PathCollection
    from matplotlib.patches import Patch
    from pyproj import Transformer

    from ..data.borders import data_info, outlines, segment_lines
    from ..model.densities import DENSITY_MODELS
    from .atlas_view import headline, model_text
    from .views import model_label

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

    m = DENSITY_MODELS[model]
    handles = []
    for k in range(len(CLASSES)):
        lo = CLASSES[k]
        hi = CLASSES[k + 1] if k + 1 < len(CLASSES) else None
        label = f"{_mines_label(lo)}\u2013{_mines_label(hi)}" if hi is not None else f"{_mines_label(lo)} or more"
        handles.append(Patch(facecolor=COLOURS[k], edgecolor="#888888", linewidth=0.3, label=label))
    handles.append(Patch(facecolor="none", edgecolor="#2b6cb0", label="water border: no belt (skipped)"))
    leg = ax.legend(
        handles=handles,
        loc="lower left",
        fontsize=7,
        title=f"Mines per side ({model_label(m.name)})",
        title_fontsize=7.5,
        framealpha=0.95,
        borderpad=0.6,
    )
    leg.set_zorder(10)

    top = sorted(rows, key=lambda r: -r["mines"][model])[:10]
    lines_text = [
        f"{i + 1:>2}. {r['defender']} side of {r['defender']}\u2013{r['neighbour']}: {_mines_label(r['mines'][model])}"
        for i, r in enumerate(top)
    ]
    ax.text(0.995, 0.02, "Largest sides\n" + "\n".join(lines_text), transform=ax.transAxes, ha="right", va="bottom", fontsize=7, family="DejaVu Sans Mono",
            zorder=10, bbox={"facecolor": "white", "alpha": 0.95, "edgecolor": "#bbbbbb", "pad": 4})  # fmt: skip
    fig.text(
        0.02,
        0.95,
        f"Mines per border side: a {result.depth_km:g} km belt behind {_where(result)}",
        fontsize=15,
        fontweight="bold",
        va="center",
    )
    fig.text(0.02, 0.905, headline(result), fontsize=9, va="center", color="#333333", wrap=True)
    fig.text(0.02, 0.875, f"Density: {model_text(m)}. Each side is drawn as a band of {band_m / 1000:,.0f} km inside the defender's outline (not to scale); "
             "rivers and lakes carry no belt.", fontsize=7.5, va="center", color="#444444")  # fmt: skip
    info = data_info()
    fig.text(0.02, 0.065, f"Equal Earth projection. Borders: {info['attribution']}. Data version {info['version']}; {result.curves_note()}.",
             fontsize=6.5, color="#555555", va="center", wrap=True)  # fmt: skip
    fig.text(
        0.02,
        0.035,
        f"minebelt {__version__} \u00b7 strategic estimate: km, km\u00b2, millions \u2014 no tactical layout",
        fontsize=6.5,
        color="#555555",
        va="center",
    )
    return png_bytes(fig, DPI)
