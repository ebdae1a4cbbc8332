"""What minebelt shows a reader of another language where the text came from code, not from a
catalogue: a bundled example's name and source, a section's default name, the TOML block
names in error lines, dates in running text, and the commands' status lines."""

from __future__ import annotations

import functools

import pytest

from minebelt import i18n

FULL = "Eastern flank, full picture (uncertain)"
REDUCED = "Reduced model (6,000 mines/km2)"


@pytest.fixture(autouse=True)
def _english_again():
    """A command run in-process with ``--lang`` sets the language for the rest of the process."""
    yield
    i18n.set_language("en")


@functools.cache
def _reduced_doc() -> dict:
    from conftest import EXAMPLES

    from minebelt import estimate, load_scenario

    return estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).document


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_a_bundled_scenarios_name_is_the_readers_in_the_headline_and_the_report(lang: str) -> None:
    from minebelt.outputs.compare_view import compare_view
    from minebelt.outputs.local_examples import scenario_name
    from minebelt.outputs.report.cards import headline_sentence
    from minebelt.outputs.report.html import environment
    from minebelt.outputs.terminal.compare import headline

    doc = _reduced_doc()
    with i18n.language(lang):
        words = scenario_name(REDUCED)
        assert words != REDUCED
        assert headline_sentence(doc).startswith(words + ":")
        assert environment().from_string("{{ name|scenario_name }}").render(name=REDUCED) == words
        cmp = {
            "scenarios": [{"label": "A", "name": REDUCED}, {"label": "B", "name": "My own"}],
            "figures": [{"unit": "mines", "values": [1.0e6, 2.0e6], "ratio": [1.0, 2.0]}],
        }
        assert f"({words}, " in headline(cmp)
        assert [n for _, n, _ in compare_view({**cmp, "figures": []})["scenarios"]] == [words, "My own"]
    with i18n.language("en"):
        assert headline_sentence(doc).startswith(REDUCED + ":")


def test_a_users_scenario_name_is_kept_as_written() -> None:
    from minebelt.outputs.report.cards import headline_sentence

    doc = {**_reduced_doc(), "scenario": {**_reduced_doc()["scenario"], "name": "Mój scenariusz"}}
    with i18n.language("fi"):
        assert headline_sentence(doc).startswith("Mój scenariusz:")


def test_the_commands_status_lines_in_the_readers_language(run_cli, tmp_path, examples) -> None:
    code, out, err = run_cli("report", examples / "seed-korean-model.toml", "--lang", "pl", "--out", tmp_path / "r")
    assert code == 0, err
    flat = " ".join(out.split())
    n = len(__import__("json").loads((tmp_path / "r" / "manifest.json").read_text())["files"]) + 1
    assert f"raport zapisano w {tmp_path / 'r'}/ ({n} plików łącznie z manifest.json); otwórz " in flat
    assert "zawiera 4 scenariusze; raport obejmuje pierwszy: „Model koreańskiej DMZ" in flat
    assert "written" not in flat and "holds" not in flat
    code, out, err = run_cli("extract", examples / "article-belt.txt", "--out", tmp_path / "c.toml", "--lang", "uk")
    assert code == 0, err
    assert " тверджень записано до " in " ".join(out.split()) or " твердження записано до " in " ".join(out.split())
    code, out, err = run_cli("report", examples / "seed-reduced-model.toml", "--out", tmp_path / "en")
    assert code == 0, err
    assert out.startswith(f"report written to {tmp_path / 'en'}/ (")  # English as before


def test_progress_stages_and_counts_in_the_readers_words() -> None:
    from minebelt.cli._common import count_words, stage_words

    with i18n.language("pl"):
        assert stage_words("sensitivity") == "wrażliwość"
        assert stage_words("something new") == "something new"
        assert count_words(0.5, 412, "sides") == "206/412 stron"
        assert count_words(1.0, 3, "sides") == "3/3 strony"
        assert count_words(0.5, 50, "items") == "25/50 elementów"
    with i18n.language("uk"):
        assert count_words(0.5, 10_000, "sides") == "5\u00a0000/10\u00a0000 сторін"
    with i18n.language("en"):
        assert count_words(0.25, 412, "sides") == "103/412 sides"
        assert stage_words("html") == "HTML page"


def test_a_bundled_examples_source_is_translated_and_a_users_quoted_as_its_own() -> None:
    import tomllib

    from conftest import EXAMPLES

    from minebelt.outputs.local_examples import SOURCES, scenario_source
    from minebelt.outputs.report.local_names import source_line

    sources = {tomllib.loads(p.read_text("utf-8")).get("source") for p in EXAMPLES.glob("*.toml")}
    assert {" ".join(s.split()) for s in sources if isinstance(s, str)} == set(SOURCES)
    bundled = "the Espreso article's (2025) densities as a 90 % interval; production, cost and clearance figures as cited below"
    with i18n.language("pl"):
        assert source_line(bundled) == (
            "Źródło: gęstości z artykułu Espreso (2025) jako przedział 90%; dane o produkcji, kosztach i rozminowaniu"
            " według źródeł podanych niżej",
            False,
        )
        assert source_line("my own notes, 2026") == ("Źródło: \u201emy own notes, 2026\u201d", True)
        assert scenario_source("my own notes") is None
    with i18n.language("en"):
        assert source_line(bundled) == (f"Source: {bundled}", True)  # the file's words, as written
        assert source_line("my own notes") == ("Source: my own notes", True)


def test_the_reports_subtitle_marks_only_a_users_source_as_quoted(run_cli, tmp_path, examples) -> None:
    text = (examples / "seed-reduced-model.toml").read_text("utf-8")
    own = tmp_path / "own.toml"
    own.write_text(
        text.replace(
            'source = "the Espreso article (2025),', 'source = "our own reading of the Espreso article (2025),', 1
        ),
        "utf-8",
    )
    for path, cited in ((examples / "seed-reduced-model.toml", False), (own, True)):
        out = tmp_path / path.stem
        code, _out, err = run_cli("report", path, "--lang", "pl", "--out", out)
        assert code == 0, err
        page = (out / "index.html").read_text("utf-8")
        header = page[page.index("<header>") : page.index("</header>")]
        if cited:
            assert "<p data-cite>Źródło: \u201eour own reading of the Espreso article" in header
        else:
            assert "<p>Źródło: artykuł Espreso (2025), sekcja \u201eSecurity belt\u201d: gęstość zmniejszona" in header


@pytest.mark.parametrize(
    ("lang", "row", "shown"),
    [
        ("pl", {"name": "Finland - Russia", "country": "FIN", "border": "RUS"}, "Finlandia \u2013 Rosja"),
        (
            "pl",
            {"name": "Lithuania - Russia (Kaliningrad)", "country": "LTU", "border": "RUS"},
            "Litwa \u2013 Rosja (Królewiec)",
        ),
        ("uk", {"name": "Ukraine - Belarus", "country": "UKR", "border": "BLR"}, "Україна \u2013 Білорусь"),
        ("lv", {"name": "Latvia - Russia", "country": "LVA", "border": "RUS"}, "Latvija \u2013 Krievija"),
        # the user's own words: kept as written
        ("pl", {"name": "Finland: priority 600 km", "country": "FIN", "border": "RUS"}, "Finland: priority 600 km"),
        ("pl", {"name": "Finland - Russia (north)", "country": "FIN", "border": "RUS"}, "Finland - Russia (north)"),
        ("pl", {"name": "Russia - Finland", "country": "FIN", "border": "RUS"}, "Russia - Finland"),
        ("pl", {"name": "Ukraine: 1,000 km2 belt", "country": "UKR", "border": "BLR+RUS"}, "Ukraine: 1,000 km2 belt"),
        ("en", {"name": "Finland - Russia", "country": "FIN", "border": "RUS"}, "Finland - Russia"),
    ],
)
def test_a_default_section_name_takes_the_readers_country_names(lang: str, row: dict, shown: str) -> None:
    from minebelt.outputs.report.local_names import section_name

    with i18n.language(lang):
        assert section_name(row) == shown


def test_every_bundled_section_name_built_from_two_countries_is_translated() -> None:
    import tomllib

    from conftest import EXAMPLES

    from minebelt.outputs.report.local_names import section_name

    doc = tomllib.loads((EXAMPLES / "eastern-flank-full.toml").read_text("utf-8"))
    with i18n.language("fi"):
        shown = [section_name(s) for s in doc["sections"]]
    assert all(s != r["name"] for s, r in zip(shown, doc["sections"], strict=True)), shown
    assert "Liettua \u2013 Venäjä (Kaliningrad)" in shown


def test_a_block_is_named_as_its_toml_table_beside_its_english_keys() -> None:
    from minebelt.outputs.report.local_names import block_names
    from minebelt.outputs.terminal.estimate import input_use

    entry = {"sections": ["a", "b"], "shared": True, "blocks": ["cost", "clearance"]}
    with i18n.language("pl"):
        assert (
            input_use({"sections": [], "blocks": ["cost"]}) == "blok: [cost]"
        )  # a label (blok: …), the TOML table as written
        assert "[cost] i [clearance]" in input_use(entry)
        assert block_names(["production", "cost"]) == "[production], [cost]"
    with i18n.language("uk"):
        assert input_use({"sections": [], "blocks": ["cost"]}) == "блок: [cost]"
    with i18n.language("en"):
        assert input_use({"sections": [], "blocks": ["cost"]}) == "cost block"
        assert block_names(["production", "cost"]) == "production, cost"


def test_serve_says_its_start_line_in_the_readers_language_and_serves_outside_it(run_cli, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr("minebelt.web.app.serve", lambda **kw: seen.append(i18n.current()))
    code, out, err = run_cli("serve", "--port", "8766", "--lang", "uk")
    assert code == 0, err
    assert out == "вебзастосунок minebelt: http://127.0.0.1:8766/ (Ctrl+C зупиняє його)\n"
    assert seen == ["en"]


def test_serve_lang_is_the_pages_default_and_only_when_given(run_cli, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr("minebelt.web.app.serve", lambda **kw: asked.append(kw.get("default_lang")))
    assert run_cli("serve", "--port", "8766", "--lang", "pl")[0] == 0
    # without --lang (a language from the environment only) the browser's Accept-Language chooses
    monkeypatch.setenv("MINEBELT_LANG", "fi")
    assert run_cli("serve", "--port", "8766")[0] == 0
    assert asked == ["pl", None]


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("pl", "19 lutego 2026"),
        ("uk", "19 лютого 2026\u202fр."),
        ("fi", "19. helmikuuta 2026"),
        ("et", "19. veebruar 2026"),
        ("lv", "2026. gada 19. februāris"),
        ("lt", "2026 m. vasario 19 d."),  # CLDR long, as N.date: never ISO beside long dates
        ("en", "2026-02-19"),  # English text keeps the document's ISO
    ],
)
def test_a_date_in_running_text_is_in_the_readers_locale(lang: str, shown: str) -> None:
    from minebelt import numbers as N
    from minebelt.outputs.report.local_tables import _budget_rate

    assert N.day("2026-02-19", locale=lang) == shown
    assert N.day("2025", locale=lang) == "2025" and N.day("March 2024", locale=lang) == "March 2024"
    with i18n.language(lang):
        assert _budget_rate("0.254256 USD/PLN (ECB, 2026-02-19)").endswith(f", {shown})")
        if lang != "en":
            assert shown in i18n.gettext("to the end of 2027 (ERR, 2026-02-19)")


def test_the_fact_checks_data_date_is_the_readers(run_cli, examples) -> None:
    code, out, err = run_cli("factcheck", examples / "national-plans-claims.toml", "--lang", "pl")
    assert code in (0, 1), err
    line = next(ln for ln in " ".join(out.split()).split(". ") if "Dane na dzień" in ln)
    assert __import__("re").search(r"Dane na dzień \d{1,2} [a-ząćęłńóśźż]+ \d{4}:", line), line


def test_a_joint_fronts_countries_are_named_in_the_readers_words():
    from minebelt.i18n import language
    from minebelt.outputs.report.local_names import country

    with language("pl"):
        assert country("EST+LVA+LTU") == "Estonia + Łotwa + Litwa"
