"""A fact-checked claim in every language says what the English row says: whose model and what it
assumes before the recomputed figure, and the model's 90 % range beside a plan."""

from __future__ import annotations

import functools
import re

import pytest

from minebelt import i18n
from minebelt.outputs import claim_words as CW


@functools.cache
def _rows(name: str) -> dict[str, dict]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return {r["id"]: r for r in check_file(EXAMPLES / name)["claims"]}


def _digits(text: str) -> list[str]:
    """The figures of ``text`` with their separators taken out (``12 000`` and ``12,000`` alike)."""
    return [re.sub(r"[\s\u00a0\u202f,.]", "", m) for m in re.findall(r"\d[\d\s\u00a0\u202f,.]*\d|\d", text)]


def test_assumptions_read_in_the_readers_numbers() -> None:
    with i18n.language("pl"):
        assert CW.assumptions("density 6,000 to 12,000 mines/km², depth 1.5 to 2.5 km") == (
            "gęstość 6\u00a0000–12\u00a0000 min/km², głębokość 1,5–2,5 km"
        )
        assert CW.by_words("the article's own arithmetic") == "własne obliczenia artykułu"
    with i18n.language("en"):
        assert CW.assumptions("density 12,000 mines/km², depth 2 km") == "density 12,000 mines/km², depth 2 km"


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_a_model_claims_lead_keeps_whose_model_and_what_it_assumes(lang: str) -> None:
    row = _rows("seed-claims.toml")["s1-pol-200-300-km-4-5-million"]
    assert row["explanation"].startswith("By the article's own arithmetic (density 12,000 mines/km², depth 2 km): ")
    with i18n.language(lang):
        lead = CW.lead(row)
        by = CW.by_words(row["by"])
    assert by in lead and lead.index(by) < lead.index(_lead_figure(lead))
    # the assumptions (12,000 mines/km², 2 km) and both figures (4.8-7.2 against 4-5 million)
    assert {"12000", "2", "48", "72", "4", "5"} <= set(_digits(lead)), lead


def _lead_figure(lead: str) -> str:
    return re.findall(r"4[,.]8", lead)[0]


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_a_plans_line_keeps_the_models_assumptions_and_90_percent_range(lang: str) -> None:
    row = _rows("national-plans-claims.toml")["pol-ap-mines-up-to-1m"]
    assert "(90 %: 4.43–10.4 million mines)" in row["computed_text"]
    with i18n.language(lang):
        line = CW.stated_computed(row)
        # a bundled example's title in the reader's words and quotation marks
        title = CW.quoted(i18n.pgettext("bundled scenario", "Eastern flank, full picture (uncertain)"))
    assert title in line, line
    assert {"6000", "12000", "15", "25", "681", "443", "104"} <= set(_digits(line)), line
    assert "90" in _digits(line)
