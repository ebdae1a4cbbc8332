"""Stated production needs keep their ranges, and say why a producer is not counted, in Polish
as in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.i18n import language
from minebelt.outputs.report.local_tables import stated_needs as needs_rows
from minebelt.outputs.report.local_words import production_details
from minebelt.outputs.report.production_headline import needs_line, not_counted
from minebelt.outputs.report.production_view import stated_needs

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture(scope="module")
def doc():
    return estimate(load_scenario(EXAMPLES / "eastern-flank-full.toml")).document


def _plain(s: str) -> str:
    return s.replace("\xa0", " ").replace("\u202f", " ")


def test_stated_range_has_a_range_of_years(doc):
    need = next(n for n in doc["production"]["stated_needs"] if n.get("mines_high"))
    # 5-6 M at the capacity on record: the low end takes its own time, shorter than the high end's
    assert need["years_at_capacity_low"] < need["years_at_capacity"]
    assert need["years_at_capacity_low"] == pytest.approx(
        need["years_at_capacity"] * need["mines"] / need["mines_high"], rel=0.05
    )
    shorts = [n["short"] for n in stated_needs(doc)]
    assert any("73\u201388 % of the model's; 4.2\u20135 years at that capacity" in s for s in shorts), shorts


def test_polish_keeps_ranges_and_reasons(doc):
    with language("pl"):
        line = _plain(needs_line(doc))
        details = _plain(" ".join(production_details(doc)))
        rows = [_plain(r["years"]) for r in needs_rows(doc)]
        reasons = not_counted(doc)
    assert "5–6 mln min wszystkich rodzajów, 4,2–5 lat przy tej zdolności" in line
    assert "73–88% liczby min przeciwpiechotnych w modelu" in details
    assert any(r.startswith("4,17–5 lat") for r in rows), rows  # the table's detail rule: three figures
    assert "Finlandia (pierwsze nowe miny w 2027 r.)" in reasons
    assert "Nieuwzględnione, brak danych o zdolnościach: Finlandia (pierwsze nowe miny w 2027 r.)" in details
    with language("en"):
        assert "Finland (first new mines in 2027)" in not_counted(doc)
