"""The bundled km² of the Ukraine–Russia belt along Ukraine's regions with occupied territory
(``data/occupied_belt.json``): current, equal to the measure at a node depth, read into the
exposure block for a whole-border section only, and said in every reader's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from minebelt.data.occupied_belt import along_occupied, stale_reason
from minebelt.model.occupied_sources import OCCUPIED_REGIONS

REGIONS = tuple(OCCUPIED_REGIONS)

ROOT = Path(__file__).resolve().parents[3]


def test_the_bundle_is_current():
    """Rebuild with ``python scripts/build_occupied_belt.py`` after a change to the border data,
    the places, the geometry code or the list of regions."""
    assert stale_reason(REGIONS) is None


def test_at_2_km_the_bundle_gives_the_measured_figures():
    """docs/model.md ("The belt by region", tests/unit/data/test_belt_regions.py): at 2 km,
    3,411 km², 1,582 km² (46 %) along Luhansk and Donetsk regions."""
    got = along_occupied(2.0, REGIONS)
    assert got is not None
    assert got["belt_km2"] == pytest.approx(3411, abs=1) and got["km2"] == pytest.approx(1582, abs=5)
    assert got["share"] == pytest.approx(0.464, abs=0.003) and set(got["by_region"]) == {"05", "14"}
    assert along_occupied(60.0, REGIONS) is None and along_occupied(2.0, REGIONS, "no such row") is None
    assert along_occupied(2.0, ("14",)) is None  # built for another list of regions: not used


def _exposure(tmp_path: Path, extra: str = "") -> dict:
    from minebelt import estimate, load_scenario

    p = tmp_path / "s.toml"
    p.write_text(
        'name = "t"\n[[sections]]\nname = "UA-RU"\ncountry = "UKR"\nborder = "RUS"\ndepth_km = 2\n'
        'density = "korea-peak"\nalong_water = "skip"\n' + extra,
        encoding="utf-8",
    )
    return estimate(load_scenario(p)).document["exposure"]


def test_a_whole_border_section_carries_the_belt_along_occupied_regions(tmp_path):
    ex = _exposure(tmp_path)
    sec, total = ex["sections"][0], ex["total"]
    b = total["occupied_belt"]
    assert b["estimated"] and b["share"] == pytest.approx(0.464, abs=0.003)
    assert b["km2"] == pytest.approx(b["share"] * b["belt_km2"], abs=0.2)
    assert [r["region"] for r in b["by_region"]] == ["Luhansk region", "Donetsk region"]
    assert sec["occupied_belt"] == b and ex["by_country"]["UKR"]["occupied_belt"] == b
    assert "(46 %) lies along Luhansk and Donetsk regions" in total["headline"]
    assert total["active_hostilities"]["estimated"] is False
    assert (
        "Areas of active hostilities (border communities of Sumy, Kharkiv and Chernihiv regions): not estimated."
        in (total["headline"])
    )
    rad = total["occupied"]["by_radius"]
    assert rad["within_1km"]["population"] <= rad["within_5km"]["population"] <= rad["within_10km"]["population"]
    assert rad["within_10km"]["population"] <= total["defender_side"]["within_10km"]["population"]


def test_a_partial_section_says_not_estimated(tmp_path):
    ex = _exposure(tmp_path, "from_km = 0\nto_km = 300\n")
    b = ex["total"]["occupied_belt"]
    assert b["estimated"] is False and "not estimated" in b["rule"]
    assert "lies along" not in ex["total"]["headline"]
    from minebelt.outputs.report.local_civilians import ukraine_texts

    assert any("not estimated (measured only for a section" in x for x in ukraine_texts(ex["total"]))
    # why a part of the border has no share: the bundled table has no position along the border
    assert "not where along the border it lies" in ex["sections"][0]["occupied_belt"]["reason"]
    assert any("not where along the border it lies" in x for x in ukraine_texts(ex["total"]))


@pytest.mark.parametrize("lang", ["en", "uk", "pl", "fi", "et", "lv", "lt"])
def test_every_language_says_the_share_and_the_hostilities_line(tmp_path, lang):
    from minebelt.i18n import language
    from minebelt.outputs.report.local_civilians import ukraine_short, ukraine_texts

    t = {
        "occupied": {"by_radius": {"within_1km": {"places": 1, "population": 5000}}},
        "occupied_belt": {"estimated": True, "km2": 1582.3, "share": 0.464, "belt_km2": 3410.6,
                          "by_region": [{"region": "Luhansk region"}, {"region": "Donetsk region"}]},
        "active_hostilities": {"estimated": False},
    }  # fmt: skip
    with language(lang):
        texts, short = ukraine_texts(t), ukraine_short(t)
    assert len(texts) == 3 and all("%(" not in x for x in texts)
    assert "46" in texts[1] and "1" in texts[1] and "46" in short
    if lang != "en":
        assert "Areas of active hostilities" not in texts[2]


def test_the_web_card_and_the_terminal_line_say_it(tmp_path):
    """Through the shared card builders: the web's civilians card in Ukrainian carries the belt
    share and the hostilities line; the English card line (terminal, report) the short ones."""
    from minebelt import estimate, load_scenario
    from minebelt.outputs.report.cards import block_cards
    from minebelt.web.reader_text import reader_text

    p = tmp_path / "s.toml"
    p.write_text(
        'name = "t"\n[[sections]]\nname = "UA-RU"\ncountry = "UKR"\nborder = "RUS"\ndepth_km = 2\n'
        'density = "korea-peak"\nalong_water = "skip"\n',
        encoding="utf-8",
    )
    doc = estimate(load_scenario(p)).document
    card = reader_text(doc, "uk")["cards"]["civilians"]
    uk = card["details"]
    # the belt's share in the card's line; its full sentence belongs to the clearance card (once per page)
    assert any("Райони активних бойових дій" in x for x in uk) and "46" in str(card.get("assumes"))
    (civ,) = [c for c in block_cards(doc) if c.key == "civilians"]
    assert "46 % along regions with occupied territory" in civ.assumes
    assert "areas of active hostilities: not estimated" in civ.assumes
