"""The build of the bundled belt curves (scripts/build_border_belts.py) measures the places near
a side's belts from fewer places than every one within reach of every belt: the same numbers."""

from __future__ import annotations

from typing import Any

import numpy as np

from minebelt.data.places import places
from minebelt.geo.exposure import place_distances


def _every_place(build: Any, belts: list[Any]) -> tuple[list[int], np.ndarray]:
    """What the build recorded before: every place within FAR_KM of every belt, then kept by
    its distance to the deepest."""
    pl = places()
    dist: dict[int, np.ndarray] = {}
    for k, b in enumerate(belts):
        pd_ = place_distances(b, pl, build.FAR_KM)
        for i, km in zip(pd_.index.tolist(), pd_.distance_km.tolist(), strict=True):
            dist.setdefault(i, np.full(len(belts), np.inf))[k] = km
    near = sorted(i for i, v in dist.items() if v[-1] <= build.NEAR_KM)
    km = np.array([dist[i] for i in near]).reshape(len(near), len(belts))
    return near, np.minimum.accumulate(km, axis=1)


def test_near_places_are_every_places_numbers(build_script: Any) -> None:
    import shapely

    build = build_script
    riga = shapely.Point(24.1, 56.95)
    # growing, a shrinking one between (a belt may lose a detached piece), and one far away
    belts = [
        shapely.buffer(riga, 0.01),
        shapely.buffer(riga, 0.05),
        shapely.box(24.0, 56.9, 24.05, 56.92),
        shapely.buffer(shapely.Point(24.5, 57.3), 0.02),
        shapely.buffer(riga, 0.3),
    ]
    near, km = build.near_places(belts, places())
    want_near, want_km = _every_place(build, belts)
    assert len(near) > 10
    assert near == want_near
    assert km.dtype == want_km.dtype and np.array_equal(km, want_km)


def test_near_places_of_a_belt_far_from_every_place(build_script: Any) -> None:
    import shapely

    build = build_script
    near, km = build.near_places([shapely.buffer(shapely.Point(-30.0, -50.0), 0.01)] * 3, places())
    assert near == [] and km.shape == (0, 3)
