"""End-to-end: the page in headless Chromium (Debian's ``chromium``), against a real uvicorn.

Needs ``/usr/bin/chromium`` (``apt-get install chromium``); never downloads a browser. Skipped
when Chromium is missing, unless ``CI`` is set (then it fails).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.browser


def _require_browser() -> None:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from minebelt.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


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
    from minebelt.web.app import data_available

    page = browser.new_page(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    errors: list[str] = []
    urls: list[str] = []
    page.on("console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
    page.on("request", lambda r: urls.append(r.url))
    page.on("requestfailed", lambda r: errors.append(f"request failed: {r.url} {r.failure}"))

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
        assert page.locator("#dl-geojson").is_enabled()
        # clicking a border removes its section, clicking again adds it back
        click = "document.querySelector('path.mb-border-FIN-RUS').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
        page.evaluate(click)
        page.wait_for_function("() => document.querySelectorAll('#sections tbody tr').length === 9")
        page.wait_for_function("(old) => { const t = document.querySelector('#total-mines').textContent; return t !== old && /Updated/.test(document.querySelector('#status').textContent); }", arg=first, timeout=120_000)
        page.evaluate(click)
        page.wait_for_function("() => document.querySelectorAll('#sections tbody tr').length === 10")
        page.wait_for_function("(old) => document.querySelector('#total-mines').textContent === old && /Updated/.test(document.querySelector('#status').textContent)", arg=first, timeout=120_000)
    else:
        assert page.locator("#banner").is_visible()

    # change the depth: the total must change
    page.fill("#depth", "3.5")
    page.dispatch_event("#depth", "input")
    page.wait_for_function("(old) => { const t = document.querySelector('#total-mines').textContent; return t !== old && /\\d/.test(t); }", arg=first, timeout=120_000)
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
    page.wait_for_function("() => !document.querySelector('#status').classList.contains('error') && /Updated/.test(document.querySelector('#status').textContent)", timeout=120_000)

    # uncertainty: a 90 % interval appears
    page.check("#mc")
    page.wait_for_function("() => /to/.test(document.querySelector('#total-interval').textContent)", timeout=120_000)

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
