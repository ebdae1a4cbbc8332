"""The context every optional block is built in: :class:`BlockContext` (draws, per-country figures, storing).

Each block is computed from the estimate's per-country figures with the pure functions of
:mod:`minebelt.model`, once at the point values and, with Monte Carlo, once more over the
samples. A block's own inputs are drawn from a generator seeded with ``[seed, 1]``, so adding a
block never changes the draws of the mine estimate itself; a draw already present in the
evaluation (a shared ``[parameters]`` entry, or a value fixed by :mod:`minebelt.pipeline.sensitivity`)
is used as it is. Every block input is listed in the document's ``inputs`` block, and every
sampled block figure is kept in the result's ``samples`` under its dotted path
(``clearance.calendar_years``), so sensitivity can rank the inputs of any output.

Layer: pipeline.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from ...uncertainty.summaries import summarize

if TYPE_CHECKING:
    from ...scenario.quantities import Input
    from ...scenario.resolve import ResolvedSection
    from ..evaluate import Evaluation


def num(x: Any) -> float | None:
    """The first element of ``x`` as a JSON-safe float (NaN/inf -> None)."""
    if x is None:
        return None
    v = float(np.asarray(x, dtype=float).reshape(-1)[0])
    return v if np.isfinite(v) else None


@dataclass
class BlockContext:
    """What a block needs: the document so far, per-country arrays, and its input draws.

    ``store`` is the estimate's sampled figures by dotted path (``by_country.POL.mines``); each
    block adds its own (``clearance.calendar_years``) there.
    """

    doc: dict[str, Any]
    store: MutableMapping[str, np.ndarray]  # a dict, or the estimate's SampleStore
    resolved: list[ResolvedSection]
    point: Evaluation
    mc: Evaluation | None
    seed: int | None
    samples: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.countries: list[str] = list(self.doc["by_country"])
        self.modes: list[bool] = [False] + ([True] if self.mc is not None else [])
        n = self.mc.n if self.mc is not None else None
        self._rng = np.random.default_rng([self.seed or 0, 1]) if n else None
        self._preset = self.mc.draws if self.mc is not None else {}

    @property
    def n(self) -> int:
        return self.mc.n if self.mc is not None else 1

    def draw(self, inp: Input, use_mc: bool) -> np.ndarray:
        """The input's median (point evaluation) or its Monte Carlo draw (one per key)."""
        if not use_mc:
            return np.array([inp.dist.median])
        if inp.key not in self.samples:
            if inp.key in self._preset:
                self.samples[inp.key] = np.asarray(self._preset[inp.key], dtype=float)
            else:
                assert self._rng is not None
                self.samples[inp.key] = inp.dist.sample(self._rng, self.n)
        return self.samples[inp.key]

    def country(self, c: str, name: str, use_mc: bool) -> np.ndarray:
        """A by-country figure (``mines``, ``area_km2``, ``length_km``) as an array."""
        if use_mc:
            return self.store[f"by_country.{c}.{name}"]
        v = self.doc["by_country"][c][name]
        return np.array([np.nan if v is None else v])

    def fence_km(self, c: str, use_mc: bool) -> np.ndarray:
        """Length of front to mark and fence for country ``c``: the land front.

        A measured section skipping water carries mines only behind land, so its fence runs
        along ``land_km``; a section with a stated length, or one that includes water, along
        its whole length.
        """
        ev = self.mc if use_mc else self.point
        assert ev is not None
        total = np.zeros(ev.n if use_mc else 1)
        for rs, row in zip(self.resolved, self.doc["sections"], strict=True):
            if rs.section.country != c:
                continue
            land = row.get("land_km")
            if land is not None and row.get("along_water", "skip") == "skip" and row.get("length_source") == "measured":
                total = total + float(land)
            else:
                total = total + np.asarray(ev.length_km[rs.index], dtype=float)
        return total

    def put(
        self, target: dict[str, Any], name: str, arrays: dict[bool, np.ndarray | None], sample_key: str | None = None
    ) -> None:
        """``target[name]`` = point value, ``target[name + '_dist']`` = MC summary; keep samples."""
        pt = arrays.get(False)
        target[name] = num(pt)
        if sample_key and pt is None:  # not estimated: keep the key so a request for it says so
            self.store[sample_key] = np.full(self.n, np.nan)
        if True in arrays:
            mcv = arrays[True]
            if mcv is None:
                target[f"{name}_dist"] = None
                if sample_key:
                    self.store[sample_key] = np.full(self.n, np.nan)
            else:
                mcv = np.broadcast_to(np.asarray(mcv, dtype=float), (self.n,))
                target[f"{name}_dist"] = summarize(mcv) if np.all(np.isfinite(mcv)) else None
                if sample_key:
                    self.store[sample_key] = mcv
        elif sample_key and pt is not None:
            self.store.setdefault(sample_key, np.asarray(pt, dtype=float).reshape(-1))
