"""The report's fact-check cells: the checker's English as written in English; in another
language the figures in the reader's numbers and the lead as the terminal words it."""

from __future__ import annotations

import pytest
from markupsafe import escape

from minebelt import i18n
from minebelt.i18n import language
from minebelt.outputs import claim_words as CW
from minebelt.outputs import local_plans as LP
from minebelt.outputs.cited import CLOSE, OPEN, cite, pieces, plain
from minebelt.outputs.report import claim_cells

ROW = {
    "stated": 2000.0, "computed": 2248.0, "unit": "miles", "qualifier": None, "verdict": "imprecise",
    "deviation": 0.124, "stated_text": "2,000 miles", "computed_text": "2,248 miles",
    "explanation": "Recomputed 2,248 miles against the stated 2,000 miles: 12 % higher. Judged on the length only.",
}  # fmt: skip


def test_english_keeps_the_checker_text():
    assert claim_cells.stated(ROW) == "2,000 miles"
    assert claim_cells.computed(ROW) == "2,248 miles"
    assert claim_cells.why(ROW) == ("", ROW["explanation"])


def test_polish_numbers_and_lead():
    with language("pl"):
        assert claim_cells.stated(ROW).replace("\xa0", " ") == "2 000 mil"
        assert claim_cells.computed(ROW).replace("\xa0", " ") == "2 248 mil"
        lead, note = claim_cells.why(ROW)
        assert lead.startswith("Przeliczono")
        assert note == "Judged on the length only."


def test_nothing_computed_keeps_the_dash():
    with language("pl"):
        assert claim_cells.computed({**ROW, "computed": None, "computed_text": "\u2014"}) == "\u2014"


# A budget for fortifications beside the model's mines-only cost: two scopes, never side by side
PLAN = {
    "stated": 10e9, "computed": 3.94e9, "computed_range": [1.98e9, 9.1e9], "unit": "PLN", "qualifier": "about",
    "verdict": "stated", "by": "minebelt's model of “Eastern flank”", "stated_text": "PLN 10 bn",
    "computed_text": "PLN 3.94 bn (90 %: PLN 1.98–9.10 bn)",
    "scope_differs": "the budget buys fortifications; the belt's costed parts are anti-personnel mines",
    "explanation": "Stated: PLN 10 bn. Beside it, by minebelt's model: PLN 3.94 bn. No ratio is given: the scopes differ (...).",
}  # fmt: skip


def test_a_plan_of_another_scope_is_not_set_beside_the_model_in_its_headline():
    from minebelt.outputs import claim_words as CW

    assert claim_cells.computed(PLAN) == "no figure set beside it: the scopes differ"
    assert CW.stated_computed(PLAN) == "stated PLN 10 bn; no figure set beside it: the scopes differ"
    with language("pl"):
        for line in (claim_cells.computed(PLAN), CW.stated_computed(PLAN)):
            assert "3,94" not in line and "scopes" not in line, line
    same = {k: v for k, v in PLAN.items() if k != "scope_differs"}
    assert "3.94" in claim_cells.computed(same)


# A plan's row as the checker words it (examples/national-plans-claims.toml): its generated
# sentences quote the claims file's English labels, which the page must mark as quoted
BUDGET = {
    "stated": 10e9, "qualifier": None, "unit": "PLN", "kind": "plan", "verdict": "stated",
    "computed": 3.94e9, "computed_range": [1.98e9, 9.1e9], "stated_text": "PLN 10 bn",
    "by": "minebelt's model of “Eastern flank, full picture (uncertain)”, assuming density 6,000 to 12,000 mines/km², depth 1.5 to 2.5 km",
    "scope_differs": "the budget buys fortifications & bunkers; the belt's costed parts are anti-personnel mines",
    "explanation": "Stated: PLN 10 bn. What it implies: in euro at the ECB rate of the day it was announced EUR 2.3 bn; "
    "at most about EUR 100,000 per bunker if all 600 are built. Beside it, by minebelt's model of “Eastern flank, "
    "full picture (uncertain)”, assuming density 6,000 to 12,000 mines/km², depth 1.5 to 2.5 km: PLN 3.94 bn at its "
    "inputs' medians (90 % range PLN 1.98–9.10 bn). No ratio is given: the scopes differ (the budget buys "
    "fortifications & bunkers; the belt's costed parts are anti-personnel mines). Costed in USD: mines at 2026 prices, "
    "border-fence proxy at 2022 prices; mixed price years, not adjusted for inflation. The East Shield, 2024-2028. "
    "Converted at 3.933 PLN/USD, ECB reference rate of 2024-05-17 (the last before 2024-05-18). A stated plan, "
    "target, budget or forecast cannot be refuted by our model: it is recorded as stated.",
}  # fmt: skip
LABELS = [
    "in euro at the ECB rate of the day it was announced",  # a user's label: quoted as written
    "the budget buys fortifications & bunkers; the belt's costed parts are anti-personnel mines",
]


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_a_plans_why_is_in_the_readers_words_its_labels_quoted(lang: str) -> None:
    with language(lang):
        lead, note = claim_cells.why(BUDGET)
        page = str(claim_cells.why_html(lead))
        terminal, _note, closing = LP.explanation_parts(BUDGET)
        text = plain(lead)
        start, end = CW.QUOTES[lang]
    assert note == "The East Shield, 2024-2028."  # the claims file's own note, as written
    for head in ("What it implies", "Beside it", "No ratio", "Costed in", "Converted at", "cannot be refuted"):
        assert head not in lead, (lang, head, lead)
    assert [text for text, quoted in pieces(lead) if quoted] == LABELS
    # a bundled file's label with its figure inside its words is minebelt's own: translated,
    # the figure where the translation puts it (pl "najwyżej ok. 100 000 EUR na bunkier, ...")
    assert "per bunker" not in lead and "600" in text
    # the page: each label in <q>, a citation as written marked "EN", escaped; nothing else marked
    for label in LABELS:
        assert f'<span lang="en" class="as-written" data-cite><q>{escape(label)}</q></span>' in page
    assert (
        page.count("<q>") == page.count("as-written") == len(LABELS)
        and "&amp;" in page
        and OPEN not in page
        and CLOSE not in page
    )
    # the terminal and the web: the same sentences, each label in the reader's quotation marks
    said = " ".join([*terminal, closing])
    assert OPEN not in said and f"{start}{LABELS[0]}{end}" in said
    assert text.endswith(said)


def test_a_bundled_files_label_is_in_the_readers_words() -> None:
    row = dict(BUDGET, explanation=BUDGET["explanation"].replace("of the day it was announced", "of the announcement"))
    with language("pl"):
        lead, _note = claim_cells.why(row)
    assert "in euro" not in lead and "w euro po kursie EBC z dnia ogłoszenia 2,3\u00a0mld\u00a0EUR" in plain(lead)


def test_cited_pieces_and_plain() -> None:
    text = f"Co z tego wynika: {cite('years at <capacity>')} 5 lat."
    assert pieces(text) == [("Co z tego wynika: ", False), ("years at <capacity>", True), (" 5 lat.", False)]
    assert pieces(cite("x")) == [("x", True)] and pieces("") == []
    with language("uk"):
        assert plain(text) == "Co z tego wynika: «years at <capacity>» 5 lat."


def test_a_claims_stated_words_are_marked_english_not_a_figure_or_a_designation() -> None:
    words = {**ROW, "stated": "lack natural barriers", "stated_text": "lack natural barriers", "unit": "share"}
    name = {**words, "stated": "ADAM M692/M731", "stated_text": "ADAM M692/M731", "unit": "type"}
    assert not claim_cells.stated_as_written(words)  # English: nothing is marked
    with language("pl"):
        assert claim_cells.stated_as_written(words) and not claim_cells.stated_as_written(ROW)
        assert 'lang="en" class="as-written"' in claim_cells.stated_html(words)
        assert 'lang="en"' not in claim_cells.stated_html(ROW)
        assert claim_cells.stated_as_written(name)  # as written, shown with the page's "EN"


def test_minebelts_own_remark_leaves_the_citation_in_the_readers_words() -> None:
    from minebelt.outputs import cite_remarks
    from minebelt.outputs.report.pdf_tables import as_recorded

    record = "Reuters, relayed (the Reuters page itself was not retrieved; relays seen: x.com), “Title” (2025)"
    assert cite_remarks.split(record) == (
        "Reuters, relayed (relays seen: x.com), “Title” (2025)",
        ["the Reuters page itself was not retrieved"],
    )
    locator = "ECB, “Rates” (1999), the rate of each day; conversions are minebelt's own calculation, https://e.eu"
    assert cite_remarks.split(locator)[0] == "ECB, “Rates” (1999), the rate of each day, https://e.eu"
    assert cite_remarks.split("no remark, “Title”") == ("no remark, “Title”", [])
    with language("pl"):
        html = str(claim_cells.as_written(locator))
        assert html.startswith('<span lang="en" class="as-written" data-cite>ECB')
        assert html.endswith("</span> (przeliczenia walut to własne obliczenia minebelt)")
        assert as_recorded(record).startswith("(EN) Reuters, relayed (relays seen")
        assert as_recorded(record).endswith("(samej strony Reutersa nie pobrano)")
    assert str(claim_cells.as_written(locator)) == str(escape(locator))  # English: as recorded


def test_a_remark_in_brackets_of_its_own_and_its_values_in_the_readers_format() -> None:
    # a package and its version as recorded; a date and a time in the reader's format (Babel)
    from minebelt.model.currency import US_CPI_U
    from minebelt.outputs import cite_remarks

    cited, found = cite_remarks.split(str(US_CPI_U))
    assert cited.startswith("US Bureau of Labor Statistics, “Consumer Price Index")
    assert cited.endswith("(1980 to 2025), https://www.bls.gov/cpi/")
    assert found == [
        "annual average of each figure's price year and of the target price year",
        "deflation is minebelt's own calculation",
        "bundled with minebelt from the cpi package 2.1.0",
    ]
    korea = "Asia Economy, “Title” (2018-10-02), JCS 2016 (the URL id starts 20181001; posted 2018-10-02 07:00), https://a.kr"
    assert cite_remarks.split(korea) == (
        "Asia Economy, “Title” (2018-10-02), JCS 2016, https://a.kr",
        ["the URL id starts 20181001; posted 2018-10-02 07:00"],
    )
    with language("pl"):
        assert cite_remarks.remarks(found) == (
            " (średnia roczna z roku, którego dotyczy cena każdej kwoty, i z docelowego roku cen;"
            " urealnienie cen (deflacja) to własne obliczenie minebelt; dołączone do minebelt z pakietu cpi 2.1.0)"
        )
        assert cite_remarks.remarks(cite_remarks.split(korea)[1]) == (
            " (identyfikator w adresie zaczyna się datą 1 października 2018; opublikowano 2 października 2018 o 07:00)"
        )
    from minebelt.model.plans import EAST_SHIELD_GOV

    cited, found = cite_remarks.split(str(EAST_SHIELD_GOV))
    assert "details" not in cited and "itemised" not in cited and "pap.pl" not in cited
    with language("pl"):
        assert cite_remarks.remarks(found) == (
            " (szczegóły: PAP, 27 maja 2024 (https://pap.pl/en/news/polish-defence-minister-presents-shield-east-"
            "fortification-programme); miny nie są wyszczególnione)"
        )
    with language("fi"):
        assert cite_remarks.words("the URL id starts 20181001; posted 2018-10-02 07:00").endswith(
            "2. lokakuuta 2018 klo 7.00"
        )
    with language("en"):
        assert cite_remarks.words(found[1]) == found[1]
