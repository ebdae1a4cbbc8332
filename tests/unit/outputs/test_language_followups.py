"""Minor language items of the readings of the six languages: stated forecasts quoted in English
given with their translation, minebelt's own membership lists in words, the block and country
input errors in the reader's language, a unit kept with its range, "years" in the form its
number takes, one full stop after a date's abbreviation, one apostrophe in Ukrainian, one
Finnish word for leaving the Convention, m² in the clearance method line."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt.outputs.error_words import localise

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


def _catalogue(lang: str):
    from importlib.resources import files

    path = files("minebelt").joinpath(f"locale/{lang}/LC_MESSAGES/minebelt.po")
    with path.open("rb") as f:
        return read_po(f)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("words", ["at the beginning of 2026", "within a few years", "extrapolating the DMZ"])
def test_stated_words_quoted_in_english_come_with_their_translation(lang: str, words: str) -> None:
    from minebelt.outputs.claim_words import stated_computed

    row = {"stated": words, "stated_text": words, "unit": "", "computed": None, "verdict": "stated"}
    with i18n.language(lang):
        line = stated_computed(row)
        translated = i18n.gettext(words)
    assert translated != words and translated in line, line
    assert line.index(words) < line.index(translated)  # the words as written first, then their translation
    with i18n.language("en"):
        assert stated_computed(row).startswith(f"stated \u201c{words}\u201d; ")  # English: the words alone


@pytest.mark.parametrize("lang", OTHERS)
def test_a_membership_list_of_minebelts_reads_in_words_not_as_an_english_quotation(lang: str) -> None:
    from minebelt.outputs.report.claim_method import CODE, pieces

    for group in ("MINE_LINE_DECIDED", "BARRIER_LINE_DECIDED", "NATO", "EU", "OTTAWA_NOT_PARTY"):
        with i18n.language(lang):
            got = pieces(f"members of {group} among POL, FIN")
        text = "".join(t for t, _ in got)
        assert group not in text or group in ("NATO", "EU"), (lang, text)
        assert not [t for t, kind in got if kind is True], (lang, got)  # nothing marked as the file's English
    with i18n.language(lang):
        unknown = pieces("members of SOME_LIST among POL")
    assert ("SOME_LIST", CODE) in unknown  # a list minebelt has no words for: its name as code


#: The English lines of the production, cost and clearance blocks, a country field and a
#: fact-check count that were shown as written (their sentence in English).
BLOCK_LINES = [
    "b.toml: production.pooled_by: pooled_by: name at least two countries (ISO3) that pool their production",
    "b.toml: production.pooled_by: pooled_by: list single countries, e.g. ['POL', 'LTU']",
    "b.toml: production.capacity[0].country: country: one country per entry",
    "b.toml: cost.currency: currency 'US' must be an ISO 4217 code such as 'USD' or 'EUR'",
    "b.toml: clearance.land_release: land_release 'zzz': allowed confirmed-belt, lm-2022-global or a table of shares",
    "b.toml: clearance.land_release: land_release: a table needs exactly cancelled_nts, reduced_ts and cleared "
    "(shares summing to 1)",
    "b.toml: clearance.land_release: land_release: shares must sum to 1, got 1.1",
    "b.toml: clearance.land_release: land_release.cleared: must be > 0 (a laid belt is not released by survey alone)",
    "b.toml: clearance: capacity: give one of capacity_km2_per_year, capacity_km2_per_year_by_country, "
    "capacity_mines_per_year or a workforce, not capacity_km2_per_year and capacity_mines_per_year",
    "b.toml: clearance: workforce: give deminers or a workforce preset, not both",
    "b.toml: clearance: workforce 'ukr': allowed kor-military, ukraine-2024",
    "b.toml: clearance: minefield_condition 'zz': allowed legacy, recorded",
    "b.toml: clearance: working_days_per_year: required with per-day productivities, machines or dog_teams "
    "(no public source gives a default)",
    "b.toml: clearance: productivity_m2_per_machine_day: required with machines (no public source gives a default)",
    "s.toml: sections[0] 'P': country: unknown country 'POL-BLR' (an ISO 3166-1 alpha-3 code such as POL, or a "
    "country name; minebelt borders lists those with land borders)",
    "s.toml: sections[0] 'P': country: unknown country 'Polnd' (did you mean 'Poland' (POL)?)",
    "c.toml: claims 'a': compute: members: 'XXX' is not an ISO 3166-1 alpha-3 code (did you mean 'XKX'?)",
    "c.toml: claims 'a': compute: members: 'QQQ' is not an ISO 3166-1 alpha-3 code",
    'c.toml: claims \'a\': compute: members: must be a list of ISO alpha-3 codes like ["POL", "FIN"]',
    "c.toml: claims 'a': compute: of = 'NATOX': unknown group (did you mean 'NATO'?) (known: NATO, EU)",
]

#: English words of those sentences (none a key, a value or a word of the six languages).
_ENGLISH = re.compile(
    r"\b(name|least|two|pool|list|single|one|per|entry|must|allowed|table|shares|needs|exactly|sum|got|laid|"
    r"released|survey|give|not|both|required|with|public|source|unknown|country|lists|those|land|mean|is|group|"
    r"known|such|or|and|together)\b"
)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("line", BLOCK_LINES)
def test_a_block_or_country_input_error_reads_in_the_readers_language(lang: str, line: str) -> None:
    with i18n.language(lang):
        shown = localise(line)
    assert shown != line, (lang, line)
    head = line.split(": ")[0]
    assert shown.startswith(head + ": ")  # the file as written
    # what is left once the keys, values and code names the user types are taken out
    rest = re.sub(r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]|\([A-Z]{3}\)|[\w.\[\]/-]*_[\w.\[\]/-]*|minebelt borders", " ", shown)
    rest = rest[len(head) :]
    for field in ("production.pooled_by", "pooled_by", "production.capacity", "country", "cost.currency", "currency"):
        rest = rest.replace(field, " ")
    rest = re.sub(r"\b(clearance|capacity|workforce|machines|sections|claims|compute|members|of)\b", " ", rest)
    assert not _ENGLISH.findall(rest), (lang, shown)


def test_the_fields_given_together_are_listed_without_an_english_word() -> None:
    with i18n.language("pl"):
        shown = localise(BLOCK_LINES[8])
    assert "capacity_km2_per_year, capacity_mines_per_year naraz" in shown, shown


def test_a_unit_stays_with_its_range_before_the_values_remark() -> None:
    from minebelt.web.reader_text import _with_unit

    value = "302 400–1 977 000 (rozkład jednostajny; ceny z 2022 r.)"
    assert _with_unit(value, "USD za km") == "302 400–1 977 000 USD za km (rozkład jednostajny; ceny z 2022 r.)"
    assert _with_unit("23,3–233", "USD za minę") == "23,3–233 USD za minę"
    assert _with_unit("pas historyczny", "brak wzoru (opis)", " \u2014 ") == "pas historyczny \u2014 brak wzoru (opis)"
    assert _with_unit("4 021", "") == "4 021"


@pytest.mark.parametrize(("lang", "ramp", "want"), [("lv", 0, "gadu"), ("lv", 2, "gadi"), ("en", 0, "years")])
def test_the_ramp_up_years_take_the_form_of_their_number(lang: str, ramp: int, want: str) -> None:
    from minebelt.outputs.report.assumptions import assumptions

    with i18n.language(lang):
        rows = assumptions("production", {"ramp_up_years": ramp, "capacity": []}, None, {})
        label = i18n.gettext("Ramp-up to full capacity")
    (row,) = [r for r in rows if r["name"] == label]
    assert row["unit"] == want, row


def test_the_exchange_rate_line_ends_with_one_stop_after_a_dates_abbreviation() -> None:
    from minebelt.outputs.report.local_tables import cost_notes

    doc = {
        "cost": {
            "exchange_rate": {"conversions": [{"from": "EUR", "rate": 1.04, "to": "USD", "rate_date": "2022-11-15"}]}
        }
    }
    with i18n.language("uk"):
        (line,) = cost_notes(doc)
    assert line.endswith("2022\u202fр.") and not line.endswith(".."), line


def test_ukrainian_writes_one_apostrophe() -> None:
    # the typographic apostrophe (U+2019) inside a word, as typeset Ukrainian text writes it
    typed = [m.id for m in _catalogue("uk") if m.id and re.search(r"[а-яіїєґ]'[а-яіїєґ]", str(m.string), re.I)]
    assert typed == []


def test_finnish_names_leaving_the_convention_with_one_word() -> None:
    # irtisanominen, as the Government's proposal words it (HE 56/2025 vp; locale/fi/glossary.tsv)
    said = " ".join(str(m.string) for m in _catalogue("fi") if m.id)
    assert not re.search(r"\b(eroamin|irtautu|irtaudu)", said)
    assert "irtisanominen voimassa" in said


@pytest.mark.parametrize("lang", OTHERS)
def test_the_clearance_method_line_writes_square_metres(lang: str) -> None:
    from minebelt.pipeline.blocks.clearance import METHOD

    with i18n.language(lang):
        line = i18n.gettext(METHOD)
    assert line != METHOD and not re.search(r"(?<![\w_])к?м2|(?<![\w_])k?m2(?!\w)", line), line
    assert "m²" in line or "м²" in line


def test_the_pdf_keeps_a_number_with_its_unit_on_one_line() -> None:
    from minebelt.outputs.report.pdf_base import printable

    with i18n.language("lt"):
        text = printable("kainos data 2026 m. sausio 14 d.; 1 EUR = 0,9986 USD; 90 %; 2025. gada; 820 km²")
    assert text == (
        "kainos data 2026\u00a0m. sausio 14\u00a0d.; 1\u00a0EUR = 0,9986\u00a0USD; 90\u00a0%; 2025.\u00a0gada; 820\u00a0km²"
    )
    with i18n.language("en"):
        assert printable("1 EUR = 0.9986 USD") == "1 EUR = 0.9986 USD"  # English lines break as before
