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


# ----------------------------------------------------------------- the page's scripts' words

#: A script's gettext call with string arguments: N_("…"), gettext("…"), ngettext("…", "…"),
#: pgettext("context", "…") (static/js/i18n.js); a call on a variable is not a message.
_JS_STR = r'"((?:[^"\\]|\\.)*)"'
_JS_CALL = re.compile(rf"\b(N_|gettext|ngettext|pgettext)\(\s*{_JS_STR}(?:\s*,\s*{_JS_STR})?")


def _js_unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def script_messages() -> dict[tuple[str | None, str], str]:
    """Every message the page's scripts call gettext on, as (context, msgid) -> "file:line",
    found by a regular expression (inside template literals too)."""
    found: dict[tuple[str | None, str], str] = {}
    for path in sorted(files("minebelt.web").joinpath("static/js").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".js"):
            continue
        text = path.read_text(encoding="utf-8")
        for m in _JS_CALL.finditer(text):
            fn, first, second = m.group(1), _js_unescape(m.group(2)), m.group(3)
            key = (first, _js_unescape(second)) if fn == "pgettext" and second is not None else (None, first)
            if fn == "pgettext" and second is None:
                continue  # pgettext(context, variable): not a message
            found.setdefault(key, f"{path.name}:{text.count(chr(10), 0, m.start()) + 1}")
    return found


def test_every_script_message_is_extracted_and_translated() -> None:
    """Babel's extraction with babel.cfg's options finds every gettext call of the page's
    scripts, those inside template literals (`${gettext("…")}`) too, and every language's
    catalogue translates each."""
    from pathlib import Path

    from babel.messages.extract import extract_from_file
    from babel.messages.frontend import parse_mapping_cfg
    from babel.messages.pofile import read_po

    from minebelt import i18n

    root = Path(__file__).resolve().parents[3]
    with (root / "babel.cfg").open(encoding="utf-8") as f:
        methods, options = parse_mapping_cfg(f)
    js = next(pattern for pattern, method in methods if method == "javascript")
    keywords = {"N_": None, "gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
    extracted: set[tuple[str | None, str]] = set()
    for path in sorted((root / "src" / "minebelt" / "web" / "static" / "js").glob("*.js")):
        for _line, msg, _comments, ctx in extract_from_file("javascript", path, keywords, options=options[js]):
            extracted.add((ctx, msg if isinstance(msg, str) else msg[0]))
    found = script_messages()
    assert len(found) > 100  # the regular expression still sees the scripts' calls
    missed = {key: where for key, where in found.items() if key not in extracted}
    assert missed == {}, "Babel does not extract these calls (babel.cfg's [javascript] options)"
    for lang in i18n.LANGS[1:]:
        with files("minebelt").joinpath(f"locale/{lang}/LC_MESSAGES/minebelt.po").open("rb") as f:
            cat = read_po(f)
        untranslated = []
        for (ctx, msgid), where in found.items():
            msg = cat.get(msgid, context=ctx)
            if msg is None or not msg.string or msg.fuzzy or (isinstance(msg.string, tuple) and not all(msg.string)):
                untranslated.append((where, ctx, msgid))
        assert untranslated == [], (lang, untranslated)


def test_the_density_models_words_the_page_translates_are_in_every_catalogue() -> None:
    """The page shows each density model of GET /api/models as gettext(label), gettext(unit)
    and gettext(description) (app.js): each is a translated message in every language."""
    from minebelt import i18n

    models = TestClient(create_app()).get("/api/models").json()["models"]
    words = {m[k] for m in models for k in ("label", "unit", "description") if m.get(k)}
    assert len(words) > 10
    for lang in i18n.LANGS[1:]:
        messages = TestClient(create_app()).get(f"/api/i18n?lang={lang}").json()["messages"]
        assert sorted(w for w in words if not messages.get(w)) == [], lang
