"""The report as a user makes it: the installed ``minebelt`` console script in a subprocess,
then the files it wrote (PDF, CSV, data dictionary) and the page in headless Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from minebelt import numbers as N
from minebelt.outputs.report.cards import split_headline

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def minebelt(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed console script (next to this Python, else on PATH)."""
    here = Path(sys.executable).parent / "minebelt"
    exe = str(here) if here.exists() else shutil.which("minebelt")
    assert exe, "the minebelt console script is not installed"
    return subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def flank_report(tmp_path_factory):
    """``minebelt report`` of the full eastern flank with samples, claims and the PDF."""
    from minebelt.data.borders import gpkg_path

    if not gpkg_path().exists():
        pytest.skip("bundled border data is not built")
    out = tmp_path_factory.mktemp("cli") / "report"
    done = minebelt("report", str(EXAMPLES / "eastern-flank-full.toml"), "--out", str(out), "--samples", "2000", "--seed", "1",
                    "--claims", str(EXAMPLES / "seed-claims.toml"), "--pdf")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"report written to {out}/ (10 files" in done.stdout
    return out


@pytest.mark.slow
def test_cli_report_files(flank_report):
    names = {p.name for p in flank_report.iterdir()}
    assert names == {"index.html", "report.pdf", "map.png", "sections.csv", "countries.csv", "data-dictionary.csv",
                     "belts.geojson", "belts.gpkg", "result.json", "manifest.json"}  # fmt: skip
    manifest = json.loads((flank_report / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"]} | {"manifest.json"} == names
    doc = json.loads((flank_report / "result.json").read_text(encoding="utf-8"))
    assert doc["provenance"]["samples"] == 2000 and doc["provenance"]["seed"] == 1


@pytest.mark.slow
def test_cli_report_pdf(flank_report):
    from pypdf import PdfReader

    doc = json.loads((flank_report / "result.json").read_text(encoding="utf-8"))
    reader = PdfReader(str(flank_report / "report.pdf"))
    assert (
        4 <= len(reader.pages) <= 14
    )  # 13 with every block, the card details below the cards and the claims of factcheck/2
    for p in reader.pages:
        w, h = sorted((float(p.mediabox.width), float(p.mediabox.height)))
        assert abs(w - 595.28) < 1 and abs(h - 841.89) < 1
    # the briefing (its cards' details may run onto page 2), then the map page, landscape
    landscape = [i for i, p in enumerate(reader.pages) if float(p.mediabox.width) > float(p.mediabox.height)]
    assert landscape and landscape[0] in (1, 2), landscape
    assert reader.pages[landscape[0]].images  # map.png on it
    first = re.sub(
        r"\s+", " ", " ".join(reader.pages[i].extract_text() for i in range(landscape[0]))
    )  # the whole briefing
    t, p, c, k = doc["totals"], doc["production"], doc["cost"], doc["clearance"]
    assert f"{N.sig(t['mines'], 3, words=True)} mines" in first  # the headline sentence and card: 85.7 million
    # one front for the whole box: the land front the belt is built behind
    assert (
        f"{N.sig(t['area_km2'], 3)} km" in first and f"{N.sig(t['belt_front_km'], 3)} km of land front" in first
    )  # headline rule
    # cost: the costed parts, what is not costed, and the price years
    assert (
        c["not_costed"] == ["laying"]
        and f"The costed parts come to USD {N.num(c['total'])}" in first
        and "Laying is not estimated" in first
    )
    assert "mixed price years, not adjusted for inflation" in first and "border-fence proxy" in first
    # production: the time at Belma's all-types capacity alone, with its condition, never "at least"
    assert (
        p["years_to_fill_is"] == "all-types capacity" and f"{N.sig(p['years_to_fill'], 3, scale=False)} years" in first
    )
    # the scope in the figure's own line, the stated national needs beside it; the condition in the detail
    assert p["years_to_fill_scope"] in first and "stated needs beside it (plans, not judged): Poland up to" in first
    assert "at Belma's stated 2026 capacity alone (all types), if all of it were anti-personnel" in first.replace(
        "At Belma", "at Belma"
    )
    assert (
        f"last mine would be made in {round(p['year_complete'])}" in first
        and "at the earliest" not in first
        and "at least" not in first.lower()
    )
    # clearance: the headline with the capacity named in the briefing; the yardsticks, with their
    # scope and labelled so, in the detail only
    detail = re.sub(r"\s+", " ", " ".join(pg.extract_text() for pg in reader.pages[landscape[0] + 1 :]))
    assert k["headline"].split(" (")[0] in first and "Yardstick" not in first
    assert "as much as Croatia did in a year (2017\u20132023: 30.4\u201358 km\u00b2)" in detail
    assert (
        "Yardstick: years of the area States Parties cleared of anti-personnel mine contamination in 2023 (Landmine Monitor 2024, via wom.ch)"
        in detail
        and f"{N.num(k['world_capacity_years'], scale=False)} years" in detail
    )
    assert (
        "Yardstick: years of the anti-personnel mines States Parties destroyed by clearance in 2023" in detail
        and f"{N.num(k['world_capacity_years_by_mines'], scale=False)} years" in detail
    )
    assert "world's entire" not in first
    assert "No ratio of clearance to build cost: the build cost leaves out laying" in first
    # civilians: the defender's places on the belt named first, the other side counted apart
    pop = doc["exposure"]["total"]["defender_side"]["within_1km"]["population"]
    assert (
        f"{N.sig(pop, 3, words=True)} people" in first
        and "GeoNames populated places of 1,000 inhabitants or more" in first
    )
    on_belt = doc["exposure"]["total"]["in_or_near_belt"][0]
    assert (
        on_belt["inside"]
        and f"Inside the belt as drawn: {on_belt['name']}, {on_belt['country']}, {on_belt['population']:,} people"
        in first
    )
    assert "across the border (BLR, RUS), counted apart" in first
    # no year printed as "2,099" (a range's end, "763\u20132,054 years", is a count, not a year)
    assert not re.search(
        r"(?<![\u2013-])(?<![\u2013-] )\b2,0\d\d\b(?! (?:Monte|samples|people|places|km|years))", first
    )
    text = re.sub(r"\s+", " ", "\n".join(pg.extract_text() for pg in reader.pages))
    for words in ("Sections", "Production", "Build cost (USD)", "Clearance legacy (IMAS land release)", "Civilians near the belt", "Fact-check",
                  "Sources", "OpenStreetMap", doc["scenario"]["sha256"]):  # fmt: skip
        assert words in text, words


@pytest.mark.slow
def test_cli_report_csv(flank_report):
    doc = json.loads((flank_report / "result.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((flank_report / "sections.csv").read_text(encoding="utf-8"))))
    assert [r["name"] for r in rows] == [s["name"] for s in doc["sections"]]
    fin = rows[0]
    assert fin["mines"] == str(round(doc["sections"][0]["mines"]))  # 19195478, not 19195477.937491402
    assert fin["mines_p05"] == str(round(doc["sections"][0]["mines_dist"]["p05"]))
    assert (
        fin["length_km"] == f"{doc['sections'][0]['length_km']:.1f}"
        and fin["depth_km"] == f"{doc['sections'][0]['depth_km']:.2f}"
    )
    countries = list(csv.DictReader(io.StringIO((flank_report / "countries.csv").read_text(encoding="utf-8"))))
    assert countries[0]["mines"] == str(round(doc["by_country"]["FIN"]["mines"]))
    dd = {
        (r["file"], r["column"]): r
        for r in csv.DictReader(io.StringIO((flank_report / "data-dictionary.csv").read_text(encoding="utf-8")))
    }
    assert (
        dd[("sections.csv", "length_km")]["unit"] == "km"
        and dd[("sections.csv", "length_km")]["precision"] == "1 decimal"
    )
    assert dd[("countries.csv", "name")]["description"].startswith("country name")


@pytest.mark.slow
def test_cli_report_without_pdf(tmp_path):
    out = tmp_path / "rep"
    done = minebelt("report", str(EXAMPLES / "seed-reduced-model.toml"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert not (out / "report.pdf").exists() and (out / "data-dictionary.csv").exists()


@pytest.mark.parametrize("epoch", [None, "1767225600"])
def test_cli_report_pdf_is_byte_identical_run_to_run(tmp_path, monkeypatch, epoch):
    """Two identical ``report --pdf`` runs write the same report.pdf, so manifest.json (which
    holds its sha256) is the same too; the PDF's creation date is SOURCE_DATE_EPOCH when set,
    else fixed (the bundled data's build time), never the wall clock."""
    from pypdf import PdfReader

    from minebelt.data.borders import gpkg_path

    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    scenario = tmp_path / "s.toml"
    if gpkg_path().exists():  # a measured border: belts, map and data provenance in the PDF
        scenario.write_text('name = "Kaliningrad"\n[defaults]\ndepth_km = 2\ndensity = "korea-peak"\n'
                            '[[sections]]\nname = "Poland - Russia"\ncountry = "POL"\nborder = "RUS"\n', encoding="utf-8")  # fmt: skip
    else:
        scenario = EXAMPLES / "seed-reduced-model.toml"
    runs = []
    for name in ("a", "b"):
        done = minebelt("report", str(scenario), "--out", str(tmp_path / name), "--pdf")
        assert done.returncode == 0, done.stderr
        runs.append(tmp_path / name)
    a, b = runs
    assert (a / "report.pdf").read_bytes() == (b / "report.pdf").read_bytes()
    assert (a / "manifest.json").read_bytes() == (b / "manifest.json").read_bytes()
    shas = [
        {f["path"]: f["sha256"] for f in json.loads((d / "manifest.json").read_text(encoding="utf-8"))["files"]}
        for d in runs
    ]
    assert shas[0]["report.pdf"] == shas[1]["report.pdf"]
    created = PdfReader(str(a / "report.pdf")).metadata.creation_date
    if epoch is not None:
        assert int(created.timestamp()) == int(epoch)


def test_cli_calibrate_says_depth_is_implied():
    done = minebelt("calibrate", str(EXAMPLES / "seed-korean-model.toml"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()  # a two-line header: "implied" over "depth km¹"
    i = next(i for i, line in enumerate(lines) if re.search(r"\bimplied\b", line))
    assert "depth km\u00b9" in lines[i + 1] and lines[i + 1].index("depth km") <= lines[i].index("implied") + 1
    assert "area \u00f7 front length" in done.stdout


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_cli_report_page_in_chromium(flank_report):
    """The summary is on screen first, details start collapsed, the page is short."""
    pw = pytest.importorskip("playwright.sync_api")
    doc = json.loads((flank_report / "result.json").read_text(encoding="utf-8"))
    with pw.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("request", lambda r: requests.append(r.url))
        page.goto((flank_report / "index.html").as_uri())
        cards = page.locator("#summary .card")
        first_card = cards.first.inner_text()
        n_cards = cards.count()
        card_top = cards.first.bounding_box()
        caveats_visible = page.locator("#summary .caveats").is_visible()
        n_details = page.locator("details").count()
        n_open = page.locator("details[open]").count()
        height = page.evaluate("document.documentElement.scrollHeight")
        production = page.locator("#production").inner_text()
        clearance = page.locator("#clearance").inner_text()
        clearance_card = cards.nth(5).inner_text()
        clearance_more = cards.nth(5).locator("details.more").text_content()  # the detail, behind "more"
        # a detail opens on click and makes the page longer
        page.locator("#cost details summary").first.click()
        opened = page.evaluate("document.documentElement.scrollHeight")
        browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert f"{N.sig(doc['totals']['mines'], 3, words=True)}\nmines in total" in first_card and "90 %: " in first_card
    assert card_top is not None and card_top["y"] + card_top["height"] < 900  # in the first screen
    assert caveats_visible and n_cards == 8  # mines, area, per km, cost, production, clearance, its cost, civilians
    assert n_details >= 10 and n_open == 0
    assert height < 7500, (
        height
    )  # was 18,000 px with every list expanded; 6,750 px here with the clearance headline, its assumptions and the five-barrier calibration table; margin for fonts
    assert opened > height
    # the blocks say what the document says: the capacity's condition, land release, the yardsticks
    p, k = doc["production"], doc["clearance"]
    assert (
        f"{N.num(p['years_to_fill'], scale=False)} years" in production and str(round(p["year_complete"])) in production
    )
    assert (
        "at least" not in production
        and "at the earliest" not in production
        and p["years_to_fill_condition"] in production
    )
    for step in ("Area to address", "Cancelled by non-technical survey", "Reduced by technical survey", "Cleared"):
        assert step in clearance, step
    assert (
        f"{N.num(k['area_to_address_km2'], scale=False)}" in clearance
        and f"{N.num(k['world_capacity_years'], scale=False)} years" in clearance
    )
    # one headline, no bracket of two methods: the years with the workforce they assume, the
    # one line of what they assume; the yardsticks behind "more"
    figure, _, label = split_headline(k["headline"])
    assert (
        figure in clearance_card
        and k["capacity"]["headline"] in clearance_card
        and "the minefield condition moves the answer" in clearance_card  # the card's one line of assumptions
    )
    assert "mine rate" not in clearance_card.split("more")[0] and "more" in clearance_card
    assert "Yardstick, if the States Parties' entire 2023 output went into this belt" in clearance_more
