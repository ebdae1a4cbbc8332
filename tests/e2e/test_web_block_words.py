"""End-to-end: the page's block editor and density picker in the reader's language (headless
Chromium): the blocks' keys and the model ids stay the request's (a contract), the labels a
reader sees are translated, a list of codes reads as ``FIN, EST`` and goes back as a list, and
a card's range never breaks at its dash."""

from __future__ import annotations

import pytest
from served_app import ARGS, CHROMIUM, require_browser_and_data, served_app

pytestmark = pytest.mark.browser
IDLE = "() => window.minebelt && window.minebelt.idle()"


@pytest.fixture(scope="module")
def page():
    require_browser_and_data()
    pytest.importorskip("playwright.sync_api")
    from playwright.sync_api import sync_playwright

    with served_app() as url, sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        pg = b.new_page(viewport={"width": 1440, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(url + "/#d=2&m=korea-peak&w=skip&s=POL-BLR=400&l=pl", wait_until="load")
        pg.wait_for_function(IDLE, timeout=180_000)
        pg.wait_for_function(
            "() => /Zaktualizowano/.test(document.querySelector('#status').textContent)", timeout=180_000
        )
        yield pg
        assert not errors, errors
        b.close()


def _texts(page, selector: str) -> list[str]:
    return page.evaluate(f"() => [...document.querySelectorAll({selector!r})].map(n => n.textContent)")


def test_block_editor_labels_in_polish_and_keys_as_sent(page) -> None:
    assert _texts(page, "#block-inputs legend") == ["Produkcja", "Koszt", "Rozminowanie"]
    labels = _texts(page, "#block-inputs .kv span")
    assert labels == ["kraje produkujące wspólnie (kody ISO)", "waluta", "siły rozminowania"]
    assert not [t for t in labels if "_" in t]
    pooled = page.locator("input[data-block=production][data-key=pooled_by]")
    assert pooled.input_value() == "FIN, EST, LVA, LTU, POL, UKR"
    # the request keeps the TOML keys and the list
    sc = page.evaluate("() => window.minebelt.buildScenario(window.minebelt.state.sections)")
    assert sc["production"]["pooled_by"] == ["FIN", "EST", "LVA", "LTU", "POL", "UKR"]
    assert sc["cost"] == {"currency": "USD"} and sc["clearance"] == {"workforce": "ukraine-2024"}


def test_density_models_by_name_with_ids_as_values(page) -> None:
    options = page.evaluate("() => [...document.querySelectorAll('#model option')].map(o => [o.value, o.textContent])")
    values = [v for v, _ in options]
    assert "korea-peak" in values and page.locator("#model").input_value() == "korea-peak"
    text = dict(options)["korea-peak"]
    assert text.startswith("Szczyt koreańskiej DMZ") and "korea-peak" not in text
    assert not [t for v, t in options if v in t]


def test_a_range_stays_on_one_line_in_a_narrow_card(page) -> None:
    rects = page.evaluate(
        """async () => {
          const { card } = await import('/static/js/blocks.js');
          const box = document.createElement('div');
          box.style.width = '150px';
          document.body.append(box);
          box.append(card('narrow-test', { title: 'Cywile', figure: '77 400', range: 'przedział 90%: 61\u00a0000 – 94\u00a0000 osób' }));
          const span = box.querySelector('.range .nowrap');
          const out = { text: box.querySelector('.range').textContent, span: span && span.textContent, lines: span ? span.getClientRects().length : 0 };
          box.remove();
          return out;
        }"""
    )
    assert rects["text"] == "przedział 90%: 61\u00a0000 – 94\u00a0000 osób"
    assert rects["span"] == "61\u00a0000 – 94\u00a0000"
    assert rects["lines"] == 1
