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
from minebelt import numbers as N
from minebelt.outputs.report import build_report
from minebelt.outputs.report.assumptions import assumptions
from minebelt.outputs.report.briefing import summary
from minebelt.outputs.report.cards import split_headline
from minebelt.outputs.report.clearance_view import clearance_view
from minebelt.outputs.report.fmt import fmt_money, fmt_pct, fmt_value_text, fmt_year, fmt_years
from minebelt.outputs.report.html import render_block
from minebelt.outputs.report.labels import Label, km_label_step, place_labels
from minebelt.outputs.report.production_view import production_view
from minebelt.outputs.report.sensitivity_view import sensitivity_view
from minebelt.outputs.report.views import exposure_view, input_label

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"

#: Two stated fronts (no border data: fast).
SECTIONS = """
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
"""

# Every block in its own syntax (docs/user-guide.md, "Optional blocks"): anti-personnel
# capacity (an estimate) pooled with a stock, the cited cost defaults with laying not costed,
# the world's 2022 land-release split and a stated workforce.
BLOCKS_TOML = (
    """
name = "Stated fronts with every block"
source = "test"
[defaults]
density = "6000 to 12000"
depth_km = 2.0
"""
    + SECTIONS
    + """
[production]
start_year = 2026
ramp_up_years = 1
pooled_by = ["POL", "FIN"]
[[production.capacity]]
producer = "Test works"
country = "POL"
mines_per_year = { uniform = [100000, 1200000] }
scope = "anti-personnel"
year = 2026
source = "test capacity figure, 2026"
[[production.stock]]
country = "FIN"
mines = 500000
scope = "anti-personnel"
year = 2025
source = "test stock figure, 2025"
[cost]
currency = "USD"
fence_cost_per_km = "300000 to 1900000"
[clearance]
land_release = "lm-2022-global"
deminers = 1200
working_days_per_year = "150 to 250"
"""
)

# The cited defaults everywhere (empty blocks), no pooling: only Poland has a producer on record
# (Belma, all types: a time at that capacity alone), so the belt's production time is not estimated; each country
# clears at a national programme's rate; laying is costed here, so build and clearance compare.
HEAD = (
    """
name = "Cited defaults"
[defaults]
density = 6000
depth_km = 2.0
"""
    + SECTIONS
)
DEFAULTS_TOML = (
    HEAD
    + """
[production]
[cost]
currency = "EUR"
laying_cost_per_km2 = 150000
[clearance]
"""
)


def _scenario(tmp_path_factory, text: str, name: str):
    p = tmp_path_factory.mktemp("sc") / name
    p.write_text(text, encoding="utf-8")
    return load_scenario(p)


@pytest.fixture(scope="module")
def blocks(tmp_path_factory):
    return estimate(_scenario(tmp_path_factory, BLOCKS_TOML, "blocks.toml"), samples=2000, seed=2)


@pytest.fixture(scope="module")
def defaults_doc(tmp_path_factory):
    return estimate(_scenario(tmp_path_factory, DEFAULTS_TOML, "defaults.toml")).document


@pytest.fixture(scope="module")
def blocks_page(blocks, tmp_path_factory):
    out = tmp_path_factory.mktemp("rep") / "rep"
    build_report(blocks, out, pdf=True)
    return out


def _section(page: str, sid: str) -> str:
    start = page.index(f'<section id="{sid}">')
    return page[start : page.index("</section>", start)]


def _text(html: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed, entities decoded."""
    import html as h

    return re.sub(r"\s+", " ", h.unescape(re.sub(r"<[^>]+>", " ", html)))


def _yrs(x: float) -> str:
    """A duration by the detail rule of minebelt.numbers: 4.46, 36.3, 1,987."""
    return N.num(x, scale=False)


def _money(x: float, cur: str) -> str:
    return N.num(x, currency=cur)


# ------------------------------------------------------------------------------ formats


def test_number_formats():
    assert fmt_year(2160.8) == "2161" and fmt_year(2026) == "2026"  # never "2,161"
    assert fmt_years(1986.7) == "1,987" and fmt_years(4.46) == "4.46"  # the detail rule of minebelt.numbers
    assert fmt_money(5.8912e9, "USD") == "USD 5.89 bn" and fmt_money(831.3e6, "USD") == "USD 831 M"
    assert fmt_money(None, "USD") == "not estimated"
    assert fmt_pct(0.857) == "86 %"
    assert fmt_value_text("300000 to 1900000") == "300,000 to 1,900,000"
    assert fmt_value_text("uniform[100000.0, 1200000.0]") == "uniform 100,000 to 1,200,000"
    assert fmt_value_text("uniform(100000, 1.2e+06)") == "uniform 100,000 to 1,200,000"
    assert fmt_value_text("normal[1000.0, 200.0]") == "normal, mean 1,000, sd 200"
    assert fmt_value_text("1.2e+06") == "1,200,000"
    # dates and parenthesised notes keep their numbers: no "2,025-2-28", no "(2,019, ...)"
    assert fmt_value_text("EUR 20 to 200 = USD 20.82 to 208.2 at 1.0411 USD/EUR (ECB, 2025-02-28)").endswith(
        "(ECB, 2025-02-28)"
    )
    assert (
        fmt_value_text("1200 deminers, 39.16 km\u00b2 a year (2019, Mine Action Review)")
        == "1,200 deminers, 39.16 km\u00b2 a year (2019, Mine Action Review)"
    )
    assert input_label("defaults.density") == "Mines per km\u00b2 of belt (all sections)"
    assert input_label("clearance.deminers") == "Deminers at work"
    assert input_label("cost.fence_cost_per_km") == "Fence per km of land front (border-fence proxy unless stated)"
    assert (
        input_label("clearance.capacity_km2_per_year_by_country.POL", {"by_country": {"POL": {"name": "Poland"}}})
        == "Clearance capacity, Poland"
    )


def test_input_labels_name_producers_and_programmes(defaults_doc):
    keys = [e["key"] for e in defaults_doc["inputs"]]
    assert "production.capacity[0].mines_per_year" in keys and "clearance.programme.HRV" in keys
    producer = defaults_doc["production"]["capacity"][0]["producer"]
    assert (
        input_label("production.capacity[0].mines_per_year", defaults_doc) == f"Production capacity: {producer} (POL)"
    )
    assert (
        input_label("clearance.programme.HRV", defaults_doc)
        == "Clearance rate of Croatia's national mine action programme"
    )
    for key in keys:  # every input of the document reads as words, not as a dotted key
        assert "." not in input_label(key, defaults_doc).split(" (")[0].replace("km\u00b2", ""), key


# ------------------------------------------------------------------------------ sub-templates


def test_block_templates_tolerate_missing_fields():
    for name, key in (
        ("_production.html.j2", "production"),
        ("_cost.html.j2", "cost"),
        ("_clearance.html.j2", "clearance"),
    ):
        for block in ({}, {"odd": [1, "two", {"three": 3}], "capacity": "x", "groups": "y", "by_country": {"POL": 3}}):
            html = render_block(name, doc={key: block}, scenario_file=None)
            assert "not estimated" in html, name
            assert "None" not in html and "Undefined" not in html, name
    html = render_block("_sensitivity.html.j2", doc={}, sens={"tornado": [], "sobol": []}, charts={})
    assert "Sensitivity" in html and "total number of mines" in html


def test_production_all_types_names_its_capacity_and_condition(defaults_doc):
    """All-types capacity gives the years at that capacity alone, never "at least"; a country
    without a producer makes the belt's time "not estimated", with the reason; producer, scope
    and year are always named."""
    p = defaults_doc["production"]
    assert p["years_to_fill"] is None and p["years_to_fill_is"] == "not estimated"
    (pol,) = [g for g in p["groups"] if g["group"] == "POL"]
    assert pol["years_to_fill_is"] == "all-types capacity"
    assert (
        pol["years_to_fill_condition"]
        == "at Belma's stated 2026 capacity alone (all types), if all of it were anti-personnel"
    )
    cap = p["capacity"][0]
    html = render_block("_production.html.j2", doc=defaults_doc, scenario_file="defaults.toml")
    text = _text(html)
    assert f"Not estimated for the whole belt: {p['not_estimated']}." in text
    assert f"{_yrs(pol['years_to_fill'])} years" in text and f"{round(pol['year_complete'])}" in text
    assert "at least" not in text and "at the earliest" not in text
    assert cap["producer"] in text and "all types, anti-personnel included" in text and str(cap["year"]) in text
    assert "the-independent.com" in html and "rco.news" not in html  # the capacity's source, not a relay of a relay
    v = production_view(defaults_doc)
    assert v["headline"] == "not estimated" and "no production capacity on record for FIN" in v["not_estimated"]
    brief = summary(defaults_doc)
    (para,) = [x["text"] for x in brief["paragraphs"] if x["title"] == "How long to produce the mines"]
    assert (
        para.startswith("Not estimated for the whole belt")
        and f"Poland alone: {_yrs(pol['years_to_fill'])} years" in para
    )


def test_production_estimate_with_pooling_and_stock(blocks):
    p = blocks.document["production"]
    assert p["years_to_fill_is"] == "estimate"
    v = production_view(blocks.document)
    assert v["headline"] == f"{_yrs(p['years_to_fill'])} years" and not v["headline"].startswith("at least")
    assert (
        v["year_complete"] == str(round(p["year_complete"]))
        and v["range"] == N.dist(p["years_to_fill_dist"], scale=False) + " years"
    )
    text = _text(render_block("_production.html.j2", doc=blocks.document, scenario_file="blocks.toml"))
    for words in ("Test works (POL)", "uniform 100,000 to 1,200,000", "anti-personnel only", "test capacity figure, 2026",
                  "500,000", "test stock figure, 2025", "Poland, Finland (pooled)", "An estimate from anti-personnel capacity"):  # fmt: skip
        assert words in text, words
    assert "at least" not in text and "2,026" not in text and "2,025" not in text


def test_production_mixed_scopes_name_the_all_types_producer(tmp_path_factory):
    """Each country fills its own sections: Poland's anti-personnel capacity gives an estimate,
    Finland's all-types capacity the years at that capacity alone; the condition and the caveat
    name Finland's producer only, and no "at least"."""
    extra = """[production]
[[production.capacity]]
producer = "A"
country = "POL"
mines_per_year = 300000
scope = "anti-personnel"
year = 2027
source = "src A"
[[production.capacity]]
producer = "B"
country = "FIN"
mines_per_year = 100000
scope = "all-types"
year = 2028
source = "src B"
"""
    doc = estimate(_scenario(tmp_path_factory, HEAD + extra, "mixed.toml")).document
    p = doc["production"]
    assert p["capacity_scope"] == "mixed" and p["years_to_fill_is"] == "all-types capacity"
    assert [g["years_to_fill_is"] for g in p["groups"]] == ["estimate", "all-types capacity"]
    assert (
        p["years_to_fill_condition"]
        == "at B's stated 2028 capacity alone (all types), if all of it were anti-personnel"
    )
    assert p["years_to_fill_scope"] == "at B's stated 2028 capacity alone, all types counted as anti-personnel"
    v = production_view(doc)
    assert v["headline"] == f"{_yrs(p['years_to_fill'])} years"
    assert (
        v["bound"]
        == "B (FIN, 2028) makes all mine types: the time counts its whole output as anti-personnel mines, and no other producer (not a bound either way)."
    )
    assert v["caveats"][0].startswith(
        "Production time counts only B (FIN, 2028), which makes all mine types, as if all of it were anti-personnel"
    )
    text = _text(render_block("_production.html.j2", doc=doc, scenario_file="mixed.toml"))
    (pol,) = [g for g in p["groups"] if g["group"] == "POL"]
    assert (
        f"Poland {N.num(pol['mines'])} 300,000 {_yrs(pol['years_to_fill'])} years" in text
    )  # the estimate, without "at least"


def test_cost_says_what_is_not_costed(blocks):
    c = blocks.document["cost"]
    assert c["complete"] is False and c["not_costed"] == ["laying"] and c["laying_cost"] is None
    text = _text(render_block("_cost.html.j2", doc=blocks.document, scenario_file="blocks.toml"))
    assert "Laying (no rate) not estimated" in text
    assert f"Total, costed parts only {_money(c['total'], 'USD')}" in text
    assert (
        f"Marking and fence ({c['fence_km']:,.0f} km of land front) {_money(c['fence_cost'], 'USD')}" in text
    )  # stated: no proxy label
    assert not c["fence_is_proxy"] and "fence_note" not in c
    (conv,) = {(x["from"], x["rate"], x["rate_date"]) for x in c["exchange_rate"]["conversions"]}
    assert conv == ("EUR", 1.1651, "2026-01-14")  # the mine's price date
    assert "1 EUR = 1.1651 USD on 2026-01-14" in text and "Source: ECB statistics" in text
    assert "Mines (2026 prices)" in text and "mines at 2026 prices, marking and fence as stated" in text
    assert "Building costs more than this total" in text and "share" not in text  # no shares of an incomplete total
    (para,) = [x["text"] for x in summary(blocks.document)["paragraphs"] if x["title"] == "What it costs"]
    assert (
        para.startswith(f"The costed parts come to {_money(c['total'], 'USD')}") and "Laying is not estimated" in para
    )


def test_no_ratio_against_an_uncosted_build(blocks, defaults_doc):
    doc = blocks.document
    vs = doc["clearance"]["vs_build"]
    assert (
        vs["clearance_to_build_ratio"] is None
        and vs["ratio_note"] == "ratio not estimated: the build cost leaves out laying"
    )
    text = _text(render_block("_clearance.html.j2", doc=doc, scenario_file=None))
    assert (
        "Clearance cost against build cost not estimated" in text
        and "No ratio of clearance to build cost: the build cost leaves out laying." in text
    )
    brief = summary(doc)
    assert not re.search(
        r"\d x\b|\dx\b", " ".join(p["text"] for p in brief["paragraphs"][1:])
    )  # no "12.3x" beyond the calibration
    # a ratio the document gives is not shown either when the cost block says the build is incomplete
    forged = {"cost": {"complete": False, "not_costed": ["laying"], "total": 1e9},
              "clearance": {"currency": "EUR", "cost": 3e10, "vs_build": {"build_cost": 1e9, "clearance_cost": 3e10, "clearance_to_build_ratio": 30.0}}}  # fmt: skip
    assert "30.0x" not in render_block("_clearance.html.j2", doc=forged, scenario_file=None)
    # both sides costed: the ratio is shown as the document computes it
    full = defaults_doc["clearance"]["vs_build"]
    assert defaults_doc["cost"]["complete"] is True and full["clearance_to_build_ratio"] > 0
    ratio = full["clearance_to_build_ratio"]
    shown = N.ratio(ratio)
    assert f"Clearance cost against build cost {shown}" in _text(
        render_block("_clearance.html.j2", doc=defaults_doc, scenario_file=None)
    )


def test_clearance_reads_as_land_release(blocks):
    k = blocks.document["clearance"]
    assert k["land_release"]["method"] == "lm-2022-global" and k["cancelled_nts_km2"] > 0 and k["reduced_ts_km2"] > 0
    text = _text(render_block("_clearance.html.j2", doc=blocks.document, scenario_file="blocks.toml"))
    km = lambda x: N.num(x, scale=False)  # noqa: E731
    shares = k["land_release"]["shares"]
    assert f"Area to address {km(k['area_to_address_km2'])}" in text
    assert (
        f"Cancelled by non-technical survey {km(k['cancelled_nts_km2'])} {100 * shares['cancelled_nts']:.0f} %" in text
    )
    assert f"Reduced by technical survey {km(k['reduced_ts_km2'])} {100 * shares['reduced_ts']:.0f} %" in text
    assert f"Cleared {km(k['cleared_km2'])} {100 * shares['cleared']:.0f} %" in text
    assert "Calendar years, with 1,200 deminers (stated)" in text
    assert (
        "Capacity: one workforce for the whole belt: 1,200 deminers (stated)" in text
        and "the ground at the stated method mix" in text
    )
    w = k["world_capacity"]
    yardstick = f"{_yrs(k['world_capacity_years'])} years"
    assert (
        f"Years of the area States Parties cleared of anti-personnel mine contamination in 2023 (Landmine Monitor 2024, via wom.ch) {yardstick}"
        in text
    )
    assert (
        f"Years of the anti-personnel mines States Parties destroyed by clearance in 2023 (Landmine Monitor 2024, via wom.ch) {_yrs(k['world_capacity_years_by_mines'])}"
        in text
    )
    assert "world's entire" not in text
    lo, hi = (
        f"{float(f'{x:.4g}'):g}" for x in sorted(r["usd_per_m2"] for r in k["cost_outturns"] if r["use"] == "default")
    )
    assert (
        f"Cost: the effort at the cost per deminer-year where the belt lies (USD at 2025 prices) {_money(k['cost'], 'USD')}"
        in text
    )
    assert (
        f"Cross-check: the cleared area at uniform USD {lo} to {hi} per m\u00b2 cleared {_money(k['cost_from_area']['cost'], 'USD')}"
        in text
    )
    assert (
        f"the cost would be {_money(k['cost_alternative']['cost_low'], 'USD')}\u2013{_money(k['cost_alternative']['cost_high'], 'USD')}"
        in text
    )
    assert (
        "Clearance cost: the outturns behind it (USD at 2025 prices)" in text
        and "Nicaragua's national demining programme" in text
    )
    assert "halotrust.org" in text  # the cited per-day productivity default (working days stated), with its source
    (para,) = [x["text"] for x in summary(blocks.document)["paragraphs"] if x["title"] == "What it leaves behind"]
    assert (
        f"Clearance takes {k['headline']}. It assumes: no pattern to follow, every mine found by search" in para
        and "land release 'lm-2022-global'" in para
    )
    # the yardsticks are detail (the card's disclosure, the report's clearance section), not the briefing
    assert "yardstick" not in para.lower()
    details = " ".join(clearance_view(blocks.document)["text"].split())
    assert (
        "Area-rate yardstick (context, not the estimate)" in details
        and "Mine-rate yardstick (context, not the estimate)" in details
    )
    assert f"Minefield condition: {k['condition_alternative']['text']}." in para
    assert (
        f"{km(k['cancelled_nts_km2'])} km\u00b2 cancelled by non-technical survey, {km(k['reduced_ts_km2'])} km\u00b2 reduced by technical survey"
        in para
    )
    assert (
        f"{yardstick} of the {w['km2_per_year']:,.2f} km\u00b2 States Parties cleared of anti-personnel mine contamination in 2023 (Landmine Monitor 2024, via wom.ch)"
        in details
    )


def test_clearance_defaults_to_a_named_workforce_with_national_programmes_as_yardsticks(defaults_doc):
    """With an empty [clearance], the time is Ukraine's certified deminers at the fitted legacy-belt
    productivities: one headline and one line of what it assumes; Croatia's rates are yardsticks
    (context, labelled so), never a bracket of two methods."""
    k = defaults_doc["clearance"]
    assert k["capacity"]["basis"] == "workforce" and k["workforce"]["preset"] == "ukraine-2024"
    v = clearance_view(defaults_doc)
    assert v["headline"] == k["headline"] and v["headline"].endswith(
        "with a force of 4,021 deminers, the size of the workforce of Ukraine's certified mine action operators (2024)"
    )
    years = float(f"{k['calendar_years']:.3g}")
    assert (
        v["headline"].startswith("about ") and " deminer-years" in v["headline"]
    )  # the effort leads: no workforce in it
    assert f"; {years:,.0f} years" in v["headline"]
    assert v["programmes"] == []  # no programme's rate is the capacity
    (para,) = [x["text"] for x in summary(defaults_doc)["paragraphs"] if x["title"] == "What it leaves behind"]
    assert "all of it by clearance (a laid belt is a confirmed hazardous area" in para
    assert para.count("Clearance takes ") == 1 and "Clearance takes between" not in para
    hrv = k["yardsticks"]["area_rate"]
    assert "yardstick" not in para.lower()  # the detail's, not the briefing's
    assert (
        "Area-rate yardstick (context, not the estimate)" in v["text"]
        and "as much as Croatia did in a year (2017\u20132023: 30.4\u201358 km\u00b2)" in v["text"]
    )
    assert "46\u201365 anti-personnel mines per km\u00b2" in hrv["density_note"]  # the reason it is a yardstick
    assert "EUR at 2025 prices, converted from USD at the ECB rate of 2025-12-31" in para
    (cav,) = [c for c in summary(defaults_doc)["caveats"] if c.startswith("Clearance time scales")]
    assert (
        "twice the deminers, half the years" in cav
        and "mines located from the laying pattern, the rest of the area verified to IMAS 09.10" in cav
    )


def test_briefing_leaves_the_yardsticks_to_the_detail_in_every_language(defaults_doc):
    """The briefing's clearance paragraph carries the headline and its one line of assumptions;
    the yardsticks (States Parties' output, national programmes' rates) stay in the card's detail."""
    from minebelt import i18n
    from minebelt.outputs.report.cards import block_cards
    from minebelt.outputs.report.local_words import clearance_yardsticks

    for lang in ("en", "pl", "uk"):
        with i18n.language(lang):
            yards = clearance_yardsticks(defaults_doc)
            (card,) = [c for c in block_cards(defaults_doc) if c.key == "clearance"]
            (para,) = [p["text"] for p in summary(defaults_doc)["paragraphs"] if p["key"] == "clearance"]
        assert len(yards) == 3, lang  # States Parties' area, national area rate, national mine rate
        if lang != "en":
            assert all(y in card.details for y in yards), lang
        for y in yards:
            assert y not in para, (lang, y)


def test_assumptions_name_their_source(blocks):
    doc = blocks.document
    rows = {r["name"]: r for r in assumptions("cost", doc["cost"], "blocks.toml", doc)}
    unit = rows["Cost of one mine"]
    assert unit["value"] == "23.3 to 233" and unit["unit"] == "USD per mine" and unit["kind"] == "cited"
    assert (
        "nordicstoday" in unit["source"]
        and "converted from EUR 20 to 200 at 1.1651 USD/EUR (ECB, 2026-01-14; 2026 prices)" in unit["source"]
    )
    fence = rows["Fence per km of land front (border-fence proxy unless stated)"]
    assert (
        fence["value"] == "300,000 to 1,900,000"
        and fence["source"] == "set in the scenario (blocks.toml)"
        and fence["kind"] == "scenario"
    )
    assert (
        rows["Laying, per km\u00b2 of belt"]["value"] == "not costed"
        and rows["Laying, per km\u00b2 of belt"]["kind"] == "none"
    )
    assert rows["Exchange rate"]["value"] == "1 EUR = 1.1651 USD" and "2026-01-14" in rows["Exchange rate"]["unit"]
    rows = {r["name"]: r for r in assumptions("clearance", doc["clearance"], "blocks.toml", doc)}
    lr = rows["Land release: cancelled by NTS / reduced by TS / cleared"]
    shares = doc["clearance"]["land_release"]["shares"]
    assert (
        lr["value"] == " / ".join(f"{100 * shares[s]:.0f} %" for s in ("cancelled_nts", "reduced_ts", "cleared"))
        and "Landmine Monitor" in lr["source"]
    )
    assert rows["Area one deminer clears a day"]["kind"] == "cited" and rows["Deminers at work"]["value"] == "1,200"
    assert rows["Deminers at work"]["kind"] == "scenario" and rows["Working days a year"]["value"] == "150 to 250"
    mines = rows["Mines found and destroyed per deminer-year"]
    assert (
        mines["value"] == "5.85 to 96.59"
        and mines["kind"] == "cited"
        and "fitted on seven historical clearances" in mines["source"]
    )
    assert rows["Minefield condition"]["value"] == "legacy" and rows["Minefield condition"]["kind"] == "cited"
    assert (
        rows["Allowance for drifted or unrecorded mines"]["source"]
        == "default 0: assumes complete records of the belt's extent (mines that drifted or were lost outside it are not counted)"
    )
    cost = rows["Clearance cost per m\u00b2 cleared"]
    assert (
        cost["value"].startswith("uniform USD ")
        and "2025 prices" in cost["value"]
        and "Nicaragua" in cost["source"]
        and "Bureau of Labor Statistics" in cost["source"]
    )
    assert rows["States Parties' clearance output (yardstick)"]["value"] == "281.5"
    assert rows["Anti-personnel mines States Parties destroyed by clearance (yardstick)"]["value"] == "160,566"
    rows = {r["name"]: r for r in assumptions("production", doc["production"], "blocks.toml", doc)}
    assert rows["Production capacity: Test works (POL)"]["source"] == "test capacity figure, 2026"
    assert (
        rows["Production starts"]["value"] == "2026"
        and rows["Countries pooling production"]["value"] == "Poland, Finland"
    )


def test_sources_list_each_citation_once_with_its_use(defaults_doc):
    from minebelt.outputs.report.views import collect_sources

    srcs = collect_sources(defaults_doc)
    cap = defaults_doc["production"]["capacity"][0]["source"]
    mine = [s for s in srcs if s.startswith(cap)]
    assert len(mine) == 1 and "(used for: Production capacity, Belma" in mine[0]
    assert not any(re.match(r"(production|cost|clearance)[. ]\S+ default ", s) for s in srcs)
    assert "stated" not in srcs


def moving_labels(v) -> set[str]:
    return {r["label"] for r in v["tornado"]}


def test_sensitivity_of_a_block_output(blocks):
    """The sensitivity of the clearance time is shown in years; the inputs that cannot move it
    (the cost of a mine or of a m²) are named once, not tabulated as zeros; the mines move it
    (each mine takes deminer effort)."""
    from minebelt.pipeline.sensitivity import sensitivity

    sens = sensitivity(blocks.scenario, n_base=64, seed=1, output="clearance.calendar_years")
    v = sensitivity_view(sens, blocks.document)
    assert v["words"] == "clearance time" and v["kind"] == "years"
    assert v["median"] == f"{_yrs(sens['median'])} years"
    moving = {r["input"] for r in sens["tornado"] if r["swing"] > 0}
    assert {r["key"] for r in v["tornado"]} == moving and {r["key"] for r in v["sobol"]} == moving
    assert "Deminers at work" not in v["no_effect"]  # a point value: not an uncertain input at all
    assert "Cost of one mine" in v["no_effect"] and "Clearance cost per m\u00b2 cleared" in v["no_effect"]
    assert "Mines found and destroyed per deminer-year" in moving_labels(
        v
    ) and "Mines per km\u00b2 of belt (all sections)" in moving_labels(v)
    html = render_block("_sensitivity.html.j2", doc=blocks.document, sens=sens, charts={})
    assert "No effect on the clearance time: " in _text(html) and ">0 %<" not in html


def test_report_shows_the_sensitivity_the_inputs_can_move():
    """The Korean DMZ back-test's uncertain inputs are the fitted productivities: the report ranks
    the inputs of the clearance time (the mines per deminer-year first: the belt is dense) and says
    where its ranges come from."""
    from minebelt.outputs.report.briefing import caveats
    from minebelt.pipeline.sensitivity import report_sensitivity

    sc = load_scenario(EXAMPLES / "korea-dmz.toml")
    sens = report_sensitivity(sc, n_base=64, seed=1)
    assert (
        sens["output"] == "clearance.calendar_years"
        and sens["tornado"][0]["input"] == "clearance.mines_per_deminer_year"
    )
    doc = estimate(sc, samples=500, seed=1).document
    v = sensitivity_view(sens, doc)
    assert (
        v["tornado"][0]["label"] == "Mines found and destroyed per deminer-year"
        and v["median"] == f"{_yrs(sens['median'])} years"
    )
    first = caveats(doc)[0]
    assert (
        first.startswith("Ranges are 90 % intervals of 500 Monte Carlo samples over the uncertain inputs (")
        and "Mines found and destroyed per deminer-year" in first
    )
    assert report_sensitivity(load_scenario(EXAMPLES / "seed-reduced-model.toml")) is None  # nothing uncertain


# ------------------------------------------------------------------------------ the page


def test_page_reads_like_a_briefing(blocks, blocks_page):
    page = (blocks_page / "index.html").read_text(encoding="utf-8")
    doc = blocks.document
    # the summary comes first, with the headline figures and their ranges
    assert page.index('id="summary"') < page.index('id="map"') < page.index('id="production"')
    summ = _text(_section(page, "summary"))
    mines = blocks.totals["mines"]
    # the answer first, in one sentence; then one card per figure: figure, what it is, its interval, one line
    # one figure leads (the mines), then the one km figure the belt is laid behind
    assert summ.startswith(f" Summary {doc['scenario']['name']}: {N.sig(mines, 3, words=True)} mines (90 %: ")
    assert re.search(r"\) behind [\d,]+ km of front in a ", summ)
    assert f"{N.sig(mines, 3, words=True)} mines" in summ and "90 %: " in summ and "Read with care" in summ
    p, k, c = doc["production"], doc["clearance"], doc["cost"]
    assert (
        f"{N.sig(p['years_to_fill'], 3, scale=False)} years to make the mines; the last in {round(p['year_complete'])}"
        in summ
    )
    assert (
        f"{N.sig(c['total'], 2, currency='USD')} to build: mines + marking and fence" in summ
        and "laying not estimated" in summ
    )
    figure, rng, label = split_headline(k["headline"])  # the one clearance headline, rounded once by the pipeline
    if k["condition"]["key"] == "legacy":  # the condition that moves the answer most, on the first line
        label = label.replace("to clear it", "to clear it as a legacy belt", 1)
    # led by the effort and its interval, then the years with the workforce
    assert f"{figure} {label}" in summ and figure.endswith(" deminer-years") and rng == ""
    assert (
        label.startswith("(nominal 90 %: ")  # the fitted rates' spread: nominal, sampled as on a point run
        and " to clear it as a legacy belt; " in label
        and label.endswith(" with 1,200 deminers (stated)")
    )
    from minebelt.outputs.report import local_words as W

    assert " ".join(W.clearance_line(doc, short=True).split()) in summ  # the card's one line
    # the detail of each card behind a disclosure, one sentence an item
    section = _section(page, "summary")
    assert section.count('<details class="more">') == len([x for x in summary(doc)["cards"] if x["details"]]) >= 4
    assert "Yardstick, if the States Parties' entire 2023 output went into this belt" in summ
    # no JSON dump, no developer words
    for bad in (
        "schema minebelt",
        "fence included",
        "300000 to 1900000",
        "None",
        "n/a n/a",
        "land_km",
        "capacity[0]",
        "default USD",
    ):
        assert bad not in page, bad
    for sid in ("production", "cost", "clearance"):  # years without separators
        sec = _section(page, sid)
        for y in (2025, 2026, round(p["year_complete"]), k["world_capacity"]["year"]):
            assert f"{y:,}" not in sec, (sid, y)
    assert f">{round(p['year_complete'])}<" in _section(page, "production")
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


def test_a_section_name_is_not_written_over_a_front():
    """Around Kaliningrad four fronts meet: a section's name takes the first offset clear of every
    drawn front (the next ring out, with a leader line), and only where none is clear the first
    clear of other labels; km numbers and place names still sit beside their dot."""
    from minebelt.outputs.report.labels import LinePoints

    # a vertical front at x = 100, from y = 0 to 300, every 3 px
    fronts = LinePoints([(100.0, y) for y in range(0, 301, 3)], reach=3.0)
    # anchored on another front 20 px west of it: east first (over the front at x = 100), then west
    lab = Label("Poland - Russia", 80.0, 150.0, 60.0, 10.0, [(10, 6), (-10, 6)], kind="section")
    km = Label("500", 96.0, 150.0, 12.0, 8.0, [(4, 2)], kind="km")
    place_labels([lab, km], (0, 0, 400, 300), [], fronts)
    assert lab.placed == (-10, 6) and not fronts.hits(lab.box)
    assert km.placed == (4, 2)  # beside its own dot, the front under it
    # nowhere clear of the front: the first offset clear of other labels, as before
    boxed = Label("Lithuania - Russia", 90.0, 100.0, 60.0, 10.0, [(4, 0), (-4, 0)], kind="section")
    place_labels([boxed], (0, 0, 400, 300), [], LinePoints([(x, 100.0) for x in range(0, 401, 3)], reach=3.0))
    assert boxed.placed == (4, 0)


def test_km_label_step_adapts_to_scale():
    assert km_label_step(2.0) == 50  # 100 px per 50 km
    assert km_label_step(0.3) == 500  # a continent on one page
    assert [km_label_step(s) for s in (4, 1, 0.5, 0.1)] == sorted([km_label_step(s) for s in (4, 1, 0.5, 0.1)])


@pytest.mark.slow
def test_baltic_labels_in_both_maps(monkeypatch):
    """The cluttered Baltic: every Baltic country is named on map.png and on the SVG map, km
    labels do not overlap and count in steps of at least 100 km at this scale."""
    import minebelt.outputs.report.map_png as mp
    from minebelt.data.borders import gpkg_path
    from minebelt.outputs.report.geo import geo_context
    from minebelt.outputs.report.map_svg import svg_map

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
    assert rows[0]["mines_p05"] == str(round(first["mines_dist"]["p05"])) and rows[0]["mines_p95"] == str(
        round(first["mines_dist"]["p95"])
    )
    assert float(rows[0]["area_km2"]) == round(first["area_km2"], 3)
    assert rows[0]["density_per_km2"] == str(round(first["density_per_km2"]))
    for r in rows:
        for k, v in r.items():
            # no float noise; km² to 0.001 (datadict: a belt around an enclave is a fraction of a km²)
            assert not re.fullmatch(
                r"-?\d+\.\d{4,}" if k.startswith(("area_km2", "overlap_km2")) else r"-?\d+\.\d{3,}", v
            ), (k, v)
    dd = list(csv.DictReader(io.StringIO((blocks_page / "data-dictionary.csv").read_text(encoding="utf-8"))))
    listed = {(d["file"], d["column"]): d for d in dd}
    for file in ("sections.csv", "countries.csv"):
        header = (blocks_page / file).read_text(encoding="utf-8").splitlines()[0].split(",")
        for col in header:
            assert listed[(file, col)]["description"], (file, col)
    assert (
        listed[("sections.csv", "mines")]["unit"] == "mines"
        and listed[("sections.csv", "mines")]["precision"] == "whole number"
    )
    assert (
        listed[("sections.csv", "area_km2_p95")]["unit"] == "km\u00b2"
        and "95th percentile" in listed[("sections.csv", "area_km2_p95")]["description"]
    )


# ------------------------------------------------------------------------------ PDF


def test_pdf_is_a4_with_the_headline_figures(blocks, blocks_page):
    from pypdf import PdfReader

    reader = PdfReader(str(blocks_page / "report.pdf"))
    assert len(reader.pages) >= 3
    for p in reader.pages:
        w, h = sorted((float(p.mediabox.width), float(p.mediabox.height)))
        assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1  # A4, portrait or landscape
    first = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    t, doc = blocks.totals, blocks.document
    p, c, k = doc["production"], doc["cost"], doc["clearance"]
    assert re.search(r"mines \(90 %: [^)]*\) behind [\d,]+ km of front", first)  # the headline, before the cards
    assert f"{N.sig(t['mines'], 3, words=True)}" in first
    assert f"{N.sig(t['area_km2'], 3)} km" in first
    # the headline figures on the summary page (figure and line), the detail below them
    assert (
        f"{N.sig(p['years_to_fill'], 3, scale=False)} years" in first
        and f"the last in {round(p['year_complete'])}" in first
    )
    assert f"{N.sig(c['total'], 2, currency='USD')}" in first and "Laying is not estimated" in first
    head = " ".join(split_headline(k["headline"])[:3:2])
    if k["condition"]["key"] == "legacy":  # the card names the condition on its first line
        head = head.replace("to clear it", "to clear it as a legacy belt", 1)
    assert head in first
    # the briefing's paragraphs may run on to page 2 (never under 7 pt)
    footer = re.compile(r"minebelt \S+ · [^\n]*? page \d+/\d+")  # a page break may split a sentence
    briefing = re.sub(
        r"\s+", " ", footer.sub(" ", reader.pages[0].extract_text() + " " + reader.pages[1].extract_text())
    )
    assert f"{k['reduced_ts_km2']:,.0f} km\u00b2 reduced by technical survey" in briefing
    # the briefing carries the headline and its one line; the yardsticks are in the detail, labelled so
    y = k["yardsticks"]
    yardsticks = [_yrs(k["world_capacity_years"]), _yrs(k["world_capacity_years_by_mines"])]
    yardsticks += [_yrs(y[key]["years"]) for key in ("area_rate", "mine_rate")]
    assert "Yardstick" not in briefing and "yardstick (context" not in briefing
    for figure in yardsticks:
        assert f"{figure} years" not in briefing, figure
    detail = re.sub(r"\s+", " ", footer.sub(" ", "\n".join(pg.extract_text() for pg in reader.pages[2:])))
    assert "Yardstick: years of the area States Parties cleared" in detail
    assert "Area-rate yardstick (context, not the estimate): years if" in detail
    assert "Mine-rate yardstick (context, not the estimate): years if" in detail
    for figure in yardsticks:
        assert f" {figure} years" in detail, figure
    text = re.sub(r"\s+", " ", "\n".join(pg.extract_text() for pg in reader.pages))
    for words in ("What the belt needs", "Sections", "Build cost", "Total, costed parts only", "Clearance legacy (IMAS land release)",
                  "Cancelled by non-technical survey", "Yardstick: years of the area States Parties cleared", "No ratio of clearance to build cost",
                  "Production capacity: Test works (POL)", "Sources", "Provenance", blocks.scenario.sha256):  # fmt: skip
        assert words in text, words
    manifest = json.loads((blocks_page / "manifest.json").read_text(encoding="utf-8"))
    assert "report.pdf" in {f["path"] for f in manifest["files"]}


def test_pdf_briefing_text_is_never_below_7_pt(blocks_page):
    """A long briefing runs on to a second page rather than shrink under 7 pt (page 1 read in print)."""
    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * tm[0])

    PdfReader(str(blocks_page / "report.pdf")).pages[0].extract_text(visitor_text=visit)
    assert sizes and min(sizes) >= 6.95


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
    assert f"90 % interval {N.dist(d)}" in html


def test_templates_ship_with_the_package():
    from importlib.resources import files

    folder = files("minebelt.outputs.report").joinpath("templates")
    for name in ("index.html.j2", "_summary.html.j2", "_production.html.j2", "_cost.html.j2", "_clearance.html.j2",
                 "_sensitivity.html.j2", "_exposure.html.j2", "report.css", "report.js"):  # fmt: skip
        assert folder.joinpath(name).is_file(), name


def test_caveats_say_when_there_is_no_range():
    from minebelt.outputs.report.briefing import caveats

    r = estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml"), samples=100, seed=1)
    first = caveats(r.document)[0]
    assert first.startswith("No uncertain input")
    assert caveats(estimate(load_scenario(EXAMPLES / "seed-reduced-model.toml")).document)[0].startswith(
        "No uncertainty run"
    )


def test_summary_card_shows_one_clearance_headline():
    """The card shows the one headline figure (no bracket of two methods) with its workforce, its
    interval, and the one line of what it assumes; the yardsticks are in the detail."""
    import json
    from pathlib import Path

    from minebelt.outputs.report.briefing import summary

    doc = json.loads(
        (Path(__file__).resolve().parents[2] / "e2e" / "golden" / "report-result.json").read_text(encoding="utf-8")
    )
    k = doc["clearance"]
    card = next(c for c in summary(doc)["cards"] if "to clear it" in c["label"])
    # the effort leads (it does not depend on the workforce), then the years with the workforce;
    # a run without samples gives the fitted rates' interval, said so
    from minebelt.outputs.report import local_words as W

    assert card["value"] == k["effort_headline"].split(" (nominal 90 %")[0] and card["value"].endswith(" deminer-years")
    years = N.sig(k["calendar_years"], 3, scale=False)
    assert card["label"].startswith("(nominal 90 %, the fitted rates alone: ")
    assert f"to clear it as a legacy belt; {years} years (nominal 90 %, the fitted rates alone: " in card["label"]
    assert card["label"].endswith(k["capacity"]["headline"])
    # the one line under the figure: the condition, the rates, what the condition moves; the whole
    # of what it assumes leads the detail
    assert card["note"] == W.clearance_line(doc, short=True) and card["details"][0] == W.clearance_line(doc)
    assert card["range"] == ""  # a run without samples has no interval to show
    assert any(d.startswith("Yardstick, if the States Parties' entire") for d in card["details"])
    k["headline"] = (
        re.sub(r" \(nominal 90 %, the fitted rates alone: [^)]*\)", "", k["headline"])
        .replace(" deminer-years; ", " deminer-years (90 %: 0.8\u20131.5 million); ", 1)
        .replace(" years ", " years (90 %: 800\u20131,500) ", 1)
    )
    card = next(c for c in summary(doc)["cards"] if "to clear it" in c["label"])
    # the intervals are the headline's own, rounded once by the pipeline: the effort's, then the years'
    assert card["range"] == "" and card["label"].startswith(
        "(90 %: 0.8\u20131.5 million) to clear it as a legacy belt; "
    )
    assert " years (90 %: 800\u20131,500) with " in card["label"]


def test_each_cost_outturn_row_carries_its_citations() -> None:
    """The report's outturn table prints a "Source:" line under each programme: its citations
    (strings in the document), never an empty cell."""
    from minebelt.outputs.report.clearance_phrases import _outturn_row

    row = _outturn_row({"programme": "P", "sources": ["A (2007)", "B (2010)"], "money": 1.0, "currency": "USD"})
    assert row["source"] == "A (2007); B (2010)"
    assert _outturn_row({"programme": "P"})["source"] == ""
