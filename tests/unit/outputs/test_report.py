"""``build_report``: the files, the manifest, offline HTML, refusing to overwrite, geo files."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.data.borders import gpkg_path
from minebelt.errors import OutputExistsError
from minebelt.outputs.report import build_report

HAS_DATA = gpkg_path().exists()
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)

SENSITIVITY = {
    "tornado": [
        {"input": "defaults.density", "low": 12e6, "high": 30e6, "swing": 18e6},
        {"input": "defaults.depth_km", "low": 15e6, "high": 22e6, "swing": 7e6},
    ],
    "sobol": [
        {"input": "defaults.density", "S1": 0.7, "ST": 0.75},
        {"input": "defaults.depth_km", "S1": 0.2, "ST": 0.25},
    ],
}
CLAIMS = {
    "schema": "minebelt.factcheck/2",
    "file": "claims.toml",
    "summary": {"holds": 1, "does-not-hold": 1},
    "claims": [
        {"id": "c1", "source": "seed-001", "quote": "about 19.2 million mines", "stated_text": "19.2 million mines",
         "computed_text": "19.2 million mines", "verdict": "holds", "explanation": "Recomputed, as stated.", "method": "totals / mines"},
        {"id": "c2", "source": "seed-001", "quote": "<b>a few years</b>", "stated_text": "2 years",
         "computed_text": "16 years", "verdict": "does-not-hold", "explanation": "See https://example.org/x.", "method": ""},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def stated():
    """Stated lengths only, with a Monte Carlo sample (no geometry, no data needed)."""
    return estimate(
        load_scenario(Path(__file__).resolve().parents[3] / "examples" / "seed-reduced-model.toml"), samples=400, seed=3
    )


@pytest.fixture(scope="module")
def synthetic():
    """The stated result with hand-made fronts and belts attached: exercises the map and geo
    files without the bundled border data."""
    import shapely

    from minebelt.geo.belt import buffer_line

    r = estimate(load_scenario(Path(__file__).resolve().parents[3] / "examples" / "seed-reduced-model.toml"))
    lines = [
        shapely.MultiLineString([[(30.5, 51.5), (33.5, 52.3), (36.5, 50.3), (39.7, 49.0)]]),
        shapely.MultiLineString([[(23.6, 51.6), (23.5, 52.2), (23.9, 53.0), (23.5, 53.9)]]),
        shapely.MultiLineString([[(27.3, 57.5), (28.0, 56.1), (26.6, 55.7), (25.0, 54.2)]]),
        None,  # one section stays without geometry
    ]
    r.border_lines = lines
    r.belts = [buffer_line(g, 2.0) if g is not None else None for g in lines]
    r.document["exposure"] = {
        "total": {
            "available": True,
            "within_1km": {"places": 1, "population": 340000},
            "largest_places": [
                {"name": "Brest", "country": "BLR", "distance_km": 3.1, "population": 340000, "lon": 23.7, "lat": 52.1}
            ],
        },
        "source": "GeoNames, CC BY 4.0",
    }
    return r


def _files(d: Path) -> set[str]:
    return {p.name for p in d.iterdir()}


def _check_manifest(out: Path, manifest: dict) -> None:
    on_disk = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == manifest
    listed = {f["path"] for f in manifest["files"]}
    assert _files(out) == listed | {"manifest.json"}
    for f in manifest["files"]:
        data = (out / f["path"]).read_bytes()
        assert f["bytes"] == len(data)
        assert f["sha256"] == hashlib.sha256(data).hexdigest()


# ------------------------------------------------------------------------------ files


def test_stated_report_files_and_manifest(tmp_path, stated):
    out = tmp_path / "rep"
    stages = []
    manifest = build_report(stated, out, progress=lambda s, f: stages.append((s, f)))
    _check_manifest(out, manifest)
    assert _files(out) == {
        "index.html",
        "map.png",
        "sections.csv",
        "countries.csv",
        "data-dictionary.csv",
        "result.json",
        "manifest.json",
    }
    assert set(manifest["skipped"]) == {"belts.geojson", "belts.gpkg"}
    assert "no geometry" in manifest["skipped"]["belts.gpkg"]
    assert manifest["provenance"] == stated.document["provenance"]
    assert manifest["scenario"]["sha256"] == stated.scenario.sha256
    assert json.loads((out / "result.json").read_text(encoding="utf-8")) == stated.document
    assert (out / "map.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (
        (out / "sections.csv").read_text(encoding="utf-8").splitlines()[0].startswith("name,country,border,length_km")
    )
    assert len((out / "countries.csv").read_text(encoding="utf-8").splitlines()) == 1 + len(stated.by_country)
    assert stages and all(0.0 <= f <= 1.0 for _, f in stages)
    assert not [p for p in tmp_path.iterdir() if p.name != "rep"], "temporary directory left behind"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "19.2 M" in page and "no geometry" in page.lower()
    assert stated.scenario.sha256 in page


def test_report_is_deterministic(tmp_path, stated):
    a = build_report(stated, tmp_path / "a")
    b = build_report(stated, tmp_path / "b")
    assert [f["sha256"] for f in a["files"]] == [f["sha256"] for f in b["files"]]


def test_claims_sensitivity_and_blocks(tmp_path, stated):
    import copy

    res = copy.copy(stated)
    res.document = copy.deepcopy(stated.document)
    res.document["cost"] = {
        "currency": "EUR",
        "total": 1.5e9,
        "total_dist": {"mean": 1.5e9, "p05": 1e9, "p50": 1.5e9, "p95": 2e9},
        "by_country": {"POL": {"total": 3e8, "mines_cost": 2e8}, "FIN": {"total": 4e8}},
        "inputs": {"unit_cost_per_mine": "3 to 30"},
        "sources": ["A cost source, https://example.org/cost"],
    }
    res.document["clearance"] = {"odd": [1, "two", {"three": 3}], "nested": {"deeper": {"x": [{"name": "n", "v": 1}]}}}
    res.document["production"] = None
    out = tmp_path / "rep"
    build_report(res, out, claims=CLAIMS, sensitivity=SENSITIVITY)
    page = (out / "index.html").read_text(encoding="utf-8")
    for text in (
        "Fact-check",
        "does-not-hold",
        "Tornado",
        "Sobol",
        "Build cost",
        "Clearance legacy",
        "By defending country",
        "EUR 1\u20132 bn",
    ):
        assert text in page, text
    assert "&lt;b&gt;a few years&lt;/b&gt;" in page  # quotes are escaped
    assert "https://example.org/cost" in page  # block sources listed
    assert page.count('src="data:image/svg+xml;base64,') >= 2  # tornado, Sobol (+ calibration)


# ------------------------------------------------------------------------------ offline HTML


def _network_loads(page: str) -> list[str]:
    """Everything in the page a browser would fetch from the network by itself."""
    bad = []
    for m in re.finditer(r"""\bsrc\s*=\s*["']?\s*([^"'\s>]*)""", page, re.I):
        if not m.group(1).startswith("data:"):
            bad.append(m.group(0))
    for m in re.finditer(r"<(link|script|iframe|object|embed|base)\b[^>]*>", page, re.I):
        tag = m.group(0)
        if re.search(r"\b(href|src|data)\s*=", tag, re.I):
            bad.append(tag)
    bad += re.findall(r"url\(\s*['\"]?\s*(?:https?:|//)[^)]*\)", page, re.I)
    bad += re.findall(r"@import\b[^;]*", page, re.I)
    bad += re.findall(r"\bfetch\s*\(|XMLHttpRequest|EventSource|WebSocket|sendBeacon|\bimport\s*\(", page)
    bad += re.findall(r"""\b(?:xlink:)?href\s*=\s*["']\s*https?:[^"']*["'][^>]*>""", _strip_anchors(page), re.I)
    return bad


def _strip_anchors(page: str) -> str:
    """Links in <a> tags are fine (the reader may click them); drop them before scanning."""
    return re.sub(r"<a\b[^>]*>", "<a>", page, flags=re.I)


@pytest.mark.parametrize("which", ["stated", "synthetic"])
def test_index_html_loads_nothing_from_the_network(tmp_path, which, request):
    res = request.getfixturevalue(which)
    out = tmp_path / "rep"
    build_report(res, out, claims=CLAIMS, sensitivity=SENSITIVITY)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert _network_loads(page) == []
    assert "<style>" in page and "<script>" in page
    assert 'src="data:image/png;base64,' in page  # map.png embedded
    assert "Content-Security-Policy" in page


def test_network_scan_catches_loads():
    for page in (
        '<img src="http://x/a.png">',
        "<script src='https://cdn/x.js'></script>",
        '<link rel="stylesheet" href="https://cdn/x.css">',
        "<style>a{background:url(https://x/y.png)}</style>",
        "<script>fetch('https://x')</script>",
        '<svg><image href="https://tile/1/2/3.png"/></svg>',
    ):
        assert _network_loads(page), page
    assert _network_loads('<a href="https://example.org/source">source</a>') == []


# ------------------------------------------------------------------------------ output dir


def test_refuses_non_empty_dir_without_force(tmp_path, stated):
    out = tmp_path / "rep"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExistsError) as e:
        build_report(stated, out)
    msg = str(e.value)
    assert str(out) in msg and "--force" in msg and "\n" not in msg
    assert _files(out) == {"keep.txt"} and (out / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert _files(tmp_path) == {"rep"}


def test_refuses_a_file(tmp_path, stated):
    out = tmp_path / "rep"
    out.write_text("x", encoding="utf-8")
    with pytest.raises(OutputExistsError):
        build_report(stated, out, force=True)
    assert out.read_text(encoding="utf-8") == "x"


def test_empty_dir_is_fine_and_force_replaces(tmp_path, stated, synthetic):
    out = tmp_path / "rep"
    out.mkdir()
    build_report(synthetic, out)
    assert "belts.gpkg" in _files(out)
    (out / "notes.txt").write_text("user file", encoding="utf-8")
    manifest = build_report(stated, out, force=True)
    # the stale geo files of the first run are gone, the user's own file stays
    assert _files(out) == {f["path"] for f in manifest["files"]} | {"manifest.json", "notes.txt"}
    assert "belts.gpkg" not in _files(out)
    for f in manifest["files"]:
        assert hashlib.sha256((out / f["path"]).read_bytes()).hexdigest() == f["sha256"]


def test_failure_leaves_no_partial_output(tmp_path, stated, monkeypatch):
    import minebelt.outputs.report.charts as charts

    def boom(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(charts, "charts", boom)
    with pytest.raises(RuntimeError):
        build_report(stated, tmp_path / "rep")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ geometry


def _check_geo(out: Path, res, manifest: dict) -> None:
    import pyogrio

    _check_manifest(out, manifest)
    assert {"belts.geojson", "belts.gpkg", "map.png"} <= _files(out)
    assert manifest["skipped"] == {}
    fc = json.loads((out / "belts.geojson").read_text(encoding="utf-8"))
    n_belts = sum(b is not None for b in res.belts)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n_belts
    layers = {name for name, _ in pyogrio.list_layers(out / "belts.gpkg")}
    assert layers == {"belts", "borders"}
    info = pyogrio.read_info(out / "belts.gpkg", layer="borders")
    assert info["features"] == sum(g is not None for g in res.border_lines)
    assert info["crs"] == "EPSG:4326"
    page = (out / "index.html").read_text(encoding="utf-8")
    assert '<svg id="imap"' in page and 'class="belt"' in page and 'class="kmdot"' in page
    assert "OpenStreetMap contributors" in page


def test_synthetic_geometry_report(tmp_path, synthetic):
    out = tmp_path / "rep"
    manifest = build_report(synthetic, out)
    _check_geo(out, synthetic, manifest)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'class="place"' in page and "Brest" in page  # nearby places from the exposure block
    assert "Finland: 800 km2 of priority areas" in page  # the section without geometry is named


@pytest.fixture(scope="module")
def eastern_flank():
    if not HAS_DATA:
        pytest.skip("bundled border data (data/borders.gpkg) is not built")
    return estimate(
        load_scenario(Path(__file__).resolve().parents[3] / "examples" / "eastern-flank.toml"), samples=200, seed=1
    )


@pytest.mark.slow
def test_eastern_flank_report(tmp_path, eastern_flank):
    out = tmp_path / "rep"
    manifest = build_report(eastern_flank, out, sensitivity=SENSITIVITY)
    _check_geo(out, eastern_flank, manifest)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert _network_loads(page) == []
    assert 'class="country' in page  # outlines drawn
    assert "km 50 of the" in page  # km markers measured from each border's km 0
    assert manifest["provenance"]["data"]["license"]


# ------------------------------------------------------------------------------ browser


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_in_headless_chromium(tmp_path, synthetic):
    pw = pytest.importorskip("playwright.sync_api")
    out = tmp_path / "rep"
    build_report(synthetic, out, claims=CLAIMS, sensitivity=SENSITIVITY)
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1300, "height": 1000})
        errors: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "index.html").as_uri())
        svg = page.locator("#imap")
        before = svg.get_attribute("viewBox")
        page.click("#zin")
        after = svg.get_attribute("viewBox")
        page.click("#zhome")
        home = svg.get_attribute("viewBox")
        # hover the first km marker: the tooltip shows its km
        svg.scroll_into_view_if_needed()
        xy = page.evaluate(
            """() => {const e = document.querySelector('#imap .kmdot'), svg = document.getElementById('imap');
            const m = e.getAttribute('d').match(/M(-?[\\d.]+) (-?[\\d.]+)/), pt = svg.createSVGPoint();
            pt.x = +m[1]; pt.y = +m[2]; const s = pt.matrixTransform(svg.getScreenCTM()); return [s.x, s.y];}"""
        )
        page.mouse.move(xy[0] + 1, xy[1] + 1)
        page.mouse.move(xy[0], xy[1])
        tip = page.locator("#tip").inner_text()
        browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert after != before and home == before
    assert tip.startswith("km 50")


PLAN_CLAIMS = {
    **CLAIMS,
    "claims": [
        CLAIMS["claims"][0],
        {"id": "p1", "source": "Bejda 2025", "quote": "up to a million", "kind": "plan", "stated_text": "up to 1 million mines",
         "computed": 6.81e6, "unit": "mines", "computed_text": "6.81 million mines", "verdict": "stated", "verdict_text": "stated",
         "by": "minebelt's model of “Eastern flank”", "explanation": "Stated: up to 1 million mines.", "method": ""},
        {"id": "p2", "source": "seed-001", "quote": "may find themselves", "kind": "plan", "stated_text": "before 2026-04",
         "computed": "2025-12-27", "computed_text": "2025-12-27", "verdict": "stated", "verdict_text": "stated",
         "explanation": "Stated: before 2026-04.", "method": ""},
        {"id": "p3", "source": "seed-001", "quote": "within a few years", "kind": "plan", "stated_text": "2–5 years",
         "computed": None, "computed_text": "\u2014", "verdict": "stated", "verdict_text": "stated",
         "explanation": "Stated: 2–5 years.", "method": ""},
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "header", "model", "sourced", "figure"),
    [
        ("en", "computed, or set beside a plan", "minebelt's model beside it:", "beside it:", "6.81 million mines"),
        # the reader's numbers, as the terminal's fact-check gives them
        (
            "pl",
            "obliczono lub zestawiono z planem",
            "model minebelt dla porównania:",
            "dla porównania:",
            "6,81\xa0mln min",
        ),
    ],
)
def test_report_claims_table_sets_a_plan_beside_never_computed(tmp_path, stated, lang, header, model, sourced, figure):
    from minebelt import i18n

    with i18n.language(lang):
        build_report(stated, tmp_path / lang, claims=PLAN_CLAIMS)
    page = (tmp_path / lang / "index.html").read_text(encoding="utf-8")
    table = page[page.index('id="factcheck"') :]
    table = table[: table.index("</table>")]
    assert f"<th>{header}</th>" in table and ">computed<" not in table and ">obliczono<" not in table
    cells = re.findall(r"<tr><td><code>(\w+)</code>.*?</blockquote></td><td>.*?</td><td>(.*?)</td>", table, re.S)
    got = dict(cells)
    assert got["c1"] == "19.2 million mines"  # a fact's figure is computed: no label
    assert got["p1"].startswith(f'<span class="note">{model}</span> {figure}'), got["p1"]
    assert got["p2"].startswith(f'<span class="note">{sourced}</span> 2025-12-27'), got["p2"]
    assert got["p3"] == "\u2014"  # nothing beside it: no label


def test_report_pdf_claims_table_labels_a_plans_figure_as_beside_it():
    from minebelt.outputs.report.pdf_tables import _beside

    p1, p2, p3 = PLAN_CLAIMS["claims"][1:]
    assert (_beside(CLAIMS["claims"][0]), _beside(p1), _beside(p2), _beside(p3)) == (
        "",
        "minebelt's model beside it: ",
        "beside it: ",
        "",
    )
