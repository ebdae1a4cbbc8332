"""The run rules of the border data build (scripts/build_borders.py, rule 6 of
docs/data-borders.md) on sample flags: runs shorter than 1.5 km are merged, short land runs
along a river become water (meanders), and on a closed ring the runs wrap around km 0."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
STEP = 50.0  # m per sample


@pytest.fixture(scope="module")
def bb():
    spec = importlib.util.spec_from_file_location("build_borders", ROOT / "scripts" / "build_borders.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def flags(*runs: tuple[str, float]) -> np.ndarray:
    """Samples from runs such as ("L", 0.2), ("W", 1.4): kind and km."""
    return np.concatenate([np.full(round(km * 1000 / STEP), kind == "W") for kind, km in runs])


def classify(bb, water: np.ndarray, corridor: np.ndarray, closed: bool) -> np.ndarray:
    c = bb.WaterClassifier
    return c.smooth(c.fill_corridors(c.smooth(water, STEP, closed), corridor, STEP, closed), STEP, closed)


def test_vatican_ring_is_land(bb) -> None:
    """ITA-VAT as sampled: 0.2 km land, 1.4 km along the WDBII Tiber, 2.15 km land; all of it
    within 2.5 km of the river. As a ring the land runs are one (2.35 km) and the 1.4 km river
    run is merged into it; as an open line the first 0.2 km joined the river run and the meander
    rule took the rest."""
    water = flags(("L", 0.2), ("W", 1.4), ("L", 2.15))
    corridor = np.ones_like(water)
    assert not classify(bb, water, corridor, closed=True).any()
    assert classify(bb, water, corridor, closed=False).all()


def test_a_ring_with_one_water_run_keeps_the_rest_as_land(bb) -> None:
    """A river along one side of a small enclave: the rest of the ring is no meander."""
    water = flags(("L", 1.0), ("W", 2.0), ("L", 2.0))
    out = classify(bb, water, np.ones_like(water), closed=True)
    assert out.sum() * STEP == pytest.approx(2000.0) and not out[:20].any() and not out[-40:].any()


def test_a_ring_meander_between_two_river_runs_is_water(bb) -> None:
    water = flags(("W", 3.0), ("L", 2.0), ("W", 3.0), ("L", 8.0))
    out = classify(bb, water, np.ones_like(water), closed=True)
    assert out[: round(8000 / STEP)].all() and not out[round(8000 / STEP) :].any()


def test_runs_crossing_km_0_of_a_ring_are_one_run(bb) -> None:
    """Büsingen's ring: 2.55 km of land at km 0 and 6.04 km at the end are one 8.6 km run, longer
    than a meander (6 km): it stays land, the open-line rule made the first 2.55 km water."""
    water = flags(("L", 2.55), ("W", 8.4), ("L", 6.05))
    corridor = np.ones_like(water)
    ring = classify(bb, water, corridor, closed=True)
    assert (~ring).sum() * STEP == pytest.approx(8600.0)
    assert classify(bb, water, corridor, closed=False)[:10].all()


def test_open_lines_are_unchanged(bb) -> None:
    """The open-line rules: a 1 km land run between river runs is merged, a 4 km one along the
    river is a meander, a 4 km one far from it (no corridor) stays land."""
    water = flags(("W", 2.0), ("L", 1.0), ("W", 2.0), ("L", 4.0), ("W", 2.0), ("L", 4.0), ("W", 2.0))
    corridor = np.ones_like(water)
    corridor[round(11000 / STEP) : round(15000 / STEP)] = False
    out = classify(bb, water, corridor, closed=False)
    assert out[: round(11000 / STEP)].all()
    assert not out[round(11000 / STEP) : round(15000 / STEP)].any()
    assert out[round(15000 / STEP) :].all()
