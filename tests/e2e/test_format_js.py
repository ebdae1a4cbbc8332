"""``web/static/js/format.js`` prints every figure as ``minebelt.numbers`` does: the same
calls on the same values, in headless Chromium (Debian's ``/usr/bin/chromium``; never a
downloaded browser) against Python. Fails, not skips, when ``CI`` is set and Chromium is
missing: the page and the files must never round a figure two ways."""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path

import numpy as np
import pytest

from minebelt import i18n, numbers

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser

#: (function, options) pairs exercised on every value; options as the JavaScript side takes them.
CALLS: list[tuple[str, dict]] = [
    ("num", {}),
    ("num", {"words": True}),
    ("num", {"scale": False, "unit": "km"}),
    ("num", {"currency": "USD"}),
    ("sig", {}),
    ("sig", {"sig": 2, "words": True}),
    ("sig", {"sig": 2, "currency": "EUR"}),
    ("count", {}),
    ("year", {}),
    ("pct", {}),
    ("ratio", {}),
    ("decimals0", {}),
    ("decimals1", {}),
    ("decimals3", {}),
]
SPANS: list[dict] = [{}, {"sig": 2, "currency": "USD"}, {"words": True}, {"scale": False, "unit": "years"}]


def values() -> list[float | None]:
    """Ties, powers of ten and their neighbours, scale boundaries, and 600 random values."""
    fixed = [
        0.0,
        -0.0,
        0.125,
        0.5,
        1.005,
        2.5,
        -2.5,
        9.995,
        99.95,
        99.96,
        100.0,
        999.5,
        1234.5,
        6699.9,
        10410.8,
        999_999.4,
        999_999.5,
        999_999.9,
        1e6,
        124.93e6,
        999.95e6,
        999.96e6,
        1e9,
        6.24e9,
        28.6e9,
        1.5e12,
        1e-7,
        0.0462,
        -1234.5,
        52.4,
        14137.0,
        0.855,
        0.005,
        4.214,
        131.2,
        None,
    ]
    rng = np.random.default_rng(19)
    rand = list(10.0 ** rng.uniform(-4, 13, 400))
    rand += [float(k) + 0.5 for k in rng.integers(0, 5000, 100)]  # exact binary ties
    rand += [float(x) for x in np.round(rng.uniform(0, 1e6, 100), 1)]  # decimals as people type them
    return fixed + [float(x) for x in rand] + [-float(x) for x in rand[:50]]


def python_side(
    vals: list[float | None], calls: list[tuple[str, dict]] = CALLS, spans_opts: list[dict] = SPANS
) -> dict:
    def call(fn: str, x: float | None, opts: dict) -> str:
        if fn.startswith("decimals"):
            return json.dumps(numbers.decimals(x, int(fn[-1])))
        kw = {k: v for k, v in opts.items() if k != "sig" and not (fn == "year" and k == "locale")}
        if fn == "sig":
            return numbers.sig(x, opts.get("sig", 3), **kw)
        return getattr(numbers, fn)(x, **kw)

    single = [[call(fn, x, opts) for fn, opts in calls] for x in vals]
    pairs = [(a, b) for a, b in zip(vals[:-1], vals[1:], strict=True)]
    spans = [
        [
            numbers.span(min(a, b), max(a, b), o.get("sig"), **{k: v for k, v in o.items() if k != "sig"})
            if a is not None and b is not None
            else ""
            for o in spans_opts
        ]
        for a, b in pairs
    ]
    # an end year beside a span of years printed to two figures (2130 beside "100 years")
    near = [numbers.year_near(a, b) if a is not None else "not estimated" for a, b in pairs]
    return {"single": single, "spans": spans, "near": near}


JS_DRIVER = """
({vals, calls, spans}) => {
  const F = window.__F;
  const call = (fn, x, opts) => fn.startsWith("decimals") ? JSON.stringify(F.decimals(x, Number(fn.slice(-1))))
    : F[fn](x, opts);
  const single = vals.map((x) => calls.map(([fn, opts]) => call(fn, x, opts)));
  const pairs = vals.slice(0, -1).map((a, i) => [a, vals[i + 1]]);
  const sp = pairs.map(([a, b]) => spans.map((o) => (a !== null && b !== null ? F.span(Math.min(a, b), Math.max(a, b), o) : "")));
  const near = pairs.map(([a, b]) => F.yearNear(a, b));
  return {single, spans: sp, near};
}
"""


def _json_float(x: str) -> str:
    """JSON of a number as Python writes it (``13.0``) and as JavaScript does (``13``)."""
    v = json.loads(x)
    return json.dumps(float(v)) if isinstance(v, (int, float)) else x


def _with_locale(lang: str) -> tuple[list[tuple[str, dict]], list[dict]]:
    """The calls and spans, each with ``locale`` (English as the default, unset)."""
    if lang == "en":
        return CALLS, SPANS
    return [(fn, {**o, "locale": lang}) for fn, o in CALLS], [{**o, "locale": lang} for o in SPANS]


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_format_js_matches_python(lang: str) -> None:
    calls, spans = _with_locale(lang)
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing (apt-get install chromium)")
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    source = files("minebelt.web").joinpath("static/js/format.js").read_text(encoding="utf-8")
    vals = values()
    want = python_side(vals, calls, spans)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page()
            page.set_content("<!doctype html><html><body></body></html>")
            page.add_script_tag(
                type="module",
                content=source
                + "\nwindow.__F = { num, sig, span, dist, count, year, yearNear, pct, ratio, decimals };\n",
            )
            page.wait_for_function("() => window.__F !== undefined")
            got = page.evaluate(
                JS_DRIVER, {"vals": [None if v is None else v for v in vals], "calls": calls, "spans": spans}
            )
        finally:
            browser.close()
    problems = []
    for x, w_row, g_row in zip(vals, want["single"], got["single"], strict=False):
        for (fn, opts), w, g in zip(calls, w_row, g_row, strict=False):
            if fn.startswith("decimals"):
                w, g = _json_float(w), _json_float(g)
            if w != g:
                problems.append(f"{fn}({x!r}, {opts}): Python {w!r}, JavaScript {g!r}")
    for (a, b), w_row, g_row in zip(zip(vals[:-1], vals[1:], strict=True), want["spans"], got["spans"], strict=False):
        for opts, w, g in zip(spans, w_row, g_row, strict=False):
            if w != g:
                problems.append(f"span({a!r}, {b!r}, {opts}): Python {w!r}, JavaScript {g!r}")
    for (a, b), w, g in zip(zip(vals[:-1], vals[1:], strict=True), want["near"], got["near"], strict=False):
        if w != g:
            problems.append(f"year_near({a!r}, {b!r}): Python {w!r}, JavaScript {g!r}")
    assert not problems, f"{len(problems)} difference(s):\n" + "\n".join(problems[:40])
