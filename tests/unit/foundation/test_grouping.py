"""One grouping rule (:mod:`minebelt.numbers`, "Grouping"): a number of four digits or more is
grouped in every language, whatever formats it, and so is a figure written in a translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from conftest import ungrouped

from minebelt import i18n
from minebelt import numbers as n

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
LOCALE = Path(n.__file__).parent / "locale"


def test_the_finder_sees_what_it_should() -> None:
    assert ungrouped("od 1000 mieszkańców, 6000 min/km², w 2026, 7\u00a0161 osób") == ["1000", "6000"]
    assert ungrouped("seed 001, ISO-3166, 2026-12-06-3de97fc4, 0,0462, v1.2345") == []


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_formatter_groups_from_four_digits(lang: str) -> None:
    from minebelt.outputs.local_plans import digits

    g = n.SYMBOLS[lang][0]
    with i18n.language(lang):
        assert n.count(1000) == f"1{g}000" and n.count(7161) == f"7{g}161"
        assert n.num(6000) == f"6{g}000" and n.sig(1000.4) == f"1{g}000"
        assert n.span(1000, 6000).startswith(f"1{g}000")
        assert digits("1,000") == f"1{g}000"
    assert format_decimal(1000, locale=lang) == f"1{g}000"


@pytest.mark.parametrize("lang", OTHERS)
def test_no_translation_writes_a_figure_ungrouped(lang: str) -> None:
    with open(LOCALE / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        cat = read_po(f)
    bad = []
    for m in cat:
        for s in m.string if isinstance(m.string, tuple) else (m.string,):
            if m.id and ungrouped(str(s or "").replace("%%", "")):
                bad.append(s)
    assert bad == []
