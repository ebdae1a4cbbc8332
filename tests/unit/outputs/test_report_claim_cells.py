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


# A budget for fortifications beside the model's mines-only cost: two scopes, never side by side
PLAN = {
    "stated": 10e9, "computed": 3.94e9, "computed_range": [1.98e9, 9.1e9], "unit": "PLN", "qualifier": "about",
    "verdict": "stated", "by": "minebelt's model of “Eastern flank”", "stated_text": "PLN 10 bn",
    "computed_text": "PLN 3.94 bn (90 %: PLN 1.98–9.10 bn)",
    "scope_differs": "the budget buys fortifications; the belt's costed parts are anti-personnel mines",
    "explanation": "Stated: PLN 10 bn. Beside it, by minebelt's model: PLN 3.94 bn. No ratio is given: the scopes differ (...).",
}  # fmt: skip


def test_a_plan_of_another_scope_is_not_set_beside_the_model_in_its_headline():
    from minebelt.outputs import claim_words as CW

    assert claim_cells.computed(PLAN) == "no figure set beside it: the scopes differ"
    assert CW.stated_computed(PLAN) == "stated PLN 10 bn; no figure set beside it: the scopes differ"
    with language("pl"):
        for line in (claim_cells.computed(PLAN), CW.stated_computed(PLAN)):
            assert "3,94" not in line and "scopes" not in line, line
    same = {k: v for k, v in PLAN.items() if k != "scope_differs"}
    assert "3.94" in claim_cells.computed(same)
