"""A forecast's reading keeps its subject in every language: "Read as before 2026-04 (Estonia's
withdrawal in effect by then; ...)" is never "Odczytano jako przed 2026-04" alone, and a yes/no
figure says what it answers ("withdrawal in effect: yes"), never a bare "tak"."""

from __future__ import annotations

import pytest

from minebelt.i18n import language

EST = {
    "verdict": "stated", "unit": "date", "stated": "at the beginning of 2026",
    "reading": {"qualifier": "before", "value": "2026-04", "as": "Estonia's withdrawal in effect by then"},
}  # fmt: skip
UKR = {
    "verdict": "stated", "unit": "withdrawal in effect (1 = yes)", "stated": "at the beginning of 2026",
    "reading": {"qualifier": "about", "value": 1.0, "as": "by the beginning of 2026"},
}  # fmt: skip
OWN = {
    "verdict": "stated", "unit": "years", "stated": "within a few years",
    "reading": {"qualifier": "about", "value": [2.0, 5.0], "as": "the time to make the reduced model's mines"},
}  # fmt: skip


def _read(row: dict) -> str:
    from minebelt.outputs.local_plans import _segment

    return _segment("Read as something.", row)


@pytest.mark.parametrize("lang", ["pl", "uk", "fi", "et", "lv", "lt"])
def test_a_reading_keeps_its_subject(lang):
    from minebelt.outputs.report.local_names import country

    with language(lang):
        est, ukr, own, estonia = _read(EST), _read(UKR), _read(OWN), country("EST")
    assert "2026-04" in est and estonia in est
    assert "withdrawal" not in est and "by then" not in est  # minebelt's own words, translated
    assert "2026" in ukr and "beginning" not in ukr
    # a claims file's own reading stays as written, in the reader's quotation marks
    assert "the time to make the reduced model's mines" in own


def test_a_yes_no_figure_says_what_it_answers():
    from minebelt.outputs.claim_words import value

    with language("pl"):
        said = value(1.0, "withdrawal in effect (1 = yes)")
    assert said != "tak" and said.endswith("tak") and "withdrawal" not in said
    assert value(0.0, "withdrawal in effect (1 = yes)") == "withdrawal in effect: no"
