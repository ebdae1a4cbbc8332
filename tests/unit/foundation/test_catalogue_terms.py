"""Words a reader of each language reported: one word per document (the PDF calls itself what
the page calls itself), no internal numbering of the seed articles, the field's terms from the
glossaries (Polish laying, Finnish proxy), and a minefield condition that agrees with no noun
it is not beside (Ukrainian, Latvian); one word for the defender (Latvian) and for a border
section (Lithuanian), erosion not rust, a dog team's search not survey (Ukrainian), plural
forms that match their number, a multiple of a barrier without a filler noun, and the atlas's
workforce as a count of deminers."""

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
    # a figure grouped in English ("about 1,000 km", an article's words quoted) is no seed number
    assert [s for s in _strings(_catalogue(lang)) if re.search(r"(?<!\d[\u00a0 ,.])\b00[01]\b", s)] == []


def test_the_fields_terms() -> None:
    assert not [s for s in _strings(_catalogue("pl")) if re.search(r"układani|ułoż", s)]
    assert not [s for s in _strings(_catalogue("fi")) if "sijaisarv" in s]
    for lang, noun in (("uk", "смуга"), ("lv", "josla")):
        cat = _catalogue(lang)
        for key in ("legacy", "recorded"):
            assert noun in cat.get(key, context="minefield condition").string


def test_polish_civilians_are_ludnosc_cywilna() -> None:
    # "cywile" reads as a soldier's word for non-soldiers; the title and every count say
    # "ludność cywilna" as Polish humanitarian texts do
    assert not [s for s in _strings(_catalogue("pl")) if re.search(r"(?i)\bcywil(e|ów|om|ach|ami)\b", s)]
    assert _catalogue("pl").get("Civilians").string == "Ludność cywilna"
    assert "ludność cywilna" in (i18n.LOCALE_DIR / "pl" / "glossary.tsv").read_text(encoding="utf-8")


def _pairs(lang: str) -> list[tuple[str, str]]:
    """(English msgid, each translated form) of a catalogue."""
    out = []
    for m in _catalogue(lang):
        if not m.id:
            continue
        english = m.id[0] if isinstance(m.id, tuple) else m.id
        out += [(english, s) for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]
    return out


def test_one_word_for_the_defender_and_one_for_a_section() -> None:
    # lv: "aizstāvis" (who defends a country), not "aizsargātājs" (a protector) beside it
    assert not [s for _, s in _pairs("lv") if re.search(r"(?i)aizsargātāj|aizsargājoš", s)]
    assert "aizstāvis" in _catalogue("lv").get("side: defender > neighbour").string
    # lt: a border section is a "ruožas" (as the State Border Guard Service writes); "atkarpa"
    # stays for a geometric part of a line ("short part", "parts (km from-to)")
    mixed = [(e, s) for e, s in _pairs("lt") if re.search(r"\b(sections?|stretch(es)?)\b", e) and "atkarp" in s.lower()]
    assert mixed == []
    assert _catalogue("lt").get("section").string == "ruožas"


def test_eroded_is_the_ground_s_erosion_not_rust() -> None:
    for lang, wrong in (("lt", "surūd"), ("pl", "skorod")):
        assert not [s for e, s in _pairs(lang) if "eroded" in e and wrong in s], lang


def test_a_dog_team_searches_it_does_not_survey() -> None:
    # uk: "обстеження" is survey (non-technical, technical: the glossary); search is "пошук"
    searched = [
        s for e, s in _pairs("uk") if re.search(r"\bsearch(es|ed)?\b", e) and re.search(r"(?i)dog|deminer-year", e)
    ]
    assert searched and all("обстеж" not in s for s in searched)
    assert "пошук" in _catalogue("uk").get("Area one dog team searches a day").string


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [
        ("lv", 1, "un vēl 1 apdzīvota vieta"),
        ("lv", 21, "un vēl 21 apdzīvota vieta"),
        ("lv", 2, "un vēl 2 apdzīvotas vietas"),
        ("lv", 10, "un vēl 10 apdzīvotu vietu"),
        ("lv", 0, "un vēl 0 apdzīvotu vietu"),
        ("fi", 1, "ja 1 muu paikkakunta"),
        ("fi", 3, "ja 3 muuta paikkakuntaa"),
        ("lt", 1, "ir dar 1 gyvenvietė"),
        ("lt", 3, "ir dar 3 gyvenvietės"),
        ("lt", 10, "ir dar 10 gyvenviečių"),
    ],
)
def test_and_n_more_places_takes_the_form_of_its_number(lang: str, n: int, text: str) -> None:
    with i18n.language(lang):
        assert i18n.ngettext("and %(n)s more place", "and %(n)s more places", n) % {"n": n} == text


@pytest.mark.parametrize("lang", OTHERS)
def test_a_multiple_of_a_barrier_reads_without_filler(lang: str) -> None:
    # "2,7x kohteen Korean DMZ miinamäärä": the sentence compares with the barrier itself
    # ("kuin", "kui", "cik", "nei", "co"; Polish, Latvian and Lithuanian name it in the case
    # the comparison governs, calibration.compared_name) instead of a filler noun
    cat = _catalogue(lang)
    calibration = "%(ratio)sx the mines per km of front of the %(barrier)s (%(scope)s), the densest of the %(n)s barrier in minebelt's table"
    texts = [cat.get("%(times)sx the mines per km of front of the %(barrier)s").string,
             cat.get("%(times)sx the %(barrier)s, %(table)s").string, *cat.get(calibration).string]  # fmt: skip
    assert not [t for t in texts if re.search(r"(?i)kohte|objekt", t)]


@pytest.mark.parametrize(
    ("lang", "deminers", "noun"),
    [("fi", 4021, "4\u00a0021 raivaajaa"), ("et", 4021, "4\u00a0021 demineerijat"), ("lv", 4021, "4\u00a0021 atmīnētājs"),
     ("lv", 500, "500 atmīnētāju"), ("lv", 4023, "4\u00a0023 atmīnētāji"), ("lt", 4021, "4\u00a0021 išminuotojas"),
     ("lt", 500, "500 išminuotojų")],
)  # fmt: skip
def test_the_atlas_workforce_is_a_count_of_deminers(lang: str, deminers: int, noun: str) -> None:
    from minebelt.outputs.atlas_view import workforce_text

    with i18n.language(lang):
        text = workforce_text({"deminers": deminers, "programme": "", "year": ""})
        named = workforce_text(
            {"deminers": deminers, "programme": "Ukraine's certified mine action operators", "year": 2024}
        )
    assert text.startswith(noun) and ":" not in text, text
    # the programme's name is a genitive ("... operaattorien"): a noun follows it, not the year
    assert named.startswith(noun) and not re.search(r"(ien|te|u|ų), 2024\)$", named), named
