"""The report as a briefing: number formats, block sub-templates, the summary, exposure without
repetition, label layout, CSV rounding and its data dictionary, the PDF, the Python API."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minebelt import estimate, load_scenario
from minebelt.report import build_report
from minebelt.report.briefing import summary
from minebelt.report.fmt import fmt_money, fmt_pct, fmt_value_text, fmt_year, fmt_years
from minebelt.report.html import render_block
from minebelt.report.labels import Label, km_label_step, place_labels
from minebelt.report.views import assumptions, exposure_view, input_label

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# The eastern-flank-full blocks on stated lengths: every block, no border data, fast.
BLOCKS_TOML = """
name = "Stated fronts with every block"
source = "test"
[defaults]
density = "6000 to 12000"
depth_km = 2.0
[[sections]]
name = "Poland: border with Belarus"
country = "POL"
border = "BLR"
length_km = 400
[[sections]]
name = "Finland"
country = "FIN"
border = "RUS"
length_km = 1000
[production]
start_year = 2026
capacity_per_year = { uniform = [100000, 1200000] }
[cost]
currency = "USD"
laying_cost_per_km2 = 0
fence_cost_per_km = "300000 to 1900000"
[clearance]
deminers = 1200
working_days_per_year = "150 to 250"
"""


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    p = tmp_path_factory.mktemp("sc") / "blocks.toml"
    p.write_text(BLOCKS_TOML, encoding="utf-8")
    return estimate(load_scenario(p), samples=2000, seed=2)


@pytest.fixture(scope="module")
def blocks_page(blocks, tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "rep"
    build_report(blocks, out, pdf=True)
    return out


def _section(page: str, sid: str) -> str:
    start = page.index(f'<section id="{sid}">')
    return page[start : page.index("</section>", start)]


# ------------------------------------------------------------------------------ formats


def test_number_formats():
    assert fmt_year(2160.8) == "2161" and fmt_year(2026) == "2026"  # never "2,161"
    assert fmt_years(1986.7) == "1,987" and fmt_years(4.46) == "4.5"
    assert fmt_money(5.8912e9, "USD") == "USD 5.89 bn" and fmt_money(831.3e6, "USD") == "USD 831 M"
    assert fmt_money(None, "USD") == "not estimated"
    assert fmt_pct(0.857) == "86 %"
    assert fmt_value_text("300000 to 1900000") == "300,000 to 1,900,000"
    assert fmt_value_text("uniform[100000.0, 1200000.0]") == "uniform 100,000 to 1,200,000"
    assert fmt_value_text("1.2e+06") == "1,200,000"
    assert input_label("defaults.density") == "Mines per km\u00b2 of belt (all sections)"
    assert input_label("clearance.deminers") == "Deminers at work"


# ------------------------------------------------------------------------------ sub-templates


def test_block_templates_tolerate_missing_fields():
    for name, key in (("_production.html.j2", "production"), ("_cost.html.j2", "cost"), ("_clearance.html.j2", "clearance")):
        html = render_block(name, doc={key: {}}, scenario_file=None)
        assert "not estimated" in html, name
        assert "None" not in html and "Undefined" not in html, name
    html = render_block("_sensitivity.html.j2", doc={}, sens={"tornado": [], "sobol": []}, charts={})
    assert "Sensitivity" in html


def test_cost_not_costed_side_gets_no_ratio():
    doc = {
        "cost": {"currency": "EUR", "total": 2e9, "mines_cost": 2e9, "laying_cost": None, "fence_cost": None},
        "clearance": {"currency": "EUR", "cost": 3e10, "calendar_years": 300.0, "laying_vs_clearing": {"clearance_to_build_ratio": 15.0}},
    }
    cost = render_block("_cost.html.j2", doc=doc, scenario_file=None)
    assert cost.count("not estimated") == 2 and "EUR 2.00 bn" in cost and "a floor" in cost
    clear = render_block("_clearance.html.j2", doc=doc, scenario_file=None)
    assert "15.0x" not in clear and "not compared" in clear.lower()
    s = summary(doc)
    assert not any("15.0x" in p["text"] for p in s["paragraphs"])
    # both sides costed: the ratio is shown
    doc["cost"].update(laying_cost=1e9, fence_cost=0.5e9, total=3.5e9)
    assert "15.0x the build cost" in render_block("_clearance.html.j2", doc=doc, scenario_file=None)


def test_clearance_template_reads_the_new_fields():
    # fields issue 11 adds: named capacity, world-capacity yardstick, land-release shares
    doc = {
        "clearance": {
            "currency": "USD",
            "area_to_clear_km2": 1000.0,
            "calendar_years": 210.0,
            "capacity": {"name": "Ukraine's national mine action programme (2024)"},
            "world_capacity_years": 4.6,
            "world_capacity_source": "Landmine Monitor 2024",
            "land_release": {"non_technical_survey": 0.3, "technical_survey": 0.2, "clearance": 0.5},
            "cost": 1.2e10,
        }
    }
    html = render_block("_clearance.html.j2", doc=doc, scenario_file=None)
    for text in ("Calendar years with Ukraine&#39;s national mine action programme (2024)", ">210<", ">4.6<", "Landmine Monitor 2024",
                 "Non technical survey", "30 %", "USD 12.00 bn"):  # fmt: skip
        assert text in html, text
    card = summary(doc)["cards"][-1]
    assert card["value"] == "210 years" and "national mine action programme" in card["label"]


def test_production_template_shows_capacity_scope():
    doc = {"production": {"years_to_fill": 12.3, "start_year": 2026, "year_complete": 2038.3,
                          "capacity": {"per_year": 1.2e6, "scope": "all mine types", "producer": "Belma (POL)", "year": 2026}}}  # fmt: skip
    html = render_block("_production.html.j2", doc=doc, scenario_file=None)
    assert "Belma (POL), all mine types, 2026" in html and "1,200,000" in html and ">2038<" in html and ">12<" in html


def test_assumptions_name_their_source(blocks):
    rows = {r["name"]: r for r in assumptions("cost", blocks.document["cost"], "blocks.toml")}
    assert rows["Cost of one mine"]["value"] == "3 to 30" and rows["Cost of one mine"]["unit"] == "USD per mine"
    assert "banmines" in rows["Cost of one mine"]["source"] and rows["Cost of one mine"]["cited"]
    fence = rows["Fence and marking, per km of front"]
    assert fence["value"] == "300,000 to 1,900,000" and fence["source"] == "set in the scenario (blocks.toml)" and not fence["cited"]


# ------------------------------------------------------------------------------ the page


def test_page_reads_like_a_briefing(blocks, blocks_page):
    page = (blocks_page / "index.html").read_text(encoding="utf-8")
    # the summary comes first, with the headline figures and their ranges
    assert page.index('id="summary"') < page.index('id="map"') < page.index('id="production"')
    summ = _section(page, "summary")
    mines = blocks.totals["mines"]
    assert f"{mines / 1e6:,.1f} million" in summ and "90 % interval" in summ and "Read with care" in summ
    for words in ("What the belt needs", "What it costs", "How long to produce the mines", "What it leaves behind"):
        assert words in summ, words
    # no JSON dump
    for bad in ("schema minebelt", "fence included", "300000 to 1900000", "None", "n/a n/a"):
        assert bad not in page, bad
    assert re.search(r"\b2,\d{3}\b", _section(page, "production")) is None  # years without separators
    year = round(blocks.document["production"]["year_complete"])
    assert f">{year}<" in _section(page, "production")
    assert "<details" in page and "<details open" not in page


def test_exposure_lists_each_place_once(tmp_path):
    r = estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml"))
    place = {"name": "Narva", "country": "EST", "distance_km": 0.0, "population": 54409, "lon": 28.19, "lat": 59.38}
    within = {"within_1km": {"places": 1, "population": 54409}, "within_5km": {"places": 1, "population": 54409}}
    block = {"available": True, **within, "largest_places": [place]}
    r.document["exposure"] = {
        "radii_km": [1, 5],
        "sections": [{"name": s["name"], **block} for s in r.sections],
        "by_country": {c: block for c in r.by_country},
        "total": block,
        "source": "GeoNames",
    }
    view = exposure_view(r.document)
    assert view["total"] == [{"people": "54,409", "places": "1"}] * 2 and len(view["largest"]) == 1
    build_report(r, tmp_path / "rep")
    sec = _section((tmp_path / "rep" / "index.html").read_text(encoding="utf-8"), "exposure")
    assert sec.count("Narva") == 1 and "inside the belt" in sec


# ------------------------------------------------------------------------------ labels


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 500), st.floats(0, 300), st.integers(1, 12)), min_size=1, max_size=40))
def test_placed_labels_never_overlap(points):
    labels = [Label("x" * n, x, y, 7.0 * n, 12.0, [(4, -4), (-4, -4), (4, 12), (0, 0)]) for x, y, n in points]
    obstacle = (0.0, 0.0, 60.0, 40.0)
    placed = place_labels(labels, (0, 0, 500, 300), [obstacle])
    boxes = [lab.box for lab in placed]
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= 500 and a[3] <= 300
        for b in boxes[i + 1 :] + [obstacle]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_km_label_step_adapts_to_scale():
    assert km_label_step(2.0) == 50  # 100 px per 50 km
    assert km_label_step(0.3) == 500  # a continent on one page
    assert [km_label_step(s) for s in (4, 1, 0.5, 0.1)] == sorted([km_label_step(s) for s in (4, 1, 0.5, 0.1)])


@pytest.mark.slow
def test_baltic_labels_in_both_maps(monkeypatch):
    """The cluttered Baltic: every Baltic country is named on map.png and on the SVG map, km
    labels do not overlap and count in steps of at least 100 km at this scale."""
    import minebelt.report.map_png as mp
    from minebelt.geodata import gpkg_path
    from minebelt.report.geo import geo_context
    from minebelt.report.map_svg import svg_map

    if not gpkg_path().exists():
        pytest.skip("bundled border data is not built")
    r = estimate(load_scenario(EXAMPLES / "eastern-flank.toml"))
    ctx = geo_context(r)
    seen = []
    real = mp.layout_map
    monkeypatch.setattr(mp, "layout_map", lambda *a, **k: seen.append(real(*a, **k)) or seen[-1])
    png = mp.map_png(ctx, r)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    (labels,) = seen
    placed = [lab for lab in labels.all() if lab.placed]
    names = {lab.text for lab in placed if lab.kind == "country"}
    assert {"ESTONIA", "LATVIA", "LITHUANIA", "FINLAND", "POLAND", "BELARUS"} <= names
    assert labels.km_step >= 100
    boxes = [lab.box for lab in placed]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    svg = svg_map(ctx, r)
    shown = {t["text"] for t in svg["country_labels"] if not t["zoom_only"]}
    assert {"ESTONIA", "LATVIA", "LITHUANIA"} <= shown


# ------------------------------------------------------------------------------ CSV


def test_csv_rounded_with_data_dictionary(blocks, blocks_page):
    import csv

    rows = list(csv.DictReader(io.StringIO((blocks_page / "sections.csv").read_text(encoding="utf-8"))))
    first = blocks.sections[0]
    assert rows[0]["mines"] == str(round(first["mines"]))
    assert rows[0]["mines_p05"] == str(round(first["mines_dist"]["p05"])) and rows[0]["mines_p95"] == str(round(first["mines_dist"]["p95"]))
    assert rows[0]["area_km2"] == f"{first['area_km2']:.1f}" and rows[0]["density_per_km2"] == str(round(first["density_per_km2"]))
    for r in rows:
        for k, v in r.items():
            assert not re.fullmatch(r"-?\d+\.\d{3,}", v), (k, v)  # no float noise
    dd = list(csv.DictReader(io.StringIO((blocks_page / "data-dictionary.csv").read_text(encoding="utf-8"))))
    listed = {(d["file"], d["column"]): d for d in dd}
    for file in ("sections.csv", "countries.csv"):
        header = (blocks_page / file).read_text(encoding="utf-8").splitlines()[0].split(",")
        for col in header:
            assert listed[(file, col)]["description"], (file, col)
    assert listed[("sections.csv", "mines")]["unit"] == "mines" and listed[("sections.csv", "mines")]["precision"] == "whole number"
    assert listed[("sections.csv", "area_km2_p95")]["unit"] == "km\u00b2" and "95th percentile" in listed[("sections.csv", "area_km2_p95")]["description"]


# ------------------------------------------------------------------------------ PDF


def test_pdf_is_a4_with_the_headline_figures(blocks, blocks_page):
    from pypdf import PdfReader

    reader = PdfReader(str(blocks_page / "report.pdf"))
    assert len(reader.pages) >= 3
    for p in reader.pages:
        w, h = sorted((float(p.mediabox.width), float(p.mediabox.height)))
        assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1  # A4, portrait or landscape
    text = "\n".join(p.extract_text() for p in reader.pages)
    t = blocks.totals
    assert f"{t['mines'] / 1e6:,.1f} million" in text
    assert f"{t['area_km2']:,.0f} km" in text
    assert f"{round(blocks.document['production']['year_complete'])}" in text
    for words in ("What the belt needs", "Sections", "Build cost", "Clearance legacy", "Sources", "Provenance", blocks.scenario.sha256):
        assert words in text, words
    manifest = json.loads((blocks_page / "manifest.json").read_text(encoding="utf-8"))
    assert "report.pdf" in {f["path"] for f in manifest["files"]}


# ------------------------------------------------------------------------------ Python API


def test_to_frame_keeps_the_intervals(blocks):
    df = blocks.to_frame()
    for stat in ("mean", "p05", "p50", "p95"):
        assert f"mines_{stat}" in df.columns and f"area_km2_{stat}" in df.columns
    cols = list(df.columns)
    assert cols.index("mines") + 1 == cols.index("mines_mean")
    assert df["mines_p05"].tolist() == [s["mines_dist"]["p05"] for s in blocks.sections]
    assert df["mines_p95"].tolist() == [s["mines_dist"]["p95"] for s in blocks.sections]
    assert (df["mines_p05"] < df["mines"]).all() and (df["mines"] < df["mines_p95"]).all()
    cf = blocks.countries_frame()
    assert cf["mines_p95"].tolist() == [c["mines_dist"]["p95"] for c in blocks.by_country.values()]
    # without samples: no interval columns
    point = estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).to_frame()
    assert not [c for c in point.columns if c.endswith(("_p05", "_p95"))]


def test_to_dict_is_the_json_document(blocks):
    d = blocks.to_dict()
    assert d == json.loads(blocks.to_json())
    assert d["totals"]["mines"] == blocks.totals["mines"] and d["schema"] == "minebelt.estimate/1"
    d["totals"]["mines"] = -1
    assert blocks.totals["mines"] != -1  # a copy


def test_notebook_summary_shows_the_interval(blocks):
    html = blocks._repr_html_()
    d = blocks.totals["mines_dist"]
    assert f"{d['p05'] / 1e6:,.2f} M" in html and f"{d['p95'] / 1e6:,.2f} M" in html and "90 % interval" in html


def test_templates_ship_with_the_package():
    from importlib.resources import files

    folder = files("minebelt.report").joinpath("templates")
    for name in ("index.html.j2", "_summary.html.j2", "_production.html.j2", "_cost.html.j2", "_clearance.html.j2",
                 "_sensitivity.html.j2", "_exposure.html.j2", "report.css", "report.js"):  # fmt: skip
        assert folder.joinpath(name).is_file(), name


def test_caveats_say_when_there_is_no_range():
    from minebelt.report.briefing import caveats

    r = estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml"), samples=100, seed=1)
    first = caveats(r.document)[0]
    assert first.startswith("No uncertain input")
    assert caveats(estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).document)[0].startswith("No uncertainty run")
