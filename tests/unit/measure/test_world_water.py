"""Every side of every land border: the belt takes only the inland water its zone meets.

A belt loses the inland water inside its zone. The lakes are looked up by the zone itself
(:func:`minebelt.data.borders.inland_water_meeting`) rather than by its bounding box, whose
lakes (thousands for a long diagonal border) were all unioned before: lakes outside the zone
never touch the belt, so the belt is the same. Here every side of the world, 2 km deep, water
included where the border has water, is built both ways and compared; the largest relative
difference is printed (the union's order of edges moves only the last bits of an area).
"""

from __future__ import annotations

import numpy as np
import pytest

from minebelt.data.borders import border_lengths
from minebelt.geo import belt as belt_mod
from minebelt.geo.belt import belt_polygon, defender_land
from minebelt.geo.front import border_front

pytestmark = pytest.mark.slow

DEPTH = 2.0


def test_water_by_the_zone_gives_every_belt_of_the_world(monkeypatch: pytest.MonkeyPatch) -> None:
    sides = []
    for r in border_lengths():
        aw = "include" if r["water_km"] > 0.0 else "skip"
        sides += [(r["a"], r["b"], aw), (r["b"], r["a"], aw)]
    fronts = [(a, b, border_front(a, b, None, None, aw, None, f"{a}>{b}")) for a, b, aw in sides]
    by_zone = [
        belt_polygon(f.build_lines(), DEPTH, None, defender_land(a, True), None, f.cuts).area_km2 for a, b, f in fronts
    ]
    box_only = belt_mod.inland_water
    monkeypatch.setattr(belt_mod, "inland_water", lambda bounds, meeting=None: box_only(bounds))
    by_box = [
        belt_polygon(f.build_lines(), DEPTH, None, defender_land(a, True), None, f.cuts).area_km2 for a, b, f in fronts
    ]
    x, y = np.array(by_zone), np.array(by_box)
    rel = np.abs(x - y) / np.maximum(y, 1e-9)
    worst = int(rel.argmax())
    print(f"{len(sides)} sides: largest relative difference {rel[worst]:.1e} ({sides[worst][0]}>{sides[worst][1]})")
    assert len(sides) > 600
    assert rel.max() <= 1e-9, f"{sides[worst]}: {x[worst]} km² against {y[worst]}"
