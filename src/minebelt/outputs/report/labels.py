"""One label placer for both maps (output layer; pure functions, no drawing).

Layer: outputs.

``map.png`` (matplotlib) and the report's inline SVG map lay their labels out with the same
greedy algorithm in screen pixels (y down): labels are tried in priority order (sections,
countries, nearby places, km markers); each takes the first of its candidate offsets whose
box stays inside the frame and overlaps neither an earlier label nor an obstacle (legend,
scale bar, attribution, buttons); a label that fits nowhere is left out (the SVG shows it
only when zoomed in). Only the text measurement differs between the two renderers.

The km labels' step adapts to the scale (:func:`km_label_step`), so labels along one border
stay at least ``min_gap_px`` apart; numbers count from each border's own km-0 point.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ... import numbers as N
from ...i18n import current
from . import local_words

Box = tuple[float, float, float, float]  # left, top, right, bottom (px, y down)

#: Candidate steps for km labels (km); markers are every 50 km.
KM_LABEL_STEPS = (50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0)


@dataclass
class Label:
    """A label to place. ``x, y``: anchor in px (y down). ``offsets``: candidate (dx, dy) in
    px; the text sits right of the anchor when dx > 0, left when dx < 0, centred when 0,
    below when dy > 0, above when dy < 0. ``w, h``: text box size in px."""

    text: str
    x: float
    y: float
    w: float
    h: float
    offsets: list[tuple[float, float]]
    kind: str = ""
    key: object = None
    placed: tuple[float, float] | None = None
    box: Box | None = field(default=None, repr=False)

    @property
    def ha(self) -> str:
        dx = self.placed[0] if self.placed else self.offsets[0][0]
        return "left" if dx > 0 else "right" if dx < 0 else "center"

    @property
    def va(self) -> str:
        dy = self.placed[1] if self.placed else self.offsets[0][1]
        return "top" if dy > 0 else "bottom" if dy < 0 else "center"


def label_box(lab: Label, dx: float, dy: float, pad: float = 1.5) -> Box:
    """The box the label's text covers at offset (dx, dy), padded."""
    left = lab.x + dx - (0.0 if dx > 0 else lab.w if dx < 0 else lab.w / 2)
    top = lab.y + dy - (0.0 if dy > 0 else lab.h if dy < 0 else lab.h / 2)
    return (left - pad, top - pad, left + lab.w + pad, top + lab.h + pad)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class LinePoints:
    """The drawn fronts as points in px (y down) on a grid of ``cell`` px, for asking whether a
    label's box would lie over a front: :meth:`hits`."""

    def __init__(self, points: Iterable[tuple[float, float]], cell: float = 16.0, reach: float = 0.0) -> None:
        self.cell, self.reach = cell, reach
        self.grid: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for x, y in points:
            self.grid.setdefault((int(x // cell), int(y // cell)), []).append((x, y))

    def hits(self, box: Box) -> bool:
        """Whether a point lies within ``reach`` px of ``box`` (the band drawn along the front)."""
        r = self.reach
        left, top, right, bottom = box[0] - r, box[1] - r, box[2] + r, box[3] + r
        for i in range(int(left // self.cell), int(right // self.cell) + 1):
            for j in range(int(top // self.cell), int(bottom // self.cell) + 1):
                for x, y in self.grid.get((i, j), ()):
                    if left <= x <= right and top <= y <= bottom:
                        return True
        return False


def front_points(
    ctx: object, to_px: Callable[[float, float], tuple[float, float]], step_px: float = 3.0
) -> list[tuple[float, float]]:
    """The sections' fronts (land and water pieces) as points in px no more than ``step_px``
    apart: what a section's name must not be written over."""
    import shapely

    out: list[tuple[float, float]] = []
    for s in getattr(ctx, "sections", ()):
        for _kind, g in s.pieces:
            for part in shapely.get_parts(g):
                if part.geom_type != "LineString":
                    continue
                px = [to_px(float(x), float(y)) for x, y in shapely.get_coordinates(part)]
                for (ax_, ay), (bx, by) in zip(px, px[1:], strict=False):
                    n = max(1, math.ceil(math.hypot(bx - ax_, by - ay) / step_px))
                    out += [(ax_ + (bx - ax_) * k / n, ay + (by - ay) * k / n) for k in range(n)]
                if px:
                    out.append(px[-1])
    return out


#: The kinds of label kept off the fronts: a section's name written across another belt hides
#: it and reads as that belt's. Country names are drawn under the belts (a front is their
#: edge), km numbers and place names beside their own dot on a front.
OFF_THE_FRONTS = ("section",)


def place_labels(
    labels: Iterable[Label], frame: Box, obstacles: Iterable[Box] = (), fronts: LinePoints | None = None
) -> list[Label]:
    """Greedy placement in list order; sets ``placed`` and ``box`` of each label that fits and
    returns those labels. With ``fronts``, a label of a kind in :data:`OFF_THE_FRONTS` takes no
    offset whose box lies over a front, unless none is free of them: then the first free of
    other labels, as without ``fronts``."""
    boxes = list(obstacles)
    done = []
    for lab in labels:
        avoid = fronts is not None and lab.kind in OFF_THE_FRONTS
        if avoid and _place(lab, frame, boxes, fronts):
            done.append(lab)
            continue
        if _place(lab, frame, boxes, None):
            done.append(lab)
    return done


def _place(lab: Label, frame: Box, boxes: list[Box], fronts: LinePoints | None) -> bool:
    """Place ``lab`` at its first offset inside ``frame`` clear of ``boxes`` (and of ``fronts``);
    the box joins ``boxes``. False when none is."""
    for dx, dy in lab.offsets:
        box = label_box(lab, dx, dy)
        if box[0] < frame[0] or box[1] < frame[1] or box[2] > frame[2] or box[3] > frame[3]:
            continue
        if any(_overlaps(box, b) for b in boxes):
            continue
        if fronts is not None and fronts.hits(box):
            continue
        boxes.append(box)
        lab.placed, lab.box = (dx, dy), box
        return True
    return False


def ring(radii: Iterable[float], aspect: float = 0.6) -> list[tuple[float, float]]:
    """Offsets around an anchor: east first, then the other directions, near to far."""
    dirs = [(1, aspect), (1, -aspect), (-1, aspect), (-1, -aspect), (0, -1), (0, 1), (1, 0), (-1, 0)]
    return [(r * dx, r * dy) for r in radii for dx, dy in dirs]


def km_label_step(px_per_km: float, min_gap_px: float = 70.0) -> float:
    """The smallest step of :data:`KM_LABEL_STEPS` whose labels are ``min_gap_px`` apart."""
    for s in KM_LABEL_STEPS:
        if s * px_per_km >= min_gap_px:
            return s
    return KM_LABEL_STEPS[-1]


def section_offsets(scale: float = 1.0) -> list[tuple[float, float]]:
    """Section names: close to the front first, then further out (drawn with a leader line)."""
    return ring([r * scale for r in (10, 24, 40, 60, 85, 115, 150)])


def country_offsets(scale: float = 1.0) -> list[tuple[float, float]]:
    """Country names: on the anchor, else shifted a little up, down or sideways."""
    steps = [
        (0, 0),
        (0, -16),
        (0, 16),
        (-40, 0),
        (40, 0),
        (0, -32),
        (0, 32),
        (-40, -20),
        (40, 20),
        (-40, 20),
        (40, -20),
    ]
    return [(dx * scale, dy * scale) for dx, dy in steps]


def small_offsets(scale: float = 1.0) -> list[tuple[float, float]]:
    """Km numbers and place names: just beside their dot."""
    return ring([4 * scale, 10 * scale])


def is_far(dx: float, dy: float, limit: float) -> bool:
    """Whether a label sits far enough from its anchor to need a leader line."""
    return math.hypot(dx, dy) > limit


Measure = Callable[[str, str], tuple[float, float]]


@dataclass
class MapLabels:
    """Every candidate label of a map, in placement order, each ``placed`` or not."""

    sections: list[Label]
    countries: list[Label]
    places: list[Label]
    km: list[Label]
    km_step: float

    def all(self) -> list[Label]:
        return self.sections + self.countries + self.places + self.km


def layout_map(
    ctx,
    to_px: Callable[[float, float], tuple[float, float]],
    frame: Box,
    obstacles: list[Box],
    measure: Measure,
    px_per_km: float,
    scale: float = 1.0,
    top_places: int = 12,
) -> MapLabels:
    """Build and place the labels of a :class:`~minebelt.outputs.report.geo.GeoContext` map.

    ``to_px`` maps projected metres to frame pixels (y down); ``measure(text, kind)`` gives a
    text's (width, height) in px in the renderer's font for that kind of label (``section``,
    ``country``, ``place``, ``km``); offsets are multiplied by ``scale`` (px per unit).
    """
    from .fmt import short
    from .geo import country_anchors

    def make(
        text: str, xy: tuple[float, float], kind: str, offsets: list[tuple[float, float]], key: object = None
    ) -> Label:
        w, h = measure(text, kind)
        x, y = to_px(*xy)
        return Label(text, x, y, w, h, offsets, kind, key)

    sections = [
        make(short(s.name, 34), s.label_xy, "section", section_offsets(scale), s)
        for s in ctx.sections
        if s.label_xy is not None
    ]
    countries = [
        make(
            (name if current() == "en" else local_words.country(code, None)).upper(),
            (x, y),
            "country",
            country_offsets(scale),
            code,
        )
        for code, name, x, y, _ in country_anchors(ctx)
    ]
    places = [
        make(name, (x, y), "place", small_offsets(scale), name)
        for x, y, _tip, name, _pop in sorted(ctx.places, key=lambda p: -p[4])[:top_places]
        if name
    ]
    step = km_label_step(px_per_km, 70.0 * scale)
    km = []
    for s in ctx.sections:
        for x, y, k, pair in s.markers:
            if k % step == 0:
                # a reader's km number by the one grouping rule ("1 000"); English as it was drawn
                text = f"{k:.0f}" if current() == "en" else N.count(k)
                km.append(make(text, (x, y), "km", small_offsets(scale), (pair, k)))
    out = MapLabels(sections, countries, places, km, step)
    # the band along each front is drawn 5 pt wide: a name keeps its half-width (and a little) off it
    fronts = LinePoints(front_points(ctx, to_px), reach=3.0 * scale)
    place_labels(out.all(), frame, obstacles, fronts)
    return out
