"""The fact-check's own sentences write dates the reader's way in each of the six languages:
no ISO month ("enne 2026-04"), no English month or decade, the month after "before" and
"after" in the case the preposition asks for (:func:`minebelt.numbers.dated`)."""

from __future__ import annotations

import re
from functools import cache

import pytest

from minebelt.i18n import language

OTHERS = ["uk", "pl", "fi", "et", "lv", "lt"]
ENGLISH_OR_ISO = re.compile(
    r"\b\d{4}-\d{2}(?!-?\d)|\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|\b\d{4}s\b"
)


@cache
def _rows() -> tuple[dict, ...]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    files = ("seed-claims.toml", "national-plans-claims.toml")
    return tuple(r for name in files for r in check_file(EXAMPLES / name)["claims"])


@pytest.mark.parametrize("lang", OTHERS)
def test_the_fact_checks_own_sentences_write_no_english_or_iso_date(lang: str) -> None:
    from minebelt.outputs import claim_words as CW
    from minebelt.outputs.report.claim_cells import stated

    found = []
    with language(lang):
        for r in _rows():
            own, _rest = CW.own_sentences(r)
            for text in (CW.stated_computed(r), CW.lead(r), stated(r), *own):
                iso_day = None if lang == "lt" else re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)
                if ENGLISH_OR_ISO.search(text) or iso_day:
                    found.append(f"{r['id']}: {text}")
    assert found == []
