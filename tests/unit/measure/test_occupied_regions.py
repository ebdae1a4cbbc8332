"""Places in Ukraine's regions with occupied territory are flagged by their GeoNames region
code, with the region named and sourced; the flag is the region, not a front line."""

from __future__ import annotations

import numpy as np

from minebelt.data.places import Places
from minebelt.geo.exposure import PlaceDistances
from minebelt.geo.exposure_depth import occupied_places, occupied_sentence
from minebelt.model.occupied_sources import OCCUPIED_REGIONS, SOURCES


def _places() -> Places:
    return Places(
        lon=np.array([39.3, 37.8, 34.0, 39.0]),
        lat=np.array([48.6, 48.0, 52.2, 49.0]),
        population=np.array([5000, 2000, 7161, 900], dtype=np.int64),
        country=np.array(["UKR", "UKR", "UKR", "RUS"]),
        names=["A", "B", "Seredyna-Buda", "C"],
        meta={},
        admin1=np.array(["14", "05", "21", "61"]),
    )


def test_counted_places_are_flagged_by_region_not_by_country():
    pd_ = PlaceDistances(np.arange(4), np.array([0.0, 0.5, 0.0, 0.0]))
    occ = occupied_places(pd_, {"UKR"}, _places())
    assert occ is not None and occ["regions"] is True
    assert [(r["region"], r["places"], r["population"]) for r in occ["by_region"]] == [
        ("Luhansk region", 1, 5000),
        ("Donetsk region", 1, 2000),
    ]
    assert (occ["places"], occ["population"]) == (2, 7000)  # Sumy region (21) and Russia not flagged
    assert "(Luhansk region: 1; Donetsk region: 1)" in occupied_sentence(occ)
    assert "not a front line" in occupied_sentence(occ)


def test_no_place_within_the_largest_radius_in_a_flagged_region_no_caveat():
    pd_ = PlaceDistances(np.array([2, 0]), np.array([0.0, 12.0]))  # Luhansk's place beyond 10 km
    assert occupied_places(pd_, {"UKR"}, _places()) is None


def test_the_flag_covers_the_5_and_10_km_counts():
    """A place of a flagged region beyond 1 km but within 5 km: no 1 km flag (no sentence at
    1 km), flagged in ``by_radius`` at 5 and 10 km."""
    pd_ = PlaceDistances(np.array([2, 0, 1]), np.array([0.0, 1.5, 7.0]))
    occ = occupied_places(pd_, {"UKR"}, _places())
    assert occ is not None and occ["places"] == 0 and occ["by_region"] == []
    assert occ["by_radius"] == {
        "within_1km": {"places": 0, "population": 0},
        "within_5km": {"places": 1, "population": 5000},
        "within_10km": {"places": 2, "population": 7000},
    }
    assert occupied_sentence(occ) == ""


def test_every_flagged_region_is_sourced_and_dated():
    assert set(OCCUPIED_REGIONS) == {"05", "08", "11", "14", "20", "26"}
    for r in OCCUPIED_REGIONS.values():
        assert r.citations and all(c in SOURCES for c in r.citations) and r.since[:4].isdigit()
    assert all(c.url and c.date and c.quote for c in SOURCES)
