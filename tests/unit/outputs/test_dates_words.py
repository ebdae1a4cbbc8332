"""A newer report's date, a citation's date and the people of a count in the reader's words:
no English month in another language, and the people's plural chosen by the people's number."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.model import clearance_sources as clr_src
from minebelt.outputs.report.local_civilians import occupied_text
from minebelt.outputs.report.local_clearance import clearance_notes
from minebelt.outputs.report.local_tables import cost_notes

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@pytest.mark.parametrize("lang", OTHERS)
def test_a_newer_reports_date_is_the_readers(lang: str) -> None:
    doc = {"clearance": {"world_capacity": {"newer": clr_src.WORLD_OUTPUT_NEWER}}}
    with i18n.language(lang):
        text = " ".join(clearance_notes(doc))
    assert "2025" in text and not any(m in text for m in MONTHS), text


def test_a_newer_reports_date_in_english_is_as_written() -> None:
    doc = {"clearance": {"world_capacity": {"newer": clr_src.WORLD_OUTPUT_NEWER}}}
    with i18n.language("en"):
        assert "Landmine Monitor 2025 (1 December 2025) reports" in " ".join(clearance_notes(doc))


@pytest.mark.parametrize(
    ("lang", "people"), [("lv", "8 755 iedzīvotāji"), ("lt", "8 755 gyventojai"), ("pl", "8 755 mieszkańców")]
)
def test_the_peoples_plural_follows_the_people(lang: str, people: str) -> None:
    occ = {
        "places": 3,
        "population": 8755,
        "by_region": [{"region": "Kharkiv region", "places": 3, "population": 8755}],
    }
    with i18n.language(lang):
        text = occupied_text({"occupied": occ})
    assert people.replace(" ", "\u00a0") in text.replace(" ", "\u00a0"), text


@pytest.mark.parametrize("lang", ["et", "lv"])
def test_the_cost_caveats_citation_date_is_the_readers(lang: str) -> None:
    caveat = (
        "Comparing the cost of making or laying a mine with the cost of removing it is misleading per mine "
        f"({clr_src.UN_ASKDAG.publisher}, {clr_src.UN_ASKDAG.date})."
    )
    with i18n.language(lang):
        text = " ".join(cost_notes({"cost": {"caveat": caveat}}))
    assert clr_src.UN_ASKDAG.date not in text and "2022" in text, text
