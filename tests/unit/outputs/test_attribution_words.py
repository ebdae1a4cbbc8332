"""Attributions inside translated sentences: who stated a plan (the role translated, the
person's name as written), a citation's locator word, the border data's fields; a licence's
attribution kept in its own words, introduced in the reader's."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.model.production_sources import STATED_NEEDS
from minebelt.outputs.report import local_names as LN

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


@pytest.fixture(autouse=True)
def _english_again():
    yield
    i18n.set_language("en")


def test_the_document_keeps_who_said_it_in_english() -> None:
    said = {n.key: n.said_by for n in STATED_NEEDS}
    assert said["POL_AP_MINES_STATED_NEED"] == "Deputy Defence Minister P. Bejda"
    assert said["POL_ALL_TYPES_STATED_DEMAND"] == "Belma's CEO J. Zakrzewski"
    assert said["FIN_AP_MINES_STOCK_TARGET"] == "Col. R. Mikkonen, Inspector of Engineers, Finnish Army"
    assert LN.said_by("Deputy Defence Minister P. Bejda") == "Deputy Defence Minister P. Bejda"


@pytest.mark.parametrize("lang", OTHERS)
def test_the_role_is_the_readers_and_the_name_as_written(lang: str) -> None:
    from minebelt.outputs.report.local_exonyms import person

    with i18n.language(lang):
        for n in STATED_NEEDS:
            words = LN.said_by(n.said_by)
            # the name as the source wrote it, in the reader's script (uk: "П. Бейда")
            assert person(n.person) in words and words != n.said_by
            for english in ("Deputy", "Minister", "CEO", "Inspector", "Engineers", "Army", "Col."):
                assert english not in words, (lang, words)
        assert LN.said_by("A user's own words") == "A user's own words"


@pytest.mark.parametrize("lang", OTHERS)
def test_a_citations_locator_word_and_the_border_data_fields_are_the_readers(lang: str) -> None:
    cite = "global.espreso.tv, \u201cDeterring Russia\u201d (2025-07-07), section \u201cSecurity belt: mines\u201d, https://x.y/"
    with i18n.language(lang):
        words = LN.source_words(cite)
        assert ", section " not in words and "\u201cSecurity belt: mines\u201d" in words
        assert "\u201cDeterring Russia\u201d" in words
        for key in ("source", "version", "license", "attribution"):
            assert "border data" not in LN.data_key(key) and key not in LN.data_key(key)
        assert "via" not in LN.data_word("OpenStreetMap via @geo-maps npm packages (simonepri/geo-maps)")
    with i18n.language("en"):
        assert LN.source_words(cite) == cite and LN.data_key("license") == "border data license"
