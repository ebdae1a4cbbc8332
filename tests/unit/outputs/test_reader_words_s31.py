"""The last English and mis-formatted words in the six languages: a ratio in a sentence reads
as a share or a multiple ("15 %", "2,5 razy tyle"), never "0,15x"; a comparison's difference
has the locale's minus; Ukrainian units are Cyrillic; the data dictionary's units and precisions
are in the reader's words; people and foreign places have the reader's names."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt.outputs.report import local_ratios as R

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
#: "0,15x", "2.5x": a ratio written as a formula
FORMULA = re.compile(r"\d(?:[.,]\d+)?x\b")


def _doc() -> dict:
    return {
        "production": {
            "capacity": [],
            "stated_needs": [
                {"country": "POL", "mines": 1e6, "scope": "anti-personnel", "model_mines": 6.81e6, "ratio_to_model": 0.147,
                 "said_by": "Deputy Defence Minister P. Bejda", "date": "2025-03-18", "years_at_capacity": 0.83},
                {"country": "POL", "mines": 5e6, "mines_high": 6e6, "scope": "all-types", "model_mines": 6.81e6,
                 "ratio_to_model": 0.73, "said_by": "x", "date": "2025-12-17"},
                {"country": "FIN", "mines": 1e6, "scope": "anti-personnel", "model_mines": 4e5, "ratio_to_model": 2.5,
                 "said_by": "x", "date": "2025-08-26"},
            ],
        },
        "cost": {
            "currency": "USD",
            "budgets": [
                {"country": "LTU", "amount": 8e8, "currency": "EUR", "programme": "x", "announced": "2025-01-01",
                 "share_of_costed_belt": 2.46, "converted": 9e8, "costed_belt": 3.6e8, "ratio_to_parts": 0.4},
                {"country": "POL", "amount": 2.5e9, "currency": "USD", "programme": "x", "announced": "2024-05-27",
                 "share_of_costed_belt": 0.31, "converted": 2.5e9, "costed_belt": 8e9},
            ],
        },
    }  # fmt: skip


@pytest.mark.parametrize(
    ("lo", "hi", "share", "text"),
    [(0.147, None, True, "15 %"), (0.73, 0.88, True, "73–88 %"), (0.004, None, True, "0.4 %"), (1.0, None, True, "100 %"),
     (2.46, None, False, "2.5"), (0.73, 1.2, False, "0.73–1.2"), (130.4, None, False, "130")],
)  # fmt: skip
def test_one_rule_a_share_below_one_a_multiple_from_one(lo, hi, share, text) -> None:
    assert R.is_share(lo, hi) is share
    assert (R.share_text(lo, hi) if share else R.times_text(lo, hi)) == text


@pytest.mark.parametrize("lang", ["en", *OTHERS])
def test_plans_and_budgets_are_never_written_as_a_formula(lang: str) -> None:
    from minebelt.outputs.report.local_tables import budget_rows, stated_needs
    from minebelt.outputs.report.local_words import cost_details, production_details

    doc = _doc()
    with i18n.language(lang):
        texts = [*production_details(doc), *cost_details(doc)]
        texts += [r["model"] for r in stated_needs(doc)] + [str(r) for r in budget_rows(doc)]
    assert texts and not [t for t in texts if FORMULA.search(t) or "\u00d7" in t], texts
    joined = " ".join(texts)
    assert re.search(r"15\s?%", joined) and re.search(r"73–88\s?%", joined) and "2" in joined


@pytest.mark.parametrize(
    ("lang", "words"),
    [("pl", "2,5 razy tyle"), ("uk", "у 2,5 раза більше"), ("fi", "2,5 kertaa"), ("et", "2,5 korda"),
     ("lv", "2,5 reizes"), ("lt", "2,5 karto")],
)  # fmt: skip
def test_a_multiple_reads_as_times_as_many(lang: str, words: str) -> None:
    from minebelt.outputs.report.local_words import production_details

    with i18n.language(lang):
        assert any(words in t for t in production_details(_doc())), production_details(_doc())


@pytest.mark.parametrize("lang", ["en", *OTHERS])
def test_the_compare_headline_is_a_share_or_a_multiple(lang: str) -> None:
    from minebelt.outputs.terminal.compare import headline

    doc = {"scenarios": [{"label": "A", "name": "a"}, {"label": "B", "name": "b"}, {"label": "C", "name": "c"}],
           "figures": [{"unit": "mines", "values": [124e6, 62.2e6, 300e6], "ratio": [1.0, 0.5, 2.42]}]}  # fmt: skip
    with i18n.language(lang):
        text = headline(doc)
    assert not FORMULA.search(text) and re.search(r"50\s?%", text) and "2,4" in text.replace("2.4", "2,4"), text


@pytest.mark.parametrize("lang", ["en", *OTHERS])
def test_the_difference_header_has_the_locale_minus(lang: str) -> None:
    from minebelt.numbers import MINUS
    from minebelt.outputs.compare_view import difference_header

    with i18n.language(lang):
        text = difference_header("B", "A")
        title = i18n.gettext("What explains %(difference)s") % {"difference": text}
    assert text == f"B {MINUS[lang]} A" and text in title
    assert ("\u2212" in text) is (lang in ("fi", "et", "lt"))


def test_ukrainian_units_of_the_headline_card_and_the_places_table() -> None:
    from minebelt.i18n import pgettext
    from minebelt.outputs.report.views import exposure_view

    with i18n.language("uk"):
        assert pgettext("after a number", "km²") == "км²"
        view = exposure_view(
            {"exposure": {"available": True, "radii_km": [1, 5, 10],
                          "total": {"largest_places": [{"name": "Kybartai", "country": "LTU", "population": 5631, "distance_km": 0.86}],
                                    "in_or_near_belt": [{"name": "Shebekino", "country": "RUS", "population": 39680, "distance_km": 0.4}]}}}
        )  # fmt: skip
    assert view["largest"][0]["distance"].endswith(" км") and view["largest"][0]["name"] == "Кібартай"
    assert view["on_belt"][0]["name"] == "Шебекине" and "km" not in view["on_belt"][0]["distance"]


@pytest.mark.parametrize("lang", OTHERS)
def test_the_data_dictionary_s_units_and_precisions_are_for_people(lang: str) -> None:
    from minebelt.outputs.datadict import dictionary_rows

    tables = {"sections.csv": ["name", "length_km", "area_km2", "mines", "depth_km"]}
    english = dictionary_rows(tables)
    with i18n.language(lang):
        shown = dictionary_rows(tables)
    # the keys stay (the file and the column a reader looks up), the values are the reader's
    assert [(r["file"], r["column"]) for r in shown] == [(r["file"], r["column"]) for r in english]
    english_words = {"text", "whole number", "1 decimal", "2 decimals", "3 decimals", "mines"}
    assert not [r for r in shown if r["precision"] in english_words or r["unit"] == "mines"], shown
    if lang == "uk":
        assert {r["unit"] for r in shown} >= {"км", "км²"}


def test_the_english_data_dictionary_is_unchanged() -> None:
    from minebelt.outputs.datadict import dictionary_rows

    rows = dictionary_rows({"sections.csv": ["name", "length_km", "depth_km", "mines"]})
    assert [(r["unit"], r["precision"]) for r in rows] == [
        ("", "text"), ("km", "1 decimal"), ("km", "2 decimals"), ("mines", "whole number")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "row", "name"),
    [("uk", {"name": "Kybartai", "country": "LTU"}, "Кібартай"),
     ("uk", {"name": "Hlukhiv", "country": "UKR", "name_uk": "Глухів"}, "Глухів"),
     ("pl", {"name": "Hlukhiv", "country": "UKR", "name_uk": "Глухів"}, "Hłuchów"),
     ("pl", {"name": "Shebekino", "country": "RUS"}, "Szebiekino"),
     ("pl", {"name": "Kybartai", "country": "LTU"}, "Kibarty"),
     ("fi", {"name": "Shebekino", "country": "RUS"}, "Šebekino"),
     ("et", {"name": "Pechory", "country": "RUS"}, "Petseri"),
     ("lv", {"name": "Donetsk", "country": "RUS"}, "Doņecka"),
     ("lt", {"name": "Hlukhiv", "country": "UKR"}, "Hluchivas"),
     ("pl", {"name": "Šalčininkai", "country": "LTU"}, "Soleczniki"),
     ("fi", {"name": "Kybartai", "country": "LTU"}, "Kybartai"),
     ("uk", {"name": "Somewhere", "country": "RUS"}, "Somewhere")],
)  # fmt: skip
def test_places_have_the_reader_s_names(lang: str, row: dict, name: str) -> None:
    from minebelt.outputs.report.local_names import place

    with i18n.language(lang):
        assert place(row) == name


def test_every_place_of_the_tables_is_written_in_the_reader_s_script() -> None:
    from minebelt.outputs.report.local_exonyms import PEOPLE, PLACES

    # the apostrophe inside a Ukrainian name is the typographic one (U+2019), as in the catalogue
    assert all(re.fullmatch(r"[\u0400-\u04ff\u2019 .\-]+", v) for v in [*PLACES["uk"].values(), *PEOPLE["uk"].values()])
    assert not [v for v in PLACES["pl"].values() if re.search(r"[\u0400-\u04ff]", v)]
    # Polish names of its eastern neighbours' places and of Lithuanian towns (KSNG's list)
    assert not {c for c, _ in PLACES["pl"]} - {"RUS", "BLR", "UKR", "LTU"}


def test_each_reader_s_table_names_every_eastern_place_and_its_rule() -> None:
    # et, fi, lv, lt name every place in Russia, Belarus and Ukraine the outputs show (the Polish
    # table's) in their own form; each row names its rule and the Cyrillic it starts from
    from minebelt.outputs.report.local_exonyms import PLACES, _rows

    eastern = {k for k in PLACES["pl"] if k[0] in ("RUS", "BLR", "UKR")}
    for lang in ("et", "fi", "lv", "lt"):
        assert {k for k in PLACES[lang] if k[0] in ("RUS", "BLR", "UKR")} == eastern, lang
        assert not [v for v in PLACES[lang].values() if re.search(r"[\u0400-\u04ff]", v)], lang
    assert all(r["source"] for r in _rows())
    assert all(
        re.search(r"from [\u0400-\u04ff]", r["source"])
        for r in _rows()
        if r["lang"] in ("et", "fi", "lv", "lt") and r["kind"] == "place" and r["country"] in ("RUS", "BLR", "UKR")
    )
    # the transcriptions differ where the English romanisation does: no "sh", "zh", "kh", "ch"
    english = re.compile(r"sh|zh|kh|ch|yy|iy$", re.I)
    assert not [(lang, v) for lang in ("et", "fi", "lv") for v in PLACES[lang].values() if english.search(v)]


def test_latvian_writes_polish_and_lithuanian_towns_the_latvian_way() -> None:
    # Latvian adapts every foreign name to its letters and endings (Polish sz, w -> š, v;
    # Lithuanian -as, -ai -> -a, -i): each Polish and Lithuanian town the Ukrainian table names
    # has its Latvian form; Estonian, Finnish and Lithuanian readers keep the Latin original
    from minebelt.outputs.report.local_exonyms import PLACES

    western = {k for k in PLACES["uk"] if k[0] in ("POL", "LTU")}
    assert {k for k in PLACES["lv"] if k[0] in ("POL", "LTU")} == western
    assert PLACES["lv"][("POL", "Bartoszyce")] == "Bartošice"
    assert PLACES["lv"][("POL", "Braniewo")] == "Braņevo"
    assert PLACES["lv"][("LTU", "Visaginas")] == "Visagina"
    assert not [v for k, v in PLACES["lv"].items() if k[0] == "POL" and re.search(r"sz|cz|rz|w|ł|ż|ó|ę|ą|ś|ź|ń", v)]
    assert not [k for lang in ("et", "fi", "lt") for k in PLACES[lang] if k[0] in ("POL", "LTU")]


@pytest.mark.parametrize(("lang", "name"), [("uk", "П. Бейда"), ("pl", "P. Bejda"), ("lt", "P. Bejda")])
def test_a_person_s_name_in_the_reader_s_script(lang: str, name: str) -> None:
    from minebelt.outputs.report.local_names import said_by

    with i18n.language(lang):
        text = said_by("Deputy Defence Minister P. Bejda")
    assert text.endswith(name) and text != "Deputy Defence Minister P. Bejda"


def test_the_lithuanian_mine_barrier_is_feminine() -> None:
    with open(i18n.LOCALE_DIR / "lt" / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        cat = read_po(f)
    strings = [s for m in cat if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]
    assert not [s for s in strings if re.search(r"užtvar(ai|ų užtvarai)\b|Istoriniai minų", s)]
    help_text = cat.get("Historical mine barriers side by side with a scenario: mines per km of front, per km², depth.")
    assert help_text.string.startswith("Istorinės minų užtvaros")


@pytest.mark.parametrize(
    ("lang", "name", "form"),
    [("uk", "J. Zakrzewski", "Я. Закшевський"), ("lv", "R. Mikkonen", "R. Mikonens"), ("lv", "J. Zakrzewski", "J. Zakševskis"),
     ("lt", "R. Mikkonen", "R. Mikkonen"), ("fi", "J. Zakrzewski", "J. Zakrzewski")],
)  # fmt: skip
def test_a_stated_need_s_person_by_the_reader_s_rules(lang: str, name: str, form: str) -> None:
    # uk: Cyrillic (Pravopys § 129); lv: Latvian spelling and ending (Cabinet Regulation No. 114);
    # et, fi, lt: as the source prints it
    from minebelt.model.production_sources import STATED_NEEDS
    from minebelt.outputs.report.local_names import said_by

    need = next(n for n in STATED_NEEDS if n.person == name)
    with i18n.language(lang):
        assert said_by(need.said_by).endswith(form) or form + "," in said_by(need.said_by)
