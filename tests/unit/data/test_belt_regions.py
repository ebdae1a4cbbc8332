"""The Ukraine–Russia belt's area by Ukrainian region (docs/model.md, "Occupied territory"):
measured on the bundled data, each piece of the belt in the region of the nearest place."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_the_ukraine_russia_belt_by_region():
    """At 2 km (eastern-flank.toml), 3,411 km²: Luhansk region 1,227, Sumy 957, Kharkiv 487,
    Chernihiv 384, Donetsk 355; along Luhansk and Donetsk regions 1,582 km², 46 %."""
    from minebelt import estimate, load_scenario
    from minebelt.geo.belt_regions import belt_km2_by_region
    from minebelt.geo.measure import geodesic_area_km2

    r = estimate(load_scenario(ROOT / "examples" / "eastern-flank.toml"))
    (i,) = [k for k, s in enumerate(r.document["sections"]) if s["name"] == "Ukraine - Russia"]
    belt = r.belts[i]
    by = belt_km2_by_region(belt, "UKR")
    total = geodesic_area_km2(belt)
    assert sum(by.values()) == pytest.approx(total, rel=1e-6)  # a partition: every km² once
    assert set(by) == {"02", "05", "07", "14", "21"}  # Chernihiv, Donetsk, Kharkiv, Luhansk, Sumy
    along = by["14"] + by["05"]
    assert along == pytest.approx(1582, abs=5) and along / total == pytest.approx(0.464, abs=0.003)


def test_areas_of_active_hostilities_are_said_not_estimated():
    """The Ministry's list's other part (areas of active hostilities) is not bundled and names
    communities the places do not carry: no flag, and the docs say "not estimated"."""
    text = " ".join((ROOT / "docs" / "model.md").read_text(encoding="utf-8").split())
    assert "**Areas of active hostilities**" in text and "are **not estimated**" in text
    from minebelt.model.occupied_sources import OCCUPIED_REGIONS

    assert {"21", "07"}.isdisjoint(OCCUPIED_REGIONS)  # Sumy and Kharkiv regions: not flagged
