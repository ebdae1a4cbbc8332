"""The web API's routers for picking any border, checking sections one by one, examples and docs."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from minebelt.data.borders import border_lengths  # noqa: E402
from minebelt.web._data import data_available  # noqa: E402
from minebelt.web.app import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
needs_data = pytest.mark.skipif(not data_available(), reason="bundled border data is not built")


@pytest.fixture(scope="module")
def client() -> TestClient:
    with TestClient(create_app()) as c:
        yield c


@needs_data
def test_countries_cover_every_border_both_ways(client: TestClient) -> None:
    doc = client.get("/api/countries").json()
    assert doc["schema"] == "minebelt.countries/1"
    by = {c["iso3"]: c for c in doc["countries"]}
    rows = border_lengths()
    # every land border appears under both countries, with its measured length
    n_links = sum(len(c["neighbours"]) for c in doc["countries"])
    assert n_links == 2 * len(rows)
    for r in rows:
        for me, other in ((r["a"], r["b"]), (r["b"], r["a"])):
            nb = {n["iso3"]: n for n in by[me]["neighbours"]}
            assert nb[other]["length_km"] == pytest.approx(r["length_km"], abs=0.05)
    # the cases of the issue: Norway-Russia and the Koreas, far east of 100°E
    assert "RUS" in {n["iso3"] for n in by["NOR"]["neighbours"]}
    assert [n["iso3"] for n in by["KOR"]["neighbours"]] == ["PRK"]
    x0, y0, x1, y1 = by["KOR"]["bbox"]
    assert 124 < x0 < x1 < 130 and 37 < y0 < y1 < 39.5
    assert "Russia" in by["RUS"]["aliases"]
    # an island state is listed, without neighbours
    assert by["JPN"]["neighbours"] == [] and by["JPN"]["bbox"] is None


@needs_data
def test_border_lines_overview(client: TestClient) -> None:
    fc = client.get("/api/borders/lines").json()
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == len(border_lengths())
    props = {(f["properties"]["a"], f["properties"]["b"]): f for f in fc["features"]}
    kor = props[("KOR", "PRK")]
    assert kor["properties"]["name_a"] == "South Korea"
    assert kor["geometry"]["type"] in ("LineString", "MultiLineString")
    coords = json.dumps(kor["geometry"]["coordinates"])
    assert all(len(x.split(".")[1]) <= 3 for x in re.findall(r"-?\d+\.\d+", coords))
    assert "OpenStreetMap" in fc["attribution"]
    r = client.get("/api/borders/lines?tolerance_deg=5")
    assert r.status_code == 422 and "tolerance_deg" in r.json()["detail"]


@needs_data
def test_outlines_cover_the_world(client: TestClient) -> None:
    info = client.get("/api/info").json()
    bbox = info["page_outlines"]["bbox"]
    assert bbox == [-180.0, -90.0, 180.0, 90.0]
    fc = client.get(
        f"/api/outlines?bbox={','.join(map(str, bbox))}&tolerance_deg={info['page_outlines']['tolerance_deg']}"
    ).json()
    codes = {f["properties"]["iso3"] for f in fc["features"]}
    assert {"NOR", "KOR", "PRK", "JPN", "CHL", "AUS"} <= codes


@needs_data
def test_scenario_check_flags_each_bad_section(client: TestClient) -> None:
    doc = {
        "name": "t",
        "defaults": {"depth_km": 2, "density": "korea-peak"},
        "sections": [
            {"name": "Poland - Belarus", "country": "POL", "border": "BLR", "length_km": 400},
            {"name": "Poland - France", "country": "POL", "border": "FRA"},
            {"name": "Norway - Russia", "country": "NOR", "border": "RUS"},
            {"name": "unknown", "country": "POL", "border": "XXX", "length_km": 10},
        ],
    }
    # the estimate refuses the whole scenario, naming one bad section
    r = client.post("/api/estimate", json=doc)
    assert r.status_code == 422 and re.search(r"sections\[[13]\]", r.json()["detail"])
    out = client.post("/api/scenario/check", json=doc).json()
    assert out["schema"] == "minebelt.scenario-check/1" and out["ok"] is False
    assert [s["ok"] for s in out["sections"]] == [True, False, True, False]
    assert (
        "sections[1] 'Poland - France'" in out["sections"][1]["detail"]
        and "share no land border" in out["sections"][1]["detail"]
    )
    assert "sections[3] 'unknown'" in out["sections"][3]["detail"] and "XXX" in out["sections"][3]["detail"]
    # the good ones estimate together
    good = {**doc, "sections": [s for s, row in zip(doc["sections"], out["sections"], strict=True) if row["ok"]]}
    est = client.post("/api/estimate?belts=false", json=good).json()
    assert est["sections"][0]["mines"] == pytest.approx(400 * 2 * 12_000)
    assert client.post("/api/scenario/check", json={"name": "x"}).status_code == 422
    bad_file = {**doc, "sections": [{"name": "x", "country": "POL", "line": "/etc/passwd"}]}
    r = client.post("/api/scenario/check", json=bad_file)
    assert r.status_code == 422 and "does not read files" in r.json()["detail"]


def test_examples_endpoint(client: TestClient) -> None:
    r = client.get("/api/examples/eastern-flank-full.toml")
    assert r.status_code == 200
    doc = r.json()
    assert doc["schema"] == "minebelt.example/1"
    assert doc["document"] == tomllib.loads((ROOT / "examples" / "eastern-flank-full.toml").read_text(encoding="utf-8"))
    assert client.get("/api/examples/nope.toml").status_code == 404
    assert client.get("/api/examples/..%2F..%2Fpyproject.toml").status_code == 404


def test_docs_page_is_offline(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in r.text and "/static/docs.js" in r.text
    assert not re.findall(r'(?:src|href)="(?:https?:)?//', r.text)
    spec = client.get("/openapi.json").json()
    for path in ("/api/countries", "/api/borders/lines", "/api/scenario/check", "/api/examples/{name}"):
        assert path in spec["paths"], path
    assert "/docs" not in spec["paths"]


def test_data_dictionary_is_the_reports(client: TestClient) -> None:
    from minebelt.outputs.datadict import COLUMNS, DIST_STATS

    r = client.get("/api/data-dictionary")
    assert r.status_code == 200 and r.headers["cache-control"] == "max-age=3600"
    doc = r.json()
    assert doc["schema"] == "minebelt.data-dictionary/1"
    cols = {c["name"]: c for c in doc["columns"]}
    assert list(cols) == list(COLUMNS)
    assert cols["mines"]["decimals"] == 0 and cols["density_per_km2"]["decimals"] == 0
    assert cols["length_km"] == {
        "name": "length_km",
        "unit": "km",
        "decimals": 1,
        "description": COLUMNS["length_km"].description,
    }
    assert cols["depth_km"]["decimals"] == 2 and cols["name"]["decimals"] is None
    assert doc["dist_stats"] == DIST_STATS
    assert "/api/data-dictionary" in client.get("/openapi.json").json()["paths"]
