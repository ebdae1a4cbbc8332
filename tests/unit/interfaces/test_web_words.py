"""The web page's fixed words are the ones marked for translation, and ``GET /api/i18n``
serves the catalogue (chosen by ``lang`` or by ``Accept-Language``)."""

from __future__ import annotations

import html
import re
from importlib.resources import files

from fastapi.testclient import TestClient

from minebelt.web import create_app
from minebelt.web.page_words import PAGE_WORDS


def test_page_words_are_marked() -> None:
    page = files("minebelt.web").joinpath("static/index.html").read_text(encoding="utf-8")
    marked = {html.unescape(m) for m in re.findall(r'data-i18n(?:-placeholder|-title|-label)?="([^"]*)"', page)}
    assert marked == set(PAGE_WORDS)


def test_catalogue_json() -> None:
    c = TestClient(create_app())
    r = c.get("/api/i18n", headers={"Accept-Language": "uk-UA,uk;q=0.9,en;q=0.5"})
    assert r.status_code == 200 and r.headers["content-language"] == "uk"
    d = r.json()
    assert d["lang"] == "uk" and d["messages"]["Belt area"] == "Площа смуги" and d["languages"]["pl"] == "Polski"
    assert len(d["plurals"]["shared by %(n)s section"]) == 3
    assert c.get("/api/i18n?lang=pl").json()["messages"]["Language"] == "Język"
    assert c.get("/api/i18n", headers={"Accept-Language": "de"}).json()["lang"] == "en"
    bad = c.get("/api/i18n?lang=de")
    assert bad.status_code == 422 and "lang" in bad.text
    from minebelt import i18n

    assert "|".join(i18n.LANGS) in c.get("/openapi.json").text  # the codes are in the schema


def test_the_servers_language_is_the_default_and_lang_still_chooses() -> None:
    # minebelt serve --lang pl: a request without ?lang= gets Polish whatever the browser asks
    c = TestClient(create_app(default_lang="pl"))
    r = c.get("/api/i18n", headers={"Accept-Language": "uk-UA,uk;q=0.9"})
    assert r.json()["lang"] == "pl" and r.headers["content-language"] == "pl"
    assert c.get("/api/i18n?lang=fi", headers={"Accept-Language": "uk"}).json()["lang"] == "fi"
    # without it Accept-Language still chooses
    assert TestClient(create_app()).get("/api/i18n", headers={"Accept-Language": "fi"}).json()["lang"] == "fi"


def test_the_pages_units_are_translated_after_a_number() -> None:
    """The units written beside the page's inputs (data-i18n-unit) are the catalogue's units
    after a number (msgctxt "after a number") in every language: the depth box says "км" in
    Ukrainian."""
    from babel.messages.pofile import read_po

    from minebelt import i18n

    page = files("minebelt.web").joinpath("static/index.html").read_text(encoding="utf-8")
    units = set(re.findall(r'data-i18n-unit="([^"]*)"', page))
    assert units == {"km", "km²"}
    for lang in i18n.LANGS:
        if lang == "en":
            continue
        with files("minebelt").joinpath(f"locale/{lang}/LC_MESSAGES/minebelt.po").open("rb") as f:
            cat = read_po(f)
        for unit in units:
            msg = cat.get(unit, context="after a number")
            assert msg is not None and msg.string and not msg.fuzzy, (lang, unit)
            if lang == "uk":
                assert msg.string == unit.replace("km", "км")
