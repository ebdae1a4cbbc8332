"""End-to-end: the page's frame in headless Chromium, in the languages with the longest words.

On a wide screen the header is one row in every language (the longer Polish and Ukrainian title
once pushed the language picker onto a second row); on a phone (390 px) the map's key is a few
short rows above the credit line, not a block over half the map.
"""

from __future__ import annotations

import pytest
from served_app import ARGS, CHROMIUM, require_browser_and_data, served_app

pytestmark = pytest.mark.browser

#: The page's frame is drawn before any estimate: the map, its key and the header.
READY = "() => document.querySelector('.legend') && document.querySelector('#lang').options.length > 1"


@pytest.fixture(scope="module")
def browser():
    require_browser_and_data()
    from playwright.sync_api import sync_playwright

    with served_app() as url, sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        b.url = url  # type: ignore[attr-defined]
        yield b
        b.close()


def _box(page, selector: str) -> dict[str, float]:
    return page.evaluate(
        "(s) => { const r = document.querySelector(s).getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height}; }",
        selector,
    )


def _open(browser, lang: str, width: int, height: int):
    pg = browser.new_page(viewport={"width": width, "height": height})
    pg.goto(f"{browser.url}/?lang={lang}", wait_until="load")
    pg.wait_for_function(READY, timeout=60_000)
    return pg


@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_the_header_is_one_row_on_a_wide_screen(browser, lang: str) -> None:
    pg = _open(browser, lang, 1280, 800)
    title, pick, scope = (_box(pg, s) for s in (".topbar h1", ".topbar .langpick", ".topbar .scope"))
    # the three side by side: none starts below another's top line
    assert pick["top"] < title["bottom"] and scope["top"] < title["bottom"], (title, pick, scope)
    assert title["right"] <= scope["left"] and scope["right"] <= pick["left"]
    pg.close()


@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_the_map_key_leaves_the_map_visible_on_a_phone(browser, lang: str) -> None:
    pg = _open(browser, lang, 390, 844)
    key, credit, map_ = (_box(pg, s) for s in (".legend", ".leaflet-control-attribution", "#map"))
    assert key["height"] <= 0.15 * map_["height"], (key, map_)
    assert key["bottom"] <= credit["top"] + 0.5, (key, credit)  # above the credit line, not under it
    assert map_["left"] <= key["left"] and key["right"] <= map_["right"]
    pg.close()
