"""The bundled populated places count each settlement once (scripts/build_places.py)."""

from __future__ import annotations

import numpy as np

from minebelt.data.places import places


def _index(name: str, country: str) -> list[int]:
    p = places()
    return [i for i in range(len(p.population)) if p.country[i] == country and p.names[i] == name]


def test_a_city_and_its_administrative_unit_are_one_place():
    """GeoNames lists Shebekino (45,194) and Gorod Shebekino (39,680) 0.7 km apart: one town,
    which counted twice added about 40,000 people across the border from Ukraine."""
    assert len(_index("Shebekino", "RUS")) == 1
    assert _index("Gorod Shebekino", "RUS") == []


def test_twin_towns_across_a_state_line_stay():
    assert len(_index("Texarkana", "USA")) == 2


def test_the_build_records_what_it_dropped():
    meta = places().meta
    assert meta["duplicates_dropped"] >= 1 and "Gorod X" in meta["duplicate_rule"]
    assert meta["rows"] == len(np.asarray(places().population))
