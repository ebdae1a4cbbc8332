"""One scenario's headline figures read the same on every surface, in one language: the
terminal, the report's page, its PDF and the web page (headless Chromium) print the mines, the
belt area, the border length, the land front and the mines per km of front of
``examples/eastern-flank.toml`` in Polish and in Ukrainian with the same digits, as the one
rule of :mod:`minebelt.numbers` writes them (three significant figures for a headline).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from served_app import served_app
from test_languages import EXAMPLES, run

from minebelt import i18n
from minebelt import numbers as N

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
LANGS = ("pl", "uk")

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _flat(text: str) -> str:
    """Spaces of every kind as one space (a PDF or a wrapped line breaks where a page does not)."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


@pytest.fixture(scope="module")
def expected() -> dict[str, dict[str, str]]:
    """Each language's headline figures as the rule prints them, from the JSON document."""
    p = run("estimate", EXAMPLES / "eastern-flank.toml", "--json")
    assert p.returncode == 0, p.stderr
    t = json.loads(p.stdout)["totals"]
    out = {}
    for lang in LANGS:
        with i18n.language(lang):
            out[lang] = {
                "mines": _flat(N.sig(t["mines"], words=True)),
                "area": _flat(N.sig(t["area_km2"])),
                "length": _flat(N.sig(t["length_km"])),
                "front": _flat(N.sig(t["belt_front_km"])),
                "per_km": _flat(N.sig(t["mines_per_km_front"])),
            }
    return out


@pytest.fixture(scope="module")
def web(expected) -> dict[str, str]:
    """The web page's headline (the eastern flank, its first view) in each language."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    shown = {}
    with served_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1440, "height": 900})
        for lang in LANGS:
            pg.goto(f"{url}/?lang={lang}", wait_until="load")
            pg.wait_for_function(
                "(lang) => window.minebelt && window.minebelt.idle() && document.documentElement.lang === lang"
                " && /\\d/.test(document.querySelector('#total-mines').textContent)",
                arg=lang,
                timeout=180_000,
            )
            shown[lang] = _flat(pg.inner_text(".headline"))
        browser.close()
    return shown


@pytest.mark.parametrize("lang", LANGS)
def test_the_headline_figures_read_the_same_everywhere(lang: str, expected, web, tmp_path: Path) -> None:
    from pypdf import PdfReader

    terminal = run("estimate", EXAMPLES / "eastern-flank.toml", "--lang", lang)
    assert terminal.returncode == 0, terminal.stderr
    out = tmp_path / "r"
    report = run("report", EXAMPLES / "eastern-flank.toml", "--lang", lang, "--pdf", "--out", out)
    assert report.returncode == 0, report.stderr
    page = _flat(re.sub(r"<[^>]+>", " ", (out / "index.html").read_text(encoding="utf-8")))
    pdf = _flat("\n".join(p.extract_text() for p in PdfReader(str(out / "report.pdf")).pages))
    surfaces = {"terminal": _flat(terminal.stdout), "report": page, "pdf": pdf, "web": web[lang]}
    want = expected[lang]
    for name, text in surfaces.items():
        # the headline sentence of every surface: mines, the land front, the belt area
        for key in ("mines", "front", "area"):
            assert want[key] in text, (name, key, want[key])
    # the web page's figures beside its sentence, and the same figures in the report's summary
    for key in ("length", "per_km"):
        assert want[key] in web[lang] and want[key] in page, (key, want[key])


@pytest.mark.parametrize("lang", LANGS)
def test_the_production_time_reads_the_same_everywhere(lang: str, tmp_path: Path) -> None:
    """The time to make the mines of ``eastern-flank-full.toml`` (a point estimate at a stated
    capacity: the headline rule, three figures) and its last year read the same in the terminal,
    the report's card and production section, its PDF and the web page's card (the server's)."""
    from pypdf import PdfReader

    from minebelt.outputs.report.local_names import years_text
    from minebelt.web.reader_text import reader_text

    full = EXAMPLES / "eastern-flank-full.toml"
    p = run("estimate", full, "--json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    prod = doc["production"]
    with i18n.language(lang):
        years = _flat(years_text(prod["years_to_fill"], 3))
    last = str(round(prod["year_complete"]))
    terminal = run("estimate", full, "--lang", lang)
    assert terminal.returncode == 0, terminal.stderr
    out = tmp_path / "r"
    report = run("report", full, "--lang", lang, "--pdf", "--samples", "1000", "--out", out)
    assert report.returncode == 0, report.stderr
    page = _flat(re.sub(r"<[^>]+>", " ", (out / "index.html").read_text(encoding="utf-8")))
    pdf = _flat("\n".join(p.extract_text() for p in PdfReader(str(out / "report.pdf")).pages))
    card = reader_text(doc, lang)["cards"]["production"]  # what POST /api/estimate?lang= adds for the page
    surfaces = {
        "terminal": _flat(terminal.stdout),
        "report": page,
        "pdf": pdf,
        "web": _flat(card["figure"] + " " + card["label"]),
    }
    for name, text in surfaces.items():
        assert years in text and last in text, (name, years, last)
    assert page.count(years) >= 2, years  # the card and the production section
