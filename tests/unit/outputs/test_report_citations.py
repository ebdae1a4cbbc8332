"""Citations on a translated page and in its PDF: English as recorded, marked "EN" through one
helper; the fact-check's method in the reader's words, not file names and field paths."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from minebelt import i18n
from minebelt.i18n import language
from minebelt.outputs.report import claim_method, fmt
from minebelt.outputs.report.claim_cells import as_written
from minebelt.outputs.report.pdf_base import printable

MARK = '<span lang="en" class="as-written" data-cite>'
OTHERS = [x for x in i18n.LANGS if x != "en"]


@pytest.mark.parametrize("lang", OTHERS)
def test_a_citation_is_marked_english_with_the_visible_mark(lang: str) -> None:
    with language(lang):
        assert str(as_written("Die Welt, “Landminen” & more")) == f"{MARK}Die Welt, “Landminen” &amp; more</span>"
        assert str(as_written(Markup("<a>x</a>"))) == f"{MARK}<a>x</a></span>"
        assert str(as_written("")) == ""  # no lone "EN"
    with language("en"):
        assert str(as_written("Die Welt")) == "Die Welt"


def test_a_quotation_found_in_the_recorded_note_is_marked_english() -> None:
    recorded = "Officials spoke of 'nonpersistent' mines."
    with language("pl"):
        page = str(fmt.cite_quotes("Urzędnicy mówili o „nonpersistent” i „trwałych” minach.", recorded))
    assert f"{MARK}„nonpersistent”</span>" in page
    assert "<span data-cite>„trwałych”</span>" in page  # the reader's own words: cited, not English
    assert str(fmt.cite_quotes("Estonia's border", recorded)) == "Estonia&#x27;s border"  # an apostrophe


SCENARIO = "eastern-flank-full.toml: (first scenario) / by_country.POL.mines (2000 samples)"


def _plain(method: str) -> str:
    return "".join(f"«{t}»" if recorded else t for t, recorded in claim_method.pieces(method))


def test_the_method_in_english_words_names_no_file_or_field_path() -> None:
    with language("en"):
        assert _plain(SCENARIO) == "the model's mines for Poland, first scenario of its file (2,000 samples)"
        named = "seed-korean-model.toml: Korean DMZ model: priority fronts / Ukraine: priority front, 500 km / area_km2"
        assert _plain(named) == (
            "the model's belt area for «Ukraine: priority front, 500 km», scenario «Korean DMZ model: priority fronts»"
        )
        border = _plain("b where b = border:FIN-RUS:length_km")
        assert border.startswith("«b», where «b» = measured border length Finland–Russia"), border
        assert _plain("not recomputable") == "not recomputable"
        assert "«sections[1]" not in _plain("x.toml: (first scenario) / sections[1].area_km2")


@pytest.mark.parametrize("lang", OTHERS)
def test_the_method_is_in_the_readers_words(lang: str) -> None:
    with language(lang):
        shown = _plain(SCENARIO)
        page = str(claim_method.html(SCENARIO))
    assert ".toml" not in shown and "by_country" not in shown and "samples" not in shown
    assert "2000" not in shown  # grouped as the reader groups
    assert "as-written" not in page  # nothing recorded in it: all in the reader's words


MILES = "borders / km_per_mile where borders = border:FIN-RUS:length_km, km_per_mile = const:KM_PER_MILE"


@pytest.mark.parametrize("lang", OTHERS)
def test_minebelts_own_formula_and_names_are_code_not_an_english_quotation(lang: str) -> None:
    # the expression and the names it uses are code: shown as code, not marked "EN" as if they
    # were an English quotation; the words around them are the reader's
    with language(lang):
        page = str(claim_method.html(MILES))
    assert "as-written" not in page
    assert "<code>borders / km_per_mile</code>" in page
    assert "<code>km_per_mile</code> = " in page and "<code>KM_PER_MILE</code>" in page
    with language("en"):
        english = str(claim_method.html(MILES))
    assert "<code>" not in english and english.startswith("borders / km_per_mile, where borders = measured")


def test_the_method_marks_a_scenarios_own_names_as_written() -> None:
    with language("pl"):
        page = str(claim_method.html("a.toml: (first scenario) / Poland: border with Belarus, 400 km / mines"))
    assert page.startswith("według modelu: miny (") and f"{MARK}Poland: border with Belarus, 400 km</span>" in page


def test_a_korean_title_prints_as_its_english_gloss() -> None:
    glossed = "Asia Economy, “[DMZ 지뢰 제거] 한반도 매설 지뢰? (the mines laid on the Korean peninsula)”, 2019"
    assert printable(glossed) == "Asia Economy, “[\u2026] (the mines laid on the Korean peninsula)”, 2019"
    bare = printable("Seoul Shinmun, “DMZ에 묻힌 지뢰 200만발..200년 걸린다” (2018-10-04)")
    assert "200" not in bare and bare.startswith("Seoul Shinmun, “[\u2026]")
    assert printable("“Killer mines (Al Jazeera)”") == "“Killer mines (Al Jazeera)”"
