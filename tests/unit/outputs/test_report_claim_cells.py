"""The report's fact-check cells: the checker's English as written in English; in another
language the figures in the reader's numbers and the lead as the terminal words it."""

from __future__ import annotations

from minebelt.i18n import language
from minebelt.outputs.report import claim_cells

ROW = {
    "stated": 2000.0, "computed": 2248.0, "unit": "miles", "qualifier": None, "verdict": "imprecise",
    "deviation": 0.124, "stated_text": "2,000 miles", "computed_text": "2,248 miles",
    "explanation": "Recomputed 2,248 miles against the stated 2,000 miles: 12 % higher. Judged on the length only.",
}  # fmt: skip


def test_english_keeps_the_checker_text():
    assert claim_cells.stated(ROW) == "2,000 miles"
    assert claim_cells.computed(ROW) == "2,248 miles"
    assert claim_cells.why(ROW) == ("", ROW["explanation"])


def test_polish_numbers_and_lead():
    with language("pl"):
        assert claim_cells.stated(ROW).replace("\xa0", " ") == "2 000 mil"
        assert claim_cells.computed(ROW).replace("\xa0", " ") == "2 248 mil"
        lead, note = claim_cells.why(ROW)
        assert lead.startswith("Przeliczono")
        assert note == "Judged on the length only."


def test_nothing_computed_keeps_the_dash():
    with language("pl"):
        assert claim_cells.computed({**ROW, "computed": None, "computed_text": "\u2014"}) == "\u2014"
