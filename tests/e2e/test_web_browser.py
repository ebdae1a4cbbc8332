"""End-to-end: the page in headless Chromium (Debian's ``chromium``), against a real uvicorn.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``); never downloads a browser. Skipped
when Chromium is missing, unless ``CI`` is set (then it fails).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from served_app import served_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


def _require_browser() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server():
    with served_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


def _total(page) -> str:
    return page.locator("#total-mines").inner_text().strip()


def _host_ok(url: str) -> bool:
    if url.startswith(("data:", "about:")):
        return True
    if url.startswith("blob:"):
        url = url[len("blob:") :]
    return urlsplit(url).hostname == "127.0.0.1"


def test_page_end_to_end(server: str, browser) -> None:
    from minebelt.web._data import data_available

    page = browser.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    errors: list[str] = []
    urls: list[str] = []
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("request", lambda r: urls.append(r.url))
    # a newer scenario aborts the request for the older one's belts (the server stops computing them)
    page.on(
        "requestfailed",
        lambda r: (
            None
            if r.url.endswith("/api/estimate") and "ERR_ABORTED" in str(r.failure)
            else errors.append(f"request failed: {r.url} {r.failure}")
        ),
    )

    page.goto(server + "/", wait_until="load")
    # the first estimate arrives by itself (debounced)
    page.wait_for_function("() => /\\d/.test(document.querySelector('#total-mines').textContent)", timeout=120_000)
    first = _total(page)
    assert "million" in first or first.replace(",", "").isdigit()
    rows = page.locator("#sections tbody tr")
    assert rows.count() >= 1
    if data_available():
        assert rows.count() == 10  # the eastern flank's land borders with Russia and Belarus
        assert page.locator(".leaflet-overlay-pane path").count() > 10
        # the belts come after the figures: the GeoJSON download waits for them
        page.wait_for_function("() => !document.querySelector('#dl-geojson').disabled", timeout=180_000)
        # clicking a border removes its section, clicking again adds it back
        click = (
            "document.querySelector('path.mb-border-FIN-RUS').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
        )
        page.evaluate(click)
        page.wait_for_function("() => document.querySelectorAll('#sections tbody tr').length === 9")
        page.wait_for_function(
            "(old) => { const t = document.querySelector('#total-mines').textContent; return t !== old && /Updated/.test(document.querySelector('#status').textContent); }",
            arg=first,
            timeout=120_000,
        )
        page.evaluate(click)
        page.wait_for_function("() => document.querySelectorAll('#sections tbody tr').length === 10")
        page.wait_for_function(
            "(old) => document.querySelector('#total-mines').textContent === old && /Updated/.test(document.querySelector('#status').textContent)",
            arg=first,
            timeout=120_000,
        )
    else:
        assert page.locator("#banner").is_visible()

    # change the depth: the total must change
    page.fill("#depth", "3.5")
    page.dispatch_event("#depth", "input")
    page.wait_for_function(
        "(old) => { const t = document.querySelector('#total-mines').textContent; return t !== old && /\\d/.test(t); }",
        arg=first,
        timeout=120_000,
    )
    second = _total(page)
    assert second != first
    assert page.locator("#depth-range").input_value() == "3.5"

    # a bad value shows the API's one-line message naming the field
    page.fill("#depth", "80")
    page.dispatch_event("#depth", "input")
    page.wait_for_function("() => document.querySelector('#status').classList.contains('error')", timeout=60_000)
    assert "depth_km" in page.locator("#status").inner_text()
    page.fill("#depth", "3.5")
    page.dispatch_event("#depth", "input")
    page.wait_for_function(
        "() => !document.querySelector('#status').classList.contains('error') && /Updated/.test(document.querySelector('#status').textContent)",
        timeout=120_000,
    )

    # uncertainty: a 90 % interval appears
    page.check("#mc")
    page.wait_for_function(
        "() => /\\d\u2013\\d/.test(document.querySelector('#total-interval').textContent)", timeout=120_000
    )

    # the scenario downloads as TOML that minebelt reads back
    with page.expect_download() as dl:
        page.click("#dl-toml")
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    import tomllib

    from minebelt.scenario import scenario_from_dict

    sc = scenario_from_dict(tomllib.loads(text), label="download")
    assert sc.defaults.depth_km == 3.5
    assert len(sc.sections) == rows.count()

    ARTIFACTS.mkdir(exist_ok=True)
    page.uncheck("#mc")
    page.wait_for_function("() => document.querySelector('#total-interval').textContent === ''", timeout=120_000)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "web.png"))
    page.close()

    assert not errors, errors
    outside = [u for u in urls if not _host_ok(u)]
    assert not outside, outside
    assert any("/api/estimate" in u for u in urls)


# ----------------------------------------------------------------------------- any border, bad rows, blocks, uncertainty

IDLE = "() => window.minebelt && window.minebelt.idle()"
NEEDS_DATA = "bundled border data is not built"


def _watched(browser, **kw):
    """A new page, with the lists its console errors and requested URLs go to."""
    page = browser.new_page(**kw)
    errors: list[str] = []
    urls: list[str] = []
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("request", lambda r: urls.append(r.url))
    return page, errors, urls


def _open(browser, server: str):
    page, errors, urls = _watched(browser, viewport={"width": 1440, "height": 900})
    page.goto(server + "/", wait_until="load")
    page.wait_for_function(IDLE, timeout=180_000)
    page.wait_for_function("() => /\\d/.test(document.querySelector('#total-mines').textContent)", timeout=180_000)
    return page, errors, urls


def _settle(page) -> None:
    page.wait_for_timeout(50)
    page.wait_for_function(IDLE, timeout=180_000)


def _rows(page) -> list[dict]:
    return page.evaluate(
        "() => window.minebelt.state.sections.map(s => ({key: s.key || null, name: s.name, country: s.country, border: s.border,"
        " error: s.error || null, mines: s.row ? s.row.mines : null}))"
    )


def _click_latlng(page, lat: float, lon: float) -> None:
    """A real mouse click on the map at a geographic point."""
    x, y = page.evaluate(
        "([lat, lon]) => { const m = window.minebelt.state.map; const p = m.latLngToContainerPoint([lat, lon]);"
        " const r = document.querySelector('#map').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }",
        [lat, lon],
    )
    page.mouse.click(x, y)


def _api_section_mines(server: str, section: dict, depth_km: float = 2.0, density: str = "korea-peak") -> float:
    import json
    import urllib.request

    doc = {
        "name": "oracle",
        "defaults": {"depth_km": depth_km, "density": density, "along_water": "skip"},
        "sections": [section],
    }
    req = urllib.request.Request(
        server + "/api/estimate?belts=false",
        data=json.dumps(doc).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["sections"][0]["mines"]


def test_search_picks_norway_russia_and_a_click_removes_it(server: str, browser) -> None:
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, urls = _open(browser, server)
    page.fill("#country-search", "norw")
    page.click("#search-results button[data-iso3=NOR]")
    page.click("#neighbours button[data-pair=NOR-RUS]")
    page.wait_for_function("() => window.minebelt.state.sections.some(s => s.key === 'NOR-RUS')")
    _settle(page)
    row = next(r for r in _rows(page) if r["key"] == "NOR-RUS")
    assert row["error"] is None
    # the page's figure is the API's for the same section on its own
    expected = _api_section_mines(server, {"name": row["name"], "country": "NOR", "border": "RUS"})
    assert row["mines"] == pytest.approx(expected, rel=1e-9)
    assert expected > 0
    assert page.locator("#sections tbody tr[data-key=NOR-RUS]").count() == 1
    assert page.locator("#neighbours button[data-pair=NOR-RUS].on").count() == 1
    # the map shows it, far north of the default view; a real click on the line removes it
    lat, lon = page.evaluate(
        "() => { const ls = window.minebelt.state.borders['NOR-RUS'].layer.getLayers()[0].getLatLngs();"
        " const flat = ls.flat(3); const p = flat[Math.floor(flat.length / 2)]; return [p.lat, p.lng]; }"
    )
    assert lat > 68
    page.evaluate("([lat, lon]) => { window.minebelt.state.map.setView([lat, lon], 9, {animate: false}); }", [lat, lon])
    page.wait_for_timeout(300)
    _click_latlng(page, lat, lon)
    page.wait_for_function("() => !window.minebelt.state.sections.some(s => s.key === 'NOR-RUS')", timeout=10_000)
    _settle(page)
    assert page.locator("#sections tbody tr[data-key=NOR-RUS]").count() == 0
    page.close()
    assert not errors, errors
    assert all(_host_ok(u) for u in urls)


def test_map_click_adds_the_koreas_and_clicking_again_removes(server: str, browser) -> None:
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, _ = _open(browser, server)
    n0 = len(_rows(page))
    # a vertex of the overview line between the Koreas (east of 100°E: not on the old basemap)
    lat, lon = page.evaluate(
        "() => { let ll = null; window.minebelt.state.overview.eachLayer(l => { const p = l.feature.properties;"
        " if (p.a === 'KOR' && p.b === 'PRK') { const f = l.getLatLngs().flat(3); ll = f[Math.floor(f.length / 2)]; } }); return [ll.lat, ll.lng]; }"
    )
    assert 37 < lat < 39 and 125 < lon < 129
    page.evaluate("([lat, lon]) => { window.minebelt.state.map.setView([lat, lon], 8, {animate: false}); }", [lat, lon])
    page.wait_for_timeout(300)
    _click_latlng(page, lat, lon)
    page.wait_for_function("() => window.minebelt.state.sections.some(s => s.key === 'KOR-PRK')", timeout=30_000)
    _settle(page)
    rows = _rows(page)
    assert len(rows) == n0 + 1
    kor = next(r for r in rows if r["key"] == "KOR-PRK")
    assert kor["name"] == "South Korea – North Korea" and kor["mines"] > 0
    assert kor["mines"] == pytest.approx(
        _api_section_mines(server, {"name": kor["name"], "country": "KOR", "border": "PRK"}), rel=1e-9
    )
    # the basemap reaches there: Korea's outline is drawn
    assert page.evaluate("() => window.minebelt.state.map.getBounds().getEast()") > 120
    # the same click now hits the chosen (detailed) border: removed
    _click_latlng(page, lat, lon)
    page.wait_for_function("() => !window.minebelt.state.sections.some(s => s.key === 'KOR-PRK')", timeout=30_000)
    _settle(page)
    assert len(_rows(page)) == n0
    page.close()
    assert not errors, errors


def test_a_bad_row_shows_its_error_and_the_rest_keep_updating(server: str, browser) -> None:
    import json
    import urllib.request

    page, errors, _ = _open(browser, server)
    good_before = {r["name"]: r["mines"] for r in _rows(page)}
    page.click(".add-stated summary")
    page.fill("#add-country", "POL")
    page.fill("#add-border", "XXX")
    page.fill("#add-length", "100")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#sections tr.row-error td", timeout=120_000)
    _settle(page)
    msg = page.locator("#sections tr.row-error td").inner_text()
    assert "XXX" in msg and "alpha-3" in msg
    # the error sits right under its row
    assert page.evaluate(
        "() => document.querySelector('#sections tr.row-error').previousElementSibling.classList.contains('bad')"
    )
    assert "left out" in page.locator("#status").inner_text()
    rows = _rows(page)
    assert [r for r in rows if r["error"]] == [r for r in rows if r["name"].startswith("Poland – XXX")]
    assert {r["name"]: r["mines"] for r in rows if not r["error"]} == pytest.approx(good_before)
    # a later change still updates every good row, the bad row keeps its message
    page.fill("#depth", "3")
    page.dispatch_event("#depth", "input")
    page.wait_for_function(
        "() => window.minebelt.state.scenario && window.minebelt.state.scenario.defaults.depth_km === 3",
        timeout=120_000,
    )
    _settle(page)
    after = _rows(page)
    sc = page.evaluate("() => window.minebelt.state.scenario")  # what was sent: the good rows only
    assert [s["name"] for s in sc["sections"]] == [r["name"] for r in after if not r["error"]]
    req = urllib.request.Request(
        server + "/api/estimate?belts=false", data=json.dumps(sc).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=120) as resp:
        oracle = {row["name"]: row["mines"] for row in json.loads(resp.read())["sections"]}
    for r in after:
        if not r["error"]:
            assert r["mines"] == pytest.approx(oracle[r["name"]], rel=1e-9), r["name"]
            assert r["mines"] > good_before[r["name"]]  # 3 km deep instead of 2
    assert page.locator("#sections tr.row-error").count() == 1
    # removing the bad row clears the warning
    page.click("#sections tr.bad button[aria-label^='Remove']")
    _settle(page)
    assert page.locator("#sections tr.row-error").count() == 0
    assert "left out" not in page.locator("#status").inner_text()
    page.close()
    # the browser logs the API's 422 for the scenario with the bad row; nothing else
    assert all("status of 422" in e for e in errors), errors


def test_blocks_and_uncertainty_keep_the_headline(server: str, browser) -> None:
    import json
    import re
    import urllib.request

    page, errors, _ = _open(browser, server)
    headline = _total(page)
    sc = page.evaluate("() => window.minebelt.state.scenario")
    req = urllib.request.Request(
        server + "/api/estimate?belts=false", data=json.dumps(sc).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=120) as r:
        doc = json.loads(r.read())
    # the four cards, from the document, by the rule of minebelt.numbers: one figure, one line,
    # the detail behind "more" (closed until the reader opens it)
    from minebelt import numbers as N

    assert page.locator("#card-cost .value").inner_text() == N.sig(
        doc["cost"]["total"], 2, currency=doc["cost"]["currency"]
    )
    # a time at all-types capacity carries its condition, never "at least"
    assert page.locator("#card-production .value").inner_text() == N.sig(
        doc["production"]["years_to_fill"], 3, scale=False, unit="years"
    )
    # its scope in the figure's own line; the stated national needs beside it in the one line (plans, not judged)
    p = doc["production"]
    assert p["years_to_fill_scope"] in page.locator("#card-production .what").inner_text()
    assumes = page.locator("#card-production .assumes").inner_text()
    if p.get("stated_needs"):
        assert assumes.startswith("stated needs beside it (plans, not judged): ")
    else:
        assert assumes == p["years_to_fill_condition"]
    k = doc["clearance"]
    # one headline, no bracket of two methods: the years with the workforce they assume, the one
    # line of what they assume, then the detail behind "more"; yardsticks labelled as context
    from minebelt.outputs.report.cards import split_headline

    figure, rng, label = split_headline(k["headline"])
    assert page.locator("#card-clearance .value").inner_text() == figure
    assert k["capacity"]["headline"] in page.locator("#card-clearance .what").inner_text()
    # the clearance cost: one figure (from the effort on a workforce), its price year, the other
    # figure behind "more" as a labelled cross-check
    assert page.locator("#card-clearance-cost .value").inner_text() == N.sig(k["cost"], 2, currency=k["currency"])
    if k.get("cost_basis") == "effort":
        assert (
            f"{k['currency']} at {k['cost_price_years']} prices"
            in page.locator("#card-clearance-cost .what").inner_text()
        )
        page.locator("#card-clearance-cost details.more summary").click()
        assert "Cross-check, not the estimate" in page.locator("#card-clearance-cost").inner_text()
    # in English too every card is the terminal's and the report's (interval and caveats)
    from minebelt.web.reader_text import reader_text

    for sel, key in (("#card-clearance-cost", "clearance_cost"), ("#card-clearance", "clearance"),
                     ("#card-cost", "cost"), ("#card-production", "production"), ("#card-exposure", "civilians")):  # fmt: skip
        said = reader_text(doc, "en")["cards"][key]
        for part in ("label", "value", "what", "range", "assumes"):
            field = {"label": "title", "value": "figure", "what": "label"}.get(part, part)
            shown = page.locator(f"{sel} > .{part}")
            assert (shown.inner_text() if shown.count() else "") == said[field], (key, part)
        details = page.locator(f"{sel} details.more li").all_text_contents()
        assert details == [d if d.rstrip().endswith((".", "!", "?", ")")) else f"{d}." for d in said["details"]]
    for sel in ("#card-cost", "#card-production", "#card-clearance", "#card-exposure"):
        assert page.locator(f"{sel} details.more").count() == 1 and not page.locator(f"{sel} details.more").evaluate(
            "d => d.open"
        )
    page.locator("#card-clearance details.more summary").click()
    page.locator("#card-cost details.more summary").click()
    clearance = page.locator("#card-clearance").inner_text()
    assert f"Minefield condition: {k['condition_alternative']['text']}" in clearance
    assert (
        f"{k['yardsticks']['area_rate']['label']} (context, not the estimate)".lower() in clearance.lower()
        and "mine rate" not in figure
    )
    assert "2025 prices" in clearance and "(an alternative, not the estimate)" in clearance
    assert (
        f"{N.num(k['world_capacity_years'], scale=False)} years of " in clearance and "world's entire" not in clearance
    )
    assert ".;" not in clearance and ". ;" not in clearance  # each detail is its own sentence
    card_cost = page.locator("#card-cost").inner_text()
    assert (
        doc["cost"]["fence_label"].split(" (")[0] in card_cost and "marking and fence" not in card_cost
    )  # the proxy is named
    assert doc["cost"]["price_basis"] in card_cost and "not adjusted for inflation" in card_cost
    # civilians: the defender's side within 1 km first, its places named; the other side apart
    ours = doc["exposure"]["total"]["defender_side"]["within_1km"]["population"]
    assert page.locator("#card-exposure .value").inner_text() == N.sig(ours, 3, words=True)
    page.locator("#card-exposure details.more summary").click()
    card_exposure = page.locator("#card-exposure").inner_text()
    named = doc["exposure"]["total"]["in_or_near_belt"]
    assert (
        f"Inside the belt as drawn: {named[0]['name']}" in card_exposure
        and "Within 1 km of it on the defender's side: " in card_exposure
        and "Across the border (BLR, RUS), counted apart" in card_exposure
    )
    if doc["cost"]["laying_cost"] is None:  # laying not costed: said so, and no ratio
        assert "laying not estimated" in page.locator("#card-cost").inner_text()
        assert "×" not in clearance
    # blocks off: "not estimated", never a stale number
    page.uncheck("#blocks-on")
    _settle(page)
    assert page.locator("#card-cost .value").inner_text() == "not estimated"
    page.check("#blocks-on")
    _settle(page)

    # uncertainty on: the headline stays at the chosen value, an interval appears and is explained
    page.check("#mc")
    page.wait_for_function(
        "() => /\\d\u2013\\d/.test(document.querySelector('#total-interval').textContent)", timeout=180_000
    )
    _settle(page)
    assert _total(page) == headline
    note = page.locator("#interval-note").inner_text()
    assert "5th to 95th percentile" in note and "median 12,000" in note and "9,600\u201315,000" in note
    assert page.locator("#card-cost .range").inner_text().startswith("90 %: USD")
    d = page.evaluate("() => window.minebelt.state.result.totals.mines_dist")
    assert d["p05"] < page.evaluate("() => window.minebelt.state.result.totals.mines") < d["p95"]
    # numbers are rounded: no figure with four or more decimals; years without a thousands separator
    panel = "\n".join(
        page.locator(sel).inner_text() for sel in (".headline", "#blocks", "#sections")
    )  # not the sources (DOIs)
    panel = re.sub(r"\d\.\d{4} [A-Z]{3}/[A-Z]{3}", "", panel)  # exchange rates keep the ECB's four decimals
    assert not re.search(r"\d\.\d{4,}", panel)
    # "the last in 2097", or "around 2130" beside years rounded to tens ("100 years")
    assert re.search(r"the last (in|around) \d{4}\b", panel) and not re.search(r"the last (in|around) \d,\d{3}", panel)
    page.close()
    assert not errors, errors


def test_docs_render_offline(server: str, browser) -> None:
    page, errors, urls = _watched(browser)
    page.goto(server + "/docs", wait_until="load")
    page.wait_for_selector(".opblock", timeout=60_000)
    assert page.locator(".opblock").count() >= 10
    assert "minebelt" in page.locator(".info .title").first.inner_text()
    assert page.locator(".opblock-summary-path:has-text('/api/estimate')").count() >= 1
    page.close()
    assert not errors, errors
    assert all(_host_ok(u) for u in urls), [u for u in urls if not _host_ok(u)]


# ----------------------------------------------------------------------------- review findings: downloads, partial production, intervals, search


def test_format_hides_degenerate_intervals_and_the_page_builds_no_card(server: str, browser) -> None:
    """The page's own modules, imported in the page: exact strings for synthetic documents. The
    cards are the server's (tests/unit/outputs/test_web_cards_server.py): the page builds none,
    and says "Computing…" or why while it has none."""
    page, errors, _ = _watched(browser)
    page.goto(server + "/", wait_until="load")
    out = page.evaluate(
        """async () => {
          const f = await import('/static/js/format.js');
          const b = await import('/static/js/blocks.js');
          const box = document.createElement('div');
          b.renderBlocks(box, {totals: {}}, {lang: 'en'});
          return {
            degenerate: f.dist({p05: 129.2, p95: 129.4}, {sig: 2, scale: false, unit: 'years'}),
            years: f.dist({p05: 98.9, p95: 159}, {scale: false, unit: 'years'}),
            flat: f.dist({p05: 5e6, p95: 5e6}),
            builders: Object.keys(b).filter((k) => /Card$/.test(k) && k !== 'placeholderCard'),
            waiting: [...box.querySelectorAll('.card .assumes')].map((e) => e.textContent),
          };
        }"""
    )
    assert out["degenerate"] == "" and out["flat"] == ""  # "130–130 years" says only that nothing varied
    assert out["years"] == "98.9\u2013159 years"  # both ends by one rule, the unit once
    assert out["builders"] == []
    assert out["waiting"] == ["Computing…"] * 5  # the document in English, its cards not yet written
    page.close()
    assert not errors, errors


def test_downloads_leave_out_bad_rows_and_round_like_the_report(server: str, browser) -> None:
    import csv
    import io
    import tomllib

    from minebelt.outputs.datadict import round_value
    from minebelt.scenario import scenario_from_dict

    page, errors, _ = _open(browser, server)
    page.click(".add-stated summary")
    page.fill("#add-country", "POL")
    page.fill("#add-border", "XXX")
    page.fill("#add-length", "100")
    page.click("#add-form button[type=submit]")
    page.wait_for_selector("#sections tr.row-error td", timeout=120_000)
    _settle(page)
    rows = _rows(page)
    good = [r for r in rows if not r["error"]]
    bad = [r for r in rows if r["error"]]
    assert len(bad) == 1 and good
    with page.expect_download() as dl:
        page.click("#dl-toml")
    text = Path(dl.value.path()).read_text(encoding="utf-8")
    sc = scenario_from_dict(tomllib.loads(text), label="download")  # the CLI reads it back as it is
    assert [s.name for s in sc.sections] == [r["name"] for r in good]
    assert sc.name.startswith(f"Web app: {len(good)} sections,")
    assert "# 1 section left out by the web app" in text
    tail = text[text.index("# left out: ") :]
    assert bad[0]["error"].split(":")[-1].strip()[:30] in tail.splitlines()[0]
    assert (
        '# [[sections]]\n# name = "Poland – XXX, 100 km (stated)"\n# country = "POL"\n# border = "XXX"\n# length_km = 100\n'
        in tail
    )

    # the CSV: every figure at the data dictionary's precision (as the report's sections.csv)
    doc = page.evaluate("() => window.minebelt.state.result")
    with page.expect_download() as dl:
        page.click("#dl-csv")
    table = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert len(table) == len(doc["sections"]) + 1 and table[-1]["name"] == "Total"
    for row, sec in zip(table, doc["sections"], strict=False):
        for col in (
            "length_km",
            "land_km",
            "water_km",
            "depth_km",
            "area_km2",
            "density_per_km2",
            "mines",
            "mines_per_km_front",
        ):
            want = round_value(col, sec.get(col))
            assert (row[col] == "") if want is None else (float(row[col]) == want), (col, row[col], want)
        assert (
            "." not in row["mines"] and "." not in row["density_per_km2"]
        )  # whole numbers: 12000, never 12000.000000000015
        assert len(row["length_km"].partition(".")[2]) <= 1
    assert float(table[-1]["mines"]) == round_value("mines", doc["totals"]["mines"])
    page.close()
    assert all("status of 422" in e for e in errors), errors


def test_search_row_is_clickable_across_its_width(server: str, browser) -> None:
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, _ = _open(browser, server)
    page.fill("#country-search", "norw")
    li = page.locator("#search-results li").first
    box = li.bounding_box()
    text = li.locator("button").evaluate(
        "b => { const r = document.createRange(); r.selectNodeContents(b); return r.getBoundingClientRect().right; }"
    )
    assert box["x"] + box["width"] - 4 > text + 20  # the click lands well right of the name
    li.click(position={"x": box["width"] - 4, "y": box["height"] / 2})  # on the <li>, right of the name
    page.wait_for_selector("#neighbours button[data-pair=NOR-RUS]", timeout=10_000)
    page.close()
    assert not errors, errors


def test_production_card_keeps_the_pooled_figure_beside_a_border_without_producers(server: str, browser) -> None:
    import json
    import urllib.request

    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, _ = _open(browser, server)
    page.evaluate("() => window.minebelt.pickBorder('NOR', 'RUS')")
    page.wait_for_function("() => window.minebelt.state.sections.some(s => s.key === 'NOR-RUS')", timeout=60_000)
    _settle(page)
    sc = page.evaluate("() => window.minebelt.state.scenario")
    req = urllib.request.Request(
        server + "/api/estimate?belts=false", data=json.dumps(sc).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=120) as r:
        prod = json.loads(r.read())["production"]
    assert prod["years_to_fill"] is None  # the whole is not estimated: NOR has no producer on record
    pooled = next(g for g in prod["groups"] if g["years_to_fill"] is not None)
    card = page.locator("#card-production")
    assert card.locator(".label").inner_text() == "Production (without Norway)"  # the server's card
    from minebelt import numbers as N

    assert card.locator(".value").inner_text() == f"at least {N.sig(pooled['years_to_fill'], 3, scale=False)} years"
    assert "no production capacity on record for Norway" in card.locator(".assumes").inner_text()
    assert card.locator(".what").inner_text().startswith("to make the mines of Finland, Estonia")
    page.close()
    assert not errors, errors


# ----------------------------------------------------------------------------- the answer in view, a new scenario, a link


def test_headline_stays_in_view_and_the_scenario_is_a_link(server: str, browser) -> None:
    """The sentence that answers the question leads the panel and stays in view while inputs
    below change; "Clear sections" and "New scenario" start over; the address holds the
    scenario and opens it again; the map names the countries."""
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, urls = _open(browser, server)
    sentence = page.locator("#headline-sentence").inner_text()
    assert re.match(
        r"^[\d.]+ million mines behind [\d,]+ km of land (front|border) in a 2 km belt of [\d,]+ km² at 12,000 mines per km²",
        sentence,
    ), sentence
    assert page.locator(".leaflet-marker-pane .country-label, .leaflet-labels-pane .country-label").count() > 5
    assert "FINLAND" in page.locator("#map").inner_text().upper()
    # change an input far down the panel: the headline is still on screen, and updated
    page.locator("#block-inputs").scroll_into_view_if_needed()
    page.fill("#depth", "3")
    page.dispatch_event("#depth", "input")
    _settle(page)
    box, panel = page.locator(".headline").bounding_box(), page.locator(".panel").bounding_box()
    assert box["y"] >= panel["y"] - 1 and box["y"] + 40 <= panel["y"] + panel["height"]
    assert "3 km belt" in page.locator("#headline-sentence").inner_text()
    # the address holds the scenario: opened elsewhere, it gives the same sections and figures
    link = page.evaluate("() => location.href")
    assert "#d=3&" in link and "s=FIN-RUS," in link
    total = _total(page)
    other, errors2, _ = _watched(browser, viewport={"width": 1440, "height": 900})
    other.goto(link, wait_until="load")
    other.wait_for_function(IDLE, timeout=180_000)
    other.wait_for_function("() => /\\d/.test(document.querySelector('#total-mines').textContent)", timeout=180_000)
    assert _total(other) == total and len(_rows(other)) == len(_rows(page))
    assert other.locator("#depth").input_value() == "3"
    other.close()
    # a link to other borders: India-Pakistan alone, a stated section beside it, a stretch
    other, errors3, _ = _watched(browser, viewport={"width": 1440, "height": 900})
    other.goto(server + "/#d=2&m=korea-peak&w=skip&s=IND-PAK@0-500,POL-BLR=400", wait_until="load")
    other.wait_for_function(IDLE, timeout=180_000)
    other.wait_for_function("() => window.minebelt.state.result !== null", timeout=180_000)
    rows = _rows(other)
    assert [(r["country"], r["border"]) for r in rows] == [("IND", "PAK"), ("POL", "BLR")]
    assert other.evaluate("() => window.minebelt.state.sections[0].to_km") == 500
    other.close()
    # clear: no section, the assumptions kept; new scenario: the defaults too
    page.click("#clear-sections")
    _settle(page)
    assert _rows(page) == [] and page.locator("#depth").input_value() == "3"
    assert _total(page) == "—" and "Add a section" in page.locator("#status").inner_text()
    page.fill("#depth", "4")
    page.dispatch_event("#depth", "input")
    page.click("#new-scenario")
    _settle(page)
    assert (
        _rows(page) == []
        and page.locator("#depth").input_value() == "2"
        and page.locator("#model").input_value() == "korea-peak"
    )
    page.evaluate("() => window.minebelt.pickBorder('IND', 'PAK')")
    page.wait_for_function("() => window.minebelt.state.sections.length === 1", timeout=60_000)
    _settle(page)
    assert page.evaluate("() => location.hash").endswith("s=IND-PAK")
    page.close()
    assert not errors and not errors2 and not errors3, (errors, errors2, errors3)
    assert all(_host_ok(u) for u in urls)


def test_cards_say_computing_and_verdicts_in_words(server: str, browser) -> None:
    """The first estimate's cost card says "Computing…" (the box is ticked), "Tick …" when it is
    not, and the article's verdicts read as words, worst first."""
    page, errors, _ = _watched(browser)
    page.goto(server + "/", wait_until="load")
    out = page.evaluate(
        """async () => {
          const b = await import('/static/js/blocks.js');
          const v = await import('/static/js/views.js');
          return {
            computing: b.placeholderCard('cost', 'Build cost', null, {ticked: true, computing: true}).assumes,
            unticked: b.placeholderCard('cost', 'Build cost', null, {ticked: false, computing: true}).assumes,
            none: b.placeholderCard('civilians', 'Civilians', {}, {ticked: false}).assumes,
            article: v.articleHeadline({draft: {claims: new Array(7).fill({})},
              factcheck: {summary: {holds: 2, 'does-not-hold': 1, stated: 3, 'not-checked': 1}}}),
          };
        }"""
    )
    assert out["computing"] == "Computing…"
    assert out["unticked"].startswith("Tick")
    assert out["none"] == "Not estimated for this scenario."
    assert (
        out["article"]
        == "7 claims found: 3 checked (1 does not hold, 2 hold); 4 not recomputed (3 stated, 1 not checked)."
    )
    page.close()
    assert not errors, errors


def test_the_page_in_polish_from_its_link(server: str, browser) -> None:
    """A link with ``l=pl`` opens the page in Polish: the status line and the cards in Polish
    words, figures in Polish number format (a space between thousands, a decimal comma)."""
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, _ = _watched(browser, viewport={"width": 1440, "height": 900})
    page.goto(server + "/#d=2&m=korea-peak&w=skip&s=POL-BLR=400&l=pl", wait_until="load")
    page.wait_for_function(IDLE, timeout=180_000)
    page.wait_for_function(
        "() => /Zaktualizowano w/.test(document.querySelector('#status').textContent)", timeout=180_000
    )
    assert re.search(r"^Zaktualizowano w [\d\u00a0 ]+ ms\.$", page.locator("#status").inner_text().strip())
    assert page.evaluate("() => document.documentElement.lang") == "pl"
    total = _total(page)
    assert re.fullmatch(r"9,6 mln|9,60 mln|[\d,]+\s?mln", total), total
    assert not errors
    page.close()


#: Records, in the page, each figures render and each belts render with the scenario's depth.
RECORD = """() => {
  window.__order = [];
  const m = window.minebelt.state;
  document.addEventListener("minebelt:result", () => window.__order.push({
    what: "figures", depth: m.scenario ? m.scenario.defaults.depth_km : null,
    cards: m.result && m.result.text ? m.result.text.lang : null,
    sentence: document.querySelector("#headline-sentence").textContent }));
  document.addEventListener("minebelt:belts", () => window.__order.push({
    what: "belts", depth: m.beltsFor ? JSON.parse(m.beltsFor).defaults.depth_km : null }));
}"""


def test_a_language_change_shows_the_figures_before_the_belts(server: str, browser) -> None:
    """A new depth and then a new language: the headline and the cards in the new language
    come from the figures, before the map's belts of that depth (built after them); the
    belts are asked for once, not again for the language."""
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    page, errors, urls = _open(browser, server)
    page.evaluate(RECORD)
    page.fill("#depth", "4.3")  # a depth no other test asks for: its belts are built afresh
    page.select_option("#lang", "uk")
    page.wait_for_function("() => window.__order.some(e => e.what === 'belts' && e.depth === 4.3)", timeout=300_000)
    _settle(page)
    order = page.evaluate("() => window.__order")
    figures = next(
        i for i, e in enumerate(order) if e["what"] == "figures" and e["depth"] == 4.3 and e["cards"] == "uk"
    )
    belts = next(i for i, e in enumerate(order) if e["what"] == "belts" and e["depth"] == 4.3)
    assert figures < belts, order
    assert re.search("[а-яіїє]{4}", order[figures]["sentence"]), order[figures]
    assert page.locator(".leaflet-belts-pane path").count() >= 10
    asked = [u for u in urls if "/api/estimate" in u and "belts=false" not in u]
    assert len(asked) == 2, asked  # the first view's belts and those of 4.3 km, none for the language
    page.close()
    assert not errors, errors


#: What overflows in the page as laid out: the page's width beyond the screen's, the
#: uncertainty label running over its ± input, the atlas sort menu narrower than its longest
#: option (measured in the menu's font).
LAYOUT = """() => {
  const box = (s) => document.querySelector(s).getBoundingClientRect();
  const label = box(".mc-row > label"), pm = box("#pm");
  const sort = document.querySelector("#atlas-sort");
  const ctx = document.createElement("canvas").getContext("2d");
  ctx.font = getComputedStyle(sort).font;
  const longest = Math.max(...[...sort.options].map((o) => ctx.measureText(o.text).width));
  return {
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    overlap: pm.top < label.bottom && pm.left < label.right ? label.right - pm.left : 0,
    sortCut: sort.options.length ? longest - sort.clientWidth + 24 : 0,
  };
}"""


@pytest.mark.parametrize("viewport", [(1280, 800), (390, 844)])
def test_the_longest_words_fit_the_layout(server: str, browser, viewport: tuple[int, int]) -> None:
    """In Ukrainian, Polish and Lithuanian (the longest words) nothing runs over its neighbour
    or off the screen, on a laptop and on a phone; the depth unit is the language's."""
    from minebelt import settings
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip(NEEDS_DATA)
    w, h = viewport
    page, errors, _ = _watched(browser, viewport={"width": w, "height": h})
    page.goto(server + "/?lang=uk", wait_until="load")
    page.wait_for_function(IDLE, timeout=180_000)
    page.wait_for_function("() => /\\d/.test(document.querySelector('#total-mines').textContent)", timeout=180_000)
    for lang in ("uk", "pl", "lt"):
        if lang != "uk":
            page.select_option("#lang", lang)
            page.wait_for_function(f"() => document.documentElement.lang === '{lang}'")
            _settle(page)
        got = page.evaluate(LAYOUT)
        assert got["page"] <= 0 and got["overlap"] <= 0 and got["sortCut"] <= 0, (lang, got)
    page.select_option("#lang", "uk")
    page.wait_for_function("() => document.documentElement.lang === 'uk'")
    assert page.locator("#depth + [data-i18n-unit]").inner_text() == "км"
    # the slider and the box allow one range, the scenarios' (settings.DEPTH_KM_MAX)
    most = f"{settings.DEPTH_KM_MAX:g}"
    assert page.locator("#depth-range").get_attribute("max") == page.locator("#depth").get_attribute("max") == most
    page.close()
    assert not errors, errors
