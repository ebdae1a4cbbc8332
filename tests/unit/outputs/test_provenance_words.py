"""Where the figures come from, in the reader's words and numbers: a cited default's working
and what it was used for, the exchange-rate rows, the workforce preset and the clearance
yardsticks (report, PDF, web), the border data's credit, and the data dictionary's
descriptions. The English outputs keep the document's English text (golden outputs)."""

from __future__ import annotations

import functools
import re

import pytest

from minebelt import i18n

#: The English text these pieces were written in (words, and numbers with a comma thousands
#: separator or a decimal point).
ENGLISH = re.compile(
    r"Figures:|used for|USD/EUR \(ECB|\bat \d|bomb disposal|cleared a year|data processed|"
    r"Lithuania-Belarus|Poland-Belarus|Finland-Russia|a few tens|\d,\d{3}(?!\d)|\d\.\d"
)

#: OpenStreetMap's notice as openstreetmap.org's own translations word it
#: (openstreetmap-website config/locales/LANG.yml, javascripts.map.openstreetmap_contributors;
#: lt, which has none there: site.about.heading_html).
OSM_NOTICES = {
    "pl": "© autorzy OpenStreetMap",
    "uk": "© Учасники OpenStreetMap",
    "fi": "© OpenStreetMap-kartoittajat",
    "et": "© OpenStreetMapi kaastöölised",
    "lv": "© OpenStreetMap līdzstrādnieki",
    "lt": "© OpenStreetMap bendradarbiai",
}


@pytest.fixture(autouse=True)
def _english_again():
    yield
    i18n.set_language("en")


@functools.cache
def _doc() -> dict:
    from conftest import EXAMPLES

    from minebelt import estimate, load_scenario

    return estimate(load_scenario(EXAMPLES / "eastern-flank-full.toml")).document


def _sp(s: str) -> str:
    return s.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_the_assumptions_tables_say_the_working_in_the_reader_words(lang: str) -> None:
    from minebelt.outputs.report.assumptions import assumptions

    doc = _doc()
    with i18n.language(lang):
        rows = [r for k in ("cost", "clearance") for r in assumptions(k, doc[k], None, doc)]
    cited = [r for r in rows if r["kind"] == "cited"]
    # the citation as published (its English title is a name), then the working in the reader's words
    text = "\n".join(f"{r['name']} {r['value']} {r['unit']}" for r in rows)
    assert not ENGLISH.findall(text), ENGLISH.findall(text)
    working = [_sp(r["source"]).split("Figures: ")[-1] for r in cited]
    assert not [w for w in working if ". Figures: " in w]
    fence = next(r for r in cited if "302" in _sp(r["source"]) and "USD/PLN" in r["source"])
    assert "8 591 000 PLN" in _sp(fence["source"]) and "0,221452 USD/PLN" in fence["source"]
    m2 = next(r for r in rows if re.search("[mм]²", r["unit"]) and "USD" in r["unit"])
    assert "USD" not in m2["value"]  # the currency once, in the unit


def test_the_english_tables_keep_the_document_text() -> None:
    from minebelt.outputs.report.assumptions import assumptions

    doc = _doc()
    rows = assumptions("cost", doc["cost"], None, doc)
    assert any(". Figures: a few tens of euros: EUR 20 per mine" in r["source"] for r in rows)
    assert any(r["name"].startswith("Exchange rate (Lithuania-Belarus barrier") for r in rows)


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_the_sources_list_says_what_each_citation_gave_in_the_reader_words(lang: str) -> None:
    from minebelt.outputs.report.local_sources import collect_sources

    doc = _doc()
    with i18n.language(lang):
        sources = collect_sources(doc)
    assert not [s for s in sources if "(used for:" in s or ". Figures: " in s or s.startswith("fitted on")]
    assert any("20–200 EUR = 23,3–233 USD" in _sp(s) for s in sources)
    for english in ("clearance yardstick", "workforce preset", "bomb disposal", "cleared a year"):
        assert not [s for s in sources if english in s], english
    assert any("4 021" in _sp(s) for s in sources) and any(re.search("30,4–58 (km|км)²", s) for s in sources)
    assert any("0,221452 USD/PLN" in s for s in sources)
    with i18n.language("en"):
        english = collect_sources(doc)
    assert any("(used for: Cost of one mine, EUR 20 to 200" in s for s in english)


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_the_web_sources_list_has_no_english_working(lang: str) -> None:
    from minebelt.web.reader_text import sources_text

    doc = _doc()
    with i18n.language(lang):
        sources = sources_text(doc)
    whats = "\n".join(s["what"] for s in sources)
    assert not ENGLISH.findall(whats), ENGLISH.findall(whats)
    cites = "\n".join(s["cite"] for s in sources)
    for english in ("bomb disposal experts", "km² cleared a year", "Figures:"):
        assert english not in cites
    assert re.search("30,4–58 (km|км)²", whats) and "4 021" in _sp(whats)
    assert not re.search(r"USD \(.*\) USD", whats)  # the unit once


def test_the_border_data_credit_keeps_the_licence_wording() -> None:
    from minebelt.data.borders import data_info
    from minebelt.outputs.report.credit import attribution
    from minebelt.outputs.report.local_names import data_word

    text = data_info()["attribution"]
    assert attribution(text) == text == data_word(text)
    for lang in ("pl", "uk", "fi", "et", "lv", "lt"):
        with i18n.language(lang):
            shown = attribution(text)
            assert shown == data_word(text)
        # OpenStreetMap's notice as openstreetmap.org words it in the language; the ODbL kept
        assert shown.startswith(f"{OSM_NOTICES[lang]}, ODbL 1.0 (https://www.openstreetmap.org/copyright); "), (
            lang,
            shown,
        )
        assert "data processed" not in shown and shown.endswith("geo-maps (MIT)"), (lang, shown)


def test_the_terminal_credits_the_border_data_in_the_reader_words(run_cli, examples) -> None:
    code, out, _ = run_cli("estimate", str(examples / "eastern-flank-full.toml"), "--lang", "pl")
    assert code == 0
    flat = " ".join(out.split())
    assert "dane przetworzone przez geo-maps (MIT)" in flat and "data processed" not in flat
    assert "© autorzy OpenStreetMap, ODbL 1.0" in flat


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_the_data_dictionary_describes_the_columns_in_the_reader_words(lang: str) -> None:
    from minebelt.outputs.datadict import RECORD_COLUMNS, dictionary_rows

    tables = {"sections.csv": ["name", "length_km", "mines", "mines_p05"], "hazard-areas.csv": list(RECORD_COLUMNS)}
    english = dictionary_rows(tables)
    with i18n.language(lang):
        shown = dictionary_rows(tables)
    assert [(r["file"], r["column"]) for r in shown] == [
        (r["file"], r["column"]) for r in english
    ]  # the keys a reader looks up: the files' and the columns' names as the files write them
    assert [r["precision"] for r in shown] != [r["precision"] for r in english]  # for people: translated
    assert all(a["description"] != b["description"] for a, b in zip(shown, english, strict=True))
    p05 = next(r for r in shown if r["column"] == "mines_p05")["description"]
    assert "Monte Carlo" not in p05 or lang == "pl"
    assert "percentile" not in p05 and "sample" not in p05


def test_the_report_data_dictionary_is_in_the_report_language(tmp_path, examples) -> None:
    import csv

    from minebelt import estimate, load_scenario
    from minebelt.outputs.exports import data_dictionary_text

    result = estimate(load_scenario(examples / "seed-reduced-model.toml"))
    with i18n.language("uk"):
        text = data_dictionary_text(result)
    rows = list(csv.DictReader(text.splitlines()))
    assert rows and list(rows[0]) == ["file", "column", "unit", "precision", "description"]
    assert all(re.search(r"[а-яіїєґ]", r["description"]) for r in rows if r["description"]), rows


def test_the_pages_osm_notice_follows_the_language_of_each_render() -> None:
    # the page's environment is built once for every language: the notice is worded per render,
    # so an English page after a Polish one says "contributors" again
    from minebelt.outputs.report.html import environment

    notice = environment().globals["attribution"]
    for lang in ("pl", "en", "lv"):
        with i18n.language(lang):
            shown = notice()
        want = OSM_NOTICES.get(lang, "\u00a9 OpenStreetMap contributors")
        assert shown == f"{want}, ODbL", (lang, shown)
