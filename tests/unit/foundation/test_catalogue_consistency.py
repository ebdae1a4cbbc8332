"""One form per thing within a language, as a reader of the six reported: one name for a place
(Latvian, Lithuanian), one term for a fence (Polish, Ukrainian), one way of writing a full
date, a barrier declined where a comparison governs its case, and Estonian verdict counts
that agree with their number."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt import numbers as N
from minebelt.pipeline.blocks.calibration import compared_name, verdict_text

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


def _catalogue(lang: str):
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        return read_po(f)


def _strings(lang: str) -> list[str]:
    cat = _catalogue(lang)
    return [s for m in cat if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]


@pytest.mark.parametrize(("lang", "other"), [("lv", r"Folklend(?!a sal)"), ("lt", r"Folklend")])
def test_one_name_for_the_falkland_islands(lang: str, other: str) -> None:
    # lv "Folklenda salas/salās", lt "Folklando salos/salose", never "Folklendos"/"Folklenduose"
    assert [s for s in _strings(lang) if re.search(other, s)] == []


@pytest.mark.parametrize(
    ("lang", "other", "term"), [("pl", "płot", "ogrodzenie graniczne"), ("uk", "паркан", "прикордонна огорожа")]
)
def test_one_term_for_a_border_fence(lang: str, other: str, term: str) -> None:
    assert [s for s in _strings(lang) if other in s.lower()] == []
    assert term in _catalogue(lang).get("border-fence proxy", context="costed part").string


def test_lithuanian_company_and_belt_agree() -> None:
    cat = _catalogue("lt")
    assert cat.get("Belma's CEO %(person)s").string.startswith("„Belmos“ ")
    # "its" is the recorded belt, juosta (feminine)
    pace = "its %(rate)s mines a deminer-year is above both recorded cases' own pace (%(low)s and %(high)s) and is not bounded by history"
    assert re.match(r"jos .* jos neriboja$", cat.get(pace).string)


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("pl", "co w rodezyjskim kordonie sanitarnym"), ("lv", "cik Rodēzijas sanitārajā kordonā"),
     ("lt", "nei Rodezijos sanitariniame kordone"), ("fi", "kuin Rhodesian eristysvyöhykkeellä"),
     ("et", "kui Rodeesia sanitaarkordonis"), ("uk", "ніж у бар’єрі «родезійський санітарний кордон")],
)  # fmt: skip
def test_a_barrier_compared_with_takes_the_case_of_the_comparison(lang: str, phrase: str) -> None:
    name = "Rhodesian cordon sanitaire (Zimbabwe)"
    with i18n.language(lang):
        assert phrase in verdict_text(3.0, 1.0, name, "anti-personnel mines", 5)
    with i18n.language("en"):
        assert compared_name(name) == name


def test_every_barrier_has_its_compared_form() -> None:
    from minebelt.model.barriers import HISTORICAL_BARRIERS

    for lang in OTHERS:
        with i18n.language(lang):
            for b in HISTORICAL_BARRIERS:
                assert i18n.pgettext("barrier, compared with", b.name) != b.name, (lang, b.name)


def test_estonian_verdict_counts_take_the_partitive() -> None:
    # "3 ebatäpset, 6 kontrollimatut": an adjective after a number is a partitive singular
    with i18n.language("et"):
        assert i18n.ngettext("imprecise", "imprecise", 3) == "ebatäpset"
        assert i18n.ngettext("unverifiable", "unverifiable", 6) == "kontrollimatut"
        assert i18n.pgettext("verdict heading", "unverifiable") == "kontrollimatud"


MONTHS = {
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
}


def test_one_way_of_writing_a_full_date() -> None:
    # fi and et write every date as the formatter does (14. tammikuuta 2026, 14. jaanuar 2026),
    # not 14.1.2026 in a citation beside it; a Polish full date has no "r." (CLDR's long form,
    # as the formatter writes it), a year alone keeps it; Ukrainian writes "р." after a year
    for lang in ("fi", "et"):
        assert [s for s in _strings(lang) if re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}\b", s)] == [], lang
    assert [s for s in _strings("pl") if re.search(r"\d (?:" + MONTHS["pl"] + r")\s\d{4}\s+r\.", s)] == []
    assert [s for s in _strings("uk") if re.search(r"(\d{4}|%\(year\)s) року", s)] == []
    with i18n.language("pl"):
        assert N.dated("after", "2025-07-07") == "po 7 lipca 2025"
