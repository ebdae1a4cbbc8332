"""Words a reader of each language reported: one word per document (the PDF calls itself what
the page calls itself), no internal numbering of the seed articles, the field's terms from the
glossaries (Polish laying, Finnish proxy), and a minefield condition that agrees with no noun
it is not beside (Ukrainian, Latvian)."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


def _catalogue(lang: str):
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        return read_po(f)


def _strings(cat) -> list[str]:
    return [s for m in cat if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]


@pytest.mark.parametrize("lang", OTHERS)
def test_the_pdf_calls_itself_what_the_page_calls_itself(lang: str) -> None:
    cat = _catalogue(lang)
    report = cat.get("minebelt report").string.replace("minebelt", "").strip(" -")
    footer = cat.get("minebelt %(version)s briefing · scenario sha256 %(sha)s…").string
    assert report.split()[0].lower() in footer.lower(), (report, footer)


@pytest.mark.parametrize("lang", OTHERS)
def test_no_seed_article_by_its_internal_number(lang: str) -> None:
    assert [s for s in _strings(_catalogue(lang)) if re.search(r"(?<!\d[\u00a0 ])\b00[01]\b", s)] == []


def test_the_fields_terms() -> None:
    assert not [s for s in _strings(_catalogue("pl")) if re.search(r"układani|ułoż", s)]
    assert not [s for s in _strings(_catalogue("fi")) if "sijaisarv" in s]
    for lang, noun in (("uk", "смуга"), ("lv", "josla")):
        cat = _catalogue(lang)
        for key in ("legacy", "recorded"):
            assert noun in cat.get(key, context="minefield condition").string
