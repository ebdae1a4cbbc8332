"""The page's further views in headless Chromium (Debian's ``chromium``) against a real uvicorn:
the world atlas (a side added to the scenario estimates what the atlas ranked), a pinned
scenario compared with the current one, and a pasted article's claims checked.

Each view's headline sentence comes first and follows numbers.py's rule; no request leaves the
machine. The atlas cache is a folder of this module (``MINEBELT_CACHE_DIR``). Skipped when
Chromium is missing, unless ``CI`` is set (then it fails).
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from served_app import served_app

from minebelt import numbers

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IDLE = "() => window.minebelt && window.minebelt.idle()"

pytestmark = pytest.mark.browser

# Written for this test (not from the press): a length, the article's own arithmetic
# (length x depth = area, area x density = mines).
ARTICLE = (
    "Estonia plans to mine its border with Russia.\n\n"
    "A belt 2 km deep along 100 km of that border covers 200 km2. At 6,000 mines per km2 that "
    "is 1.2 million mines, the defence ministry says.\n"
)


def _require_browser() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("MINEBELT_CACHE_DIR", str(tmp_path_factory.mktemp("atlas-cache")))
    with served_app() as url:
        yield url
    mp.undo()


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(server, browser):
    """The page with its first estimate shown; afterwards: no console error, no request off this machine."""
    pg = browser.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    errors: list[str] = []
    urls: list[str] = []
    pg.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    pg.on("request", lambda r: urls.append(r.url))
    pg.goto(server + "/", wait_until="load")
    pg.wait_for_function(IDLE, timeout=180_000)
    pg.wait_for_function("() => /\\d/.test(document.querySelector('#total-mines').textContent)", timeout=180_000)
    yield pg
    pg.close()
    # a 4xx answer the page shows as a message is logged by Chromium as a failed resource
    assert not [e for e in errors if "status of 422" not in e], errors
    assert all(u.startswith(("data:", "about:", "blob:")) or urlsplit(u).hostname == "127.0.0.1" for u in urls), urls


def _needs_data() -> None:
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip("bundled border data is not built")


def test_atlas_view_ranks_sides_and_adds_one_to_the_scenario(page) -> None:
    _needs_data()
    page.fill("#atlas-countries", "Narnia")
    page.click("#atlas-run")
    page.wait_for_function("() => document.querySelector('#atlas-status').classList.contains('error')")
    assert page.locator("#atlas-status").inner_text().startswith("country = Narnia: not a country")

    page.fill("#atlas-countries", "EST, Latvia")
    page.click("#atlas-run")
    page.wait_for_function("() => document.querySelector('#atlas-headline').textContent.length > 0", timeout=600_000)
    doc = page.evaluate("() => window.minebelt.state.views.atlas.doc")
    assert doc["schema"] == "minebelt.atlas/1" and doc["countries"] == ["EST", "LVA"] and doc["depth_km"] == 2
    top = doc["borders"][0]
    head = page.locator("#atlas-headline").inner_text()
    # headline first, by the one rounding rule
    assert head.startswith(f"At 2 km deep the largest belts would be on {top['defender_name']}'s side")
    assert (
        f"({numbers.sig(top['mines']['korea-peak'], words=True)} mines, {numbers.sig(top['belt_area_km2'])} km²)"
        in head
    )
    assert head.endswith(f"of {doc['sides']} border sides.")
    rows = page.locator("#atlas-table tbody tr")
    assert rows.count() == doc["sides"]
    cells = rows.nth(0).locator("td").all_inner_texts()
    assert cells[4] == numbers.num(top["mines"]["korea-peak"])
    assert cells[5] == numbers.sig(top["clearance_years"]["korea-peak"], 2, scale=False)
    # the world view: every ranked border coloured on the map
    assert page.locator("path.mb-atlas-line").count() >= 4
    assert page.locator(".atlas-legend").is_visible()

    # a side not in the scenario, added from its row: the estimate of that section equals the atlas's row
    side = next(r for r in doc["borders"] if r["defender"] == "LVA" and r["neighbour"] == "EST")
    row = page.locator('#atlas-table tr[data-side="LVA>EST"]')
    before = page.evaluate("() => window.minebelt.state.sections.length")
    row.locator("button").click()
    page.wait_for_function(f"() => window.minebelt.state.sections.length === {before + 1}")
    page.wait_for_timeout(50)
    page.wait_for_function(IDLE, timeout=180_000)
    est = page.evaluate("() => window.minebelt.state.sections.find(s => s.key === 'LVA-EST').row")
    assert est["mines"] == pytest.approx(side["mines"]["korea-peak"], rel=1e-9)
    assert est["area_km2"] == pytest.approx(side["belt_area_km2"], rel=1e-9)
    assert row.locator("button").inner_text() == "added" and row.locator("button").is_disabled()


def test_compare_view_pins_a_scenario_and_explains_the_difference(page) -> None:
    page.click("#pin")
    page.wait_for_function(
        "() => /same/.test(document.querySelector('#compare-headline').textContent)", timeout=180_000
    )
    pinned = page.evaluate("() => window.minebelt.state.result.totals.mines")
    # the article's reduced model against the Korean one: half the mines, explained by the density
    page.select_option("#model", "reduced")
    page.wait_for_function(
        "() => /50 %/.test(document.querySelector('#compare-headline').textContent)", timeout=300_000
    )
    doc = page.evaluate("() => window.minebelt.state.views.cmp.doc")
    assert doc["schema"] == "minebelt.compare/1"
    head = page.locator("#compare-headline").inner_text()
    assert head == (
        f"The current scenario needs {numbers.sig(pinned / 2, words=True)} mines, 50 % of the pinned one's "
        f"{numbers.sig(pinned, words=True)} ({numbers.sign(-1)}{numbers.sig(pinned / 2, words=True)})."
    )
    mines = page.locator('#compare-table tr[data-path="totals.mines"] td').all_inner_texts()
    assert mines == [
        "mines",
        numbers.num(pinned),
        numbers.num(pinned / 2),
        numbers.sign(-1) + numbers.num(pinned / 2),
        "0.5x",
    ]
    # no ratio of calendar years ("last mine produced 2130 / 2105"), and the figures' label says length, not front
    for f in doc["figures"]:
        if f["unit"] == "year" and any(isinstance(v, (int, float)) for v in f["values"]):
            assert page.locator(f'#compare-table tr[data-path="{f["path"]}"] td').all_inner_texts()[4] == ""
    assert page.locator("#total-length").locator("xpath=..").locator(".label").inner_text() == "Border length"
    # at 1400x900 the ratio column fits its box or the box scrolls: never cut off
    page.set_viewport_size({"width": 1400, "height": 900})
    box = page.evaluate("""() => {
      const s = document.querySelector('#compare-scroll'), th = document.querySelector('#compare-table th:last-child');
      const sb = s.getBoundingClientRect(), tb = th.getBoundingClientRect(), out = document.querySelector('#compare-out').getBoundingClientRect();
      return {fits: tb.right <= sb.right + 1, scrolls: s.scrollWidth > s.clientWidth && getComputedStyle(s).overflowX === 'auto',
              inside: sb.right <= out.right + 1};
    }""")
    assert (box["fits"] or box["scrolls"]) and box["inside"], box
    explain = page.locator("#compare-explain li").all_inner_texts()
    assert (
        explain
        and explain[0].startswith("defaults.density: korea-peak \u2192 reduced:")
        and "(100 % of the difference)" in explain[0]
    )

    page.click("#unpin")
    assert page.locator("#compare-out").is_hidden()


def test_article_view_drafts_and_checks_the_claims(page) -> None:
    page.click("#article-run")
    assert page.locator("#article-status").inner_text().startswith("request: text:")
    page.fill("#article-text", ARTICLE)
    page.fill("#article-source", "written for the test")
    page.click("#article-run")
    page.wait_for_function(
        "() => /claims? found/.test(document.querySelector('#article-headline').textContent)", timeout=300_000
    )
    doc = page.evaluate("() => window.minebelt.state.views.art.doc")
    assert doc["schema"] == "minebelt.article-check/1" and doc["source"] == "written for the test"
    summary = doc["factcheck"]["summary"]
    assert page.locator("#article-headline").inner_text().startswith(f"{len(doc['draft']['claims'])} claims found: ")
    assert summary.get("holds", 0) >= 1  # the article's own arithmetic: 100 km x 2 km = 200 km²
    area = page.locator("#article-claims li", has_text="200 km²").first
    assert area.locator(".verdict").inner_text().lower().startswith("holds") and "ours: 200 km²" in area.inner_text()
    assert page.locator("#article-claims li").count() == len(doc["factcheck"]["claims"])
    with page.expect_download() as dl:
        page.click("#article-claims-dl")
    drafted = tomllib.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
    assert len(drafted["claims"]) == len(doc["draft"]["claims"])
