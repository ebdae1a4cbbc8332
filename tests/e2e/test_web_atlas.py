"""End-to-end: the page's world atlas on a fresh install, in headless Chromium (Debian's
``chromium``) against a real uvicorn, with an empty atlas cache.

A depth whose sides are neither bundled nor cached says, in the reader's language, what to run;
figures that ``minebelt atlas`` (another process) caches meanwhile are read by the running
server at once (no restart); the table fits the panel in every language.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from served_app import ARGS, CHROMIUM, require_browser_and_data, served_app
from test_web_languages import english_lines

from minebelt import i18n, settings
from minebelt.geo import atlas_cache

IDLE = (
    "() => window.minebelt && window.minebelt.idle() && /\\d/.test(document.querySelector('#total-mines').textContent)"
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    """An empty cache folder for the server and the command line (a fresh install)."""
    folder = tmp_path_factory.mktemp("atlas-cache")
    old = os.environ.get(settings.CACHE_DIR_ENV)
    os.environ[settings.CACHE_DIR_ENV] = str(folder)
    atlas_cache.clear_memory()
    yield folder
    atlas_cache.clear_memory()
    if old is None:
        os.environ.pop(settings.CACHE_DIR_ENV, None)
    else:
        os.environ[settings.CACHE_DIR_ENV] = old


@pytest.fixture(scope="module")
def page(cache_dir):
    require_browser_and_data()
    from playwright.sync_api import sync_playwright

    with served_app() as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1440, "height": 900})
        pg.goto(url + "/?lang=pl", wait_until="load")
        pg.wait_for_function(IDLE, timeout=180_000)
        yield pg
        browser.close()


def _atlas(page, countries: str) -> str:
    """Show the atlas of ``countries`` ("" for the world); the status line after it."""
    page.fill("#atlas-countries", countries)
    page.click("#atlas-run")
    page.wait_for_function("() => !document.querySelector('#atlas-run').disabled", timeout=300_000)
    return page.inner_text("#atlas-status")


def _show(page, lang: str) -> None:
    page.select_option("#lang", lang)
    page.wait_for_function(
        "(lang) => document.documentElement.lang === lang && window.minebelt.idle()", arg=lang, timeout=180_000
    )


def test_an_unmeasured_world_says_what_to_run_in_the_readers_language(page) -> None:
    _show(page, "pl")
    text = _atlas(page, "")
    assert "minebelt atlas --depth 2" in text and "API_GEOMETRY" not in text, text
    assert english_lines(text) == [], text
    assert page.locator("#atlas-out").is_hidden()


def test_the_table_fits_the_panel_in_every_language(page) -> None:
    for lang in i18n.LANGS:
        _show(page, lang)
        assert _atlas(page, "POL, UKR") == ""
        assert page.locator("#atlas-table tbody tr").count() >= 10
        _readable(page, lang)
    # a side with no places on record says so in words that wrap, the figures beside it stay whole
    for lang in ("pl", "uk"):
        _show(page, lang)
        assert _atlas(page, "IND, CHN") == ""
        assert page.locator("#atlas-table td.note").count() >= 1, lang
        _readable(page, lang)


def _readable(page, lang: str) -> None:
    fit = page.evaluate(
        "() => { const t = document.querySelector('#atlas-table'), box = t.parentElement,"
        " panel = document.querySelector('.panel').getBoundingClientRect();"
        " return [box.scrollWidth <= box.clientWidth, t.getBoundingClientRect().right <= panel.right]; }"
    )
    assert fit == [True, True], lang
    # readable: the side's name keeps at least 8em, no heading or name is broken inside a
    # word (one line per word at most), a figure stays on one line
    cells = page.evaluate(
        "() => { const t = document.querySelector('#atlas-table'),"
        " cell = t.querySelector('tbody tr td:nth-child(2)'),"
        " name = cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize),"
        " lines = (c) => { const r = document.createRange(); r.selectNodeContents(c);"
        "   return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; },"
        " words = (c) => c.textContent.trim().split(/\\s+/).filter(Boolean).length,"
        " broken = [...t.querySelectorAll('thead th, tbody td:nth-child(2)')]"
        "   .filter((c) => c.textContent.trim() && lines(c) > words(c)).map((c) => c.textContent),"
        " figures = [...t.querySelectorAll('tbody td.r:not(.note)')].filter((c) => lines(c) > 1).map((c) => c.textContent);"
        " return {name, broken, figures}; }"
    )
    assert cells["name"] >= 8, (lang, cells)
    assert cells["broken"] == [] and cells["figures"] == [], (lang, cells)


def test_an_atlas_cached_by_the_command_line_is_read_without_a_restart(page, cache_dir, monkeypatch) -> None:
    """The server has refused an atlas it would have to build; ``minebelt atlas`` (another
    process) caches it; the same page then shows it from the running server."""
    monkeypatch.setattr(settings, "API_GEOMETRY_BUFFERS_MAX", 0)  # every side not bundled must be cached
    _show(page, "en")
    assert "minebelt atlas --depth 2" in _atlas(page, "EST")
    env = {**os.environ, settings.CACHE_DIR_ENV: str(cache_dir)}
    cli = Path(sys.executable).with_name("minebelt")
    done = subprocess.run(
        [str(cli), "atlas", "--depth", "2", "--country", "EST"], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    assert _atlas(page, "EST") == ""
    assert page.locator("#atlas-table tbody tr[data-side='RUS>EST']").count() == 1
