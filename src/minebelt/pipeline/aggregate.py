"""Figures of a defending country from its sections' arrays: :class:`Aggregator`, and sums without copies.

Layer: pipeline. What a section shares with earlier sections of the same defending country is
counted once (belt km² by member ISO code, front km as km ranges per border side; found by
:mod:`minebelt.geo.overlaps` and fixed at the point depth); each draw removes the same share of
the section's area and values it at the section's own density. The same code sums the point
evaluation (n = 1), a whole Monte Carlo sample, or a piece of one (:mod:`.sampled`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .. import model
from ..uncertainty.scratch import empty

if TYPE_CHECKING:
    from ..scenario.resolve import ResolvedSection
    from .evaluate import Evaluation


class Aggregator:
    """Sums sections into a country's figures.

    ``overlap``: km² each section shares with earlier sections of its country (by section
    index); ``front_ov``: the km of front (``length_km``, ``land_km``, ``belt_front_km``) it
    shares; ``water``: its measured water km; ``point``: the point evaluation, whose areas
    turn a shared km² into a share of the section.
    """

    def __init__(
        self,
        resolved: list[ResolvedSection],
        overlap: list[float],
        front_ov: dict[int, dict[str, float]],
        water: list[float],
        point: Evaluation,
    ) -> None:
        self.overlap = overlap
        self.front_ov = front_ov
        self.water = water
        self.linear = {rs.index for rs in resolved if rs.density_kind != "areal"}
        self.areal_key = {rs.index: rs.density.key for rs in resolved if rs.density_kind == "areal"}
        # numpy scalars, not floats: a share multiplies float32 samples into float64 sums
        self.point_area = [a[0] for a in point.area_km2]
        self.point_built = [a[0] for a in point.belt_front_km]

    def ov_km(self, i: int, key: str) -> float:
        return self.front_ov.get(i, {}).get(key, 0.0)

    def shared_density(self, ev: Evaluation, members: list[int]) -> np.ndarray | None:
        """The one density draw (mines/km²) that every section of ``members`` multiplies its
        area by (areal models drawing the same key), else None."""
        keys = {self.areal_key.get(i) for i in members}
        if len(keys) != 1 or None in keys:
            return None
        return ev.density_per_km2[members[0]]

    def __call__(self, ev: Evaluation, members: list[int], sampled: bool = False) -> dict[str, Any]:
        """The country figures (arrays shaped like the sample) of sections ``members``.

        ``sampled``: a Monte Carlo evaluation. There, when every member multiplies its area by
        one shared density draw, the country's mines are its area (overlaps removed) times that
        draw: the same product as the sum of the sections' mines less the shared area's, one
        pass instead of a sum over sections (it differs by the rounding of the sections' mines:
        float32 from :data:`~.evaluate.FLOAT32_MIN` samples, 6e-8 of the figure; a few ulps of
        float64 below)."""
        ov_km, overlap = self.ov_km, self.overlap
        # front km already counted by an earlier section of a shared defender are left out
        length = sum_arrays([ev.length_km[i] for i in members], minus=sum(ov_km(i, "length_km") for i in members))
        land = sum_arrays([ev.land_km[i] for i in members], minus=sum(ov_km(i, "land_km") for i in members))
        built = sum_arrays(
            [ev.belt_front_km[i] for i in members], minus=sum(ov_km(i, "belt_front_km") for i in members)
        )
        # remove each section's overlap with earlier sections, scaled to this draw's area and
        # valued at the section's own density: per km² of the shared area (areal models), per
        # km of the shared front (linear models)
        overlapping = [i for i in members if overlap[i] or ov_km(i, "belt_front_km")]
        shared = {i: times(ev.area_km2[i], share(overlap[i], self.point_area[i])) for i in overlapping}  # km² each draw
        ov = sum_arrays(list(shared.values()), like=length)
        area = difference(sum_arrays([ev.area_km2[i] for i in members]), ov)
        # one section with nothing shared: its own mines (one array, one summary)
        rho = self.shared_density(ev, members) if sampled and (len(members) > 1 or overlapping) else None
        if rho is not None:
            mines = times(area, rho)
        else:
            ov_mines = sum_arrays(
                [
                    times(ev.mines[i], share(ov_km(i, "belt_front_km"), self.point_built[i]))
                    if i in self.linear
                    else times(shared[i], finite(ev, ev.density_per_km2[i]))
                    for i in overlapping
                ],
                like=length,
            )
            mines = difference(sum_arrays([ev.mines[i] for i in members]), ov_mines)
        n = np.shape(length)
        return {
            "length_km": length,
            "land_km": land,
            "water_km": const(
                float(sum(self.water[i] - ov_km(i, "length_km") + ov_km(i, "land_km") for i in members)), n
            ),
            "belt_front_km": built,
            "area_km2": area,
            "mines": mines,
            "mines_per_km_front": per_km(mines, built) if sampled else model.mines_per_km_front(mines, built),
            "overlap_km2": ov,
            "overlap_front_km": const(float(sum(ov_km(i, "length_km") for i in members)), n),
        }


def const(value: float, shape: tuple[int, ...]) -> np.ndarray:
    """``value`` repeated to ``shape`` as a read-only broadcast view (no memory per sample):
    ``np.broadcast_to(np.float64(value), shape)``, made directly (a stride of 0 over one value)."""
    return np.ndarray(shape, dtype=np.float64, buffer=np.float64(value).tobytes(), strides=(0,) * len(shape))


def is_const(a: Any) -> bool:
    """True for one value broadcast along a 1-D array (a stride of 0)."""
    a = np.asarray(a)
    return bool(a.ndim == 1 and a.size > 0 and a.strides[0] == 0)


def sum_arrays(arrays: list[np.ndarray], like: np.ndarray | None = None, minus: float = 0.0) -> np.ndarray:
    """Element-wise sum of equal-length arrays (minus ``minus``), added in order.

    Same result as ``np.sum(arrays, axis=0) - minus`` without stacking them into a 2-D copy;
    arrays that are one value broadcast (a measured length) are added as that value, and a sum
    of such arrays stays one (a broadcast view). An empty list gives zeros shaped like ``like``.
    """
    if not arrays:
        return const(0.0, np.shape(like) if like is not None else ())
    if all(is_const(a) for a in arrays):
        total = float(np.asarray(arrays[0])[0])
        for a in arrays[1:]:
            total = total + float(np.asarray(a)[0])
        return const(total - minus, np.shape(arrays[0]))
    if len(arrays) == 1 and not minus:
        return arrays[0]  # read, never written: no copy
    out = empty(np.shape(arrays[0])[0]) if np.ndim(arrays[0]) == 1 else np.empty(np.shape(arrays[0]))
    out[...] = arrays[0]  # a writable copy (inputs may be broadcast views)
    for a in arrays[1:]:
        np.add(out, a, out=out)
    if minus:
        out -= minus
    return out


def difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a - b``; ``a`` itself when ``b`` is all zeros (no overlap to remove)."""
    if is_const(b) and float(np.asarray(b)[0]) == 0.0:
        return a
    diff: np.ndarray = _into(np.subtract, a, b)
    return diff


def times(a: Any, b: Any) -> Any:
    """``a * b`` (an array of a piece of a sample goes into the piece's scratch block)."""
    return _into(np.multiply, a, b)


def _into(op: np.ufunc, a: Any, b: Any) -> Any:
    """``op(a, b)``, a 1-D result written into :func:`~minebelt.uncertainty.scratch.empty`."""
    shape = np.broadcast_shapes(np.shape(a), np.shape(b))
    if len(shape) != 1:
        return op(a, b)
    return op(a, b, out=empty(shape[0], np.result_type(a, b)))


def per_km(mines: np.ndarray, built: np.ndarray) -> Any:
    """Mines per km of front: ``(mines, 1 / built)`` to summarize by scaling when ``built`` is
    one positive value (a measured front), else the array."""
    if is_const(built) and float(np.asarray(built)[0]) > 0:
        return (mines, 1.0 / float(np.asarray(built)[0]))
    return model.mines_per_km_front(mines, built)


def finite(ev: Evaluation, a: np.ndarray) -> np.ndarray:
    """``numpy.nan_to_num(a)``, computed once per array of an evaluation (a density drawn once
    is shared by many sections and countries)."""
    got = ev.finite.get(id(a))
    if got is None or got[0] is not a:
        clean = a
        if np.ndim(a) == 1:
            clean = empty(np.shape(a)[0], np.result_type(a))
            clean[...] = a
        got = ev.finite[id(a)] = (a, np.nan_to_num(clean, copy=clean is a))
    return got[1]


def share(part: float, whole: Any) -> Any:
    """``part / whole``, 0 for an empty whole."""
    return part / whole if whole else 0.0
